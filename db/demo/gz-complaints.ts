// Guangzhou's complaints, month by month, to the quotas of gz-quotas.ts: the month's count, how many
// came through headquarters, how many are not assessed, how many closed on time, and the events.
// Everything a quota does not fix (line, category, day, unit, customer) is drawn as for any province.
import type { Category, Channel, Line } from '../domain.js';
import { DAY, formatMonth, type Month } from './calendar.js';
import {
  buildComplaint,
  type ComplaintDecision,
  type DemoComplaint,
  type NotAssessedReason,
} from './complaint-builder.js';
import { GZ_EVENTS, GZ_HQ_REFERRAL_2012_DAYS, GZ_YEARS, type GzEvent } from './gz-quotas.js';
import { drawCategory, drawLine, drawReceipt, otherChannelWeights, REASON_WEIGHTS } from './mix.js';
import { lookup } from './lookup.js';
import { Random } from './random.js';
import { eventSummary, summaryFor } from './summaries.js';
import type { GuangzhouTree } from './units.js';

interface Slot {
  event?: GzEvent;
  channel?: Channel;
  reason?: NotAssessedReason;
  timely?: boolean;
}

export class GuangzhouComplaints {
  private readonly random = Random.stream('gz-complaints');
  /** Last month's complaints: what a repeat complaint repeats. */
  private previous: DemoComplaint[] = [];
  /** S7: the handling times of 2012's HQ-channel complaints, used up in order. */
  private readonly hqHandling2012: number[];

  constructor(
    private readonly gz: GuangzhouTree,
    private readonly countyShare: ReadonlyMap<string, number>,
  ) {
    this.hqHandling2012 = mirroredHandlingTimes(
      this.random,
      GZ_YEARS[2012].hqReferral.reduce((a, b) => a + b, 0),
    );
  }

  month({ year, month }: Month): DemoComplaint[] {
    const quota = GZ_YEARS[year];
    const i = month - 1;
    const slots: Slot[] = GZ_EVENTS.filter((event) => event.year === year && event.month === month).flatMap((event) =>
      Array.from({ length: event.count }, () => ({ event })),
    );
    while (slots.length < quota.complaints[i]) slots.push({});
    for (const slot of slots) if (slot.event?.kind === 'RECEPTION_DAY') slot.channel = 'ONSITE';

    // The quotas: HQ-channel complaints among those not taken at an event, then reasons, then timeliness.
    const free = this.random.shuffle(slots.filter((slot) => !slot.event));
    free.slice(0, quota.hqReferral[i]).forEach((slot) => (slot.channel = 'HQ_REFERRAL'));
    for (const slot of slots) slot.channel ??= this.random.weighted(otherChannelWeights(year));
    this.random
      .shuffle([...slots])
      .slice(0, quota.notAssessed[i])
      .forEach((slot) => {
        slot.reason = this.previous.length ? this.random.weighted(REASON_WEIGHTS) : 'POLICY';
      });
    // In 2012 every HQ-channel complaint is on time (S8), so they take the first of the timely places.
    const hqFirst = year === 2012 ? (slot: Slot) => (slot.channel === 'HQ_REFERRAL' ? 0 : 1) : () => 0;
    const order = this.random.shuffle([...slots]).sort((a, b) => hqFirst(a) - hqFirst(b));
    order.forEach((slot, k) => (slot.timely = k < quota.timely[i]));

    const decided = slots.map((slot) => this.decide(year, month, slot)).sort((a, b) => a.receivedAt - b.receivedAt);
    const complaints = decided.map((decision, k) => {
      decision.ref = `TS${formatMonth({ year, month }).replace('-', '')}GZ${String(k + 1).padStart(5, '0')}`;
      return buildComplaint(this.random, decision);
    });
    this.previous = complaints;
    return complaints;
  }

  private decide(year: number, month: number, slot: Slot): ComplaintDecision {
    const { event, channel, timely } = slot;
    // month() gives every slot its channel and its timeliness before deciding it.
    if (channel === undefined || timely === undefined) throw new Error('a slot was decided before it was filled');
    const original = slot.reason === 'DUPLICATE' ? this.random.pick(this.previous) : undefined;
    const rainstorm = event?.kind === 'RAINSTORM';
    const line: Line =
      original?.line ?? (rainstorm ? (this.random.chance(0.7) ? 'AUTO' : 'NON_AUTO') : drawLine(this.random));
    const category: Category = original?.category ?? (rainstorm ? 'CLAIMS' : drawCategory(this.random, line));
    const receivedAt = drawReceipt(this.random, year, month, event?.firstDay, event?.lastDay);
    const hq2012 = year === 2012 && channel === 'HQ_REFERRAL';
    return {
      ref: '',
      unitCode: original?.unitCode ?? this.unitFor(category === 'CLAIMS'),
      receivedAt,
      channel,
      line,
      category,
      reason: slot.reason,
      original,
      timely,
      handlingSeconds: hq2012 ? this.hqHandling2012.pop() : undefined,
      stuck: year === 2013 && month >= 11 && this.random.chance(0.04),
      summary: this.eventWording(event, line, category, slot.reason === 'POLICY'),
    };
  }

  /** Claims complaints often go to the claims division; the rest to the districts or GZ itself. */
  private unitFor(claims: boolean): string {
    const roll = this.random.float();
    if (roll < (claims ? 0.3 : 0.02)) return this.gz.department.code;
    if (roll < (claims ? 0.35 : 0.14)) return this.gz.unit.code;
    const districts = this.gz.districts;
    return districts[this.random.weightedIndex(districts.map((d) => lookup(this.countyShare, d.code)))].code;
  }

  private eventWording(
    event: GzEvent | undefined,
    line: Line,
    category: Category,
    policy: boolean,
  ): string | undefined {
    if (!event) return undefined;
    if (event.kind === 'RECEPTION_DAY')
      return `3.24保险客户大接访现场受理：${summaryFor(this.random, line, category, policy)}`;
    return eventSummary(this.random, event.kind);
  }
}

/**
 * S7: `count` handling times averaging exactly GZ_HQ_REFERRAL_2012_DAYS: pairs mirrored around the
 * mean (±0..5 days, so 2.19..12.19 days, all within the 15-day deadline), whole seconds.
 */
function mirroredHandlingTimes(random: Random, count: number): number[] {
  const mean = Math.round(GZ_HQ_REFERRAL_2012_DAYS * DAY);
  const times: number[] = count % 2 ? [mean] : [];
  while (times.length < count) {
    const spread = random.int(0, 5 * DAY);
    times.push(mean - spread, mean + spread);
  }
  return random.shuffle(times);
}

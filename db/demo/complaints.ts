// Complaints of the 36 provincial branches other than Guangzhou, by chance around planned rates, and
// the month-by-month writing of every complaint and its return calls. The rates are set so that the
// planted figures of gz-quotas.ts compare as the source says (S7, S8, S14).
import { DATA_END, demoMonths, formatMonth, type Month } from './calendar.js';
import { buildComplaint, complaintRow, type ComplaintDecision, type DemoComplaint } from './complaint-builder.js';
import type { CsvWriter } from './csv-writer.js';
import { followupRows } from './followups.js';
import { issueRows } from './issues.js';
import { GuangzhouComplaints } from './gz-complaints.js';
import { complaintSeason, drawCategory, drawLine, drawReceipt, otherChannelWeights, REASON_WEIGHTS } from './mix.js';
import type { PremiumPlan } from './premiums.js';
import { lookup } from './lookup.js';
import { Random } from './random.js';
import type { Organisation, ProvinceTree } from './units.js';

/** Share of complaints that are assessed (valid, not policy-caused, not repeats). */
const ASSESSED_SHARE = 0.86;
/** Share that came through headquarters. */
const HQ_REFERRAL_SHARE = 0.04;
/** Share closed on time, by year: the whole company got faster, Guangzhou fastest (gz-quotas.ts). */
const TIMELY_SHARE: Readonly<Record<number, number>> = { 2010: 0.62, 2011: 0.7, 2012: 0.82, 2013: 0.9 };

/**
 * Assessed complaints per 100M yuan of premium. S14 ranks the provinces on January–July (where these
 * come out about 6.5% higher, complaints being less seasonal than premium): GZ has ≈58.6 in 2012 and
 * ≈29.3 in 2013. Hainan and Shenzhen (≈47 and ≈43 in 2012, ≈42 and ≈37 in 2013) stay below GZ in
 * 2012 and pass it in 2013: GZ falls from 1st to 3rd. Every other branch draws a 2012 rate in
 * [20, 30] (≤ 32 in January–July) and improves by a fifth by 2013 (≤ 25.6), well clear of GZ.
 */
const RIVAL_RATES: Readonly<Record<string, readonly number[]>> = {
  HI: [50, 47, 44, 39.6],
  SZ: [45, 42, 40, 35],
};
const YEAR_FACTOR = [1.15, 1.08, 1, 0.8];

class ProvinceComplaints {
  private readonly random = Random.stream('province-complaints');
  private readonly rates = new Map<string, readonly number[]>();
  private readonly units = new Map<string, { codes: string[]; weights: number[] }>();
  private readonly previous = new Map<string, DemoComplaint[]>();

  constructor(
    organisation: Organisation,
    private readonly plan: PremiumPlan,
  ) {
    const rates = Random.stream('province-rates');
    for (const province of organisation.provinces) {
      const base = rates.between(20, 30);
      this.rates.set(province.unit.code, RIVAL_RATES[province.unit.code] ?? YEAR_FACTOR.map((f) => base * f));
      this.units.set(province.unit.code, responsibleUnits(province, plan.countyShare));
    }
  }

  month(province: ProvinceTree, { year, month }: Month): DemoComplaint[] {
    const code = province.unit.code;
    const premium = lookup(lookup(this.plan.annualYuan, code), year);
    const assessed = (lookup(this.rates, code)[year - 2010] * premium) / 1e8 / 12;
    const count = Math.round((assessed * complaintSeason(month) * this.random.between(0.96, 1.04)) / ASSESSED_SHARE);
    const earlier = this.previous.get(code) ?? [];
    const { codes, weights } = lookup(this.units, code);
    const decisions: ComplaintDecision[] = [];
    for (let k = 0; k < count; k++) {
      let reason = this.random.chance(1 - ASSESSED_SHARE) ? this.random.weighted(REASON_WEIGHTS) : undefined;
      if (reason === 'DUPLICATE' && earlier.length === 0) reason = 'POLICY';
      const original = reason === 'DUPLICATE' ? this.random.pick(earlier) : undefined;
      const line = original?.line ?? drawLine(this.random);
      decisions.push({
        ref: '',
        unitCode: original?.unitCode ?? codes[this.random.weightedIndex(weights)],
        receivedAt: drawReceipt(this.random, year, month),
        channel: this.random.chance(HQ_REFERRAL_SHARE)
          ? 'HQ_REFERRAL'
          : this.random.weighted(otherChannelWeights(year)),
        line,
        category: original?.category ?? drawCategory(this.random, line),
        reason,
        original,
        timely: this.random.chance(TIMELY_SHARE[year]),
        stuck: year === 2013 && month >= 11 && this.random.chance(0.04),
      });
    }
    decisions.sort((a, b) => a.receivedAt - b.receivedAt);
    const complaints = decisions.map((decision, k) => {
      decision.ref = `TS${formatMonth({ year, month }).replace('-', '')}${code}${String(k + 1).padStart(5, '0')}`;
      return buildComplaint(this.random, decision);
    });
    this.previous.set(code, complaints);
    return complaints;
  }
}

/**
 * Writes every complaint, month by month (Guangzhou first, then the provinces in order), and the
 * return calls of each, so that memory holds one month at a time.
 */
export async function writeComplaints(
  organisation: Organisation,
  plan: PremiumPlan,
  complaintsFile: CsvWriter,
  followupsFile: CsvWriter,
  issuesFile: CsvWriter,
): Promise<void> {
  const guangzhou = new GuangzhouComplaints(organisation.gz, plan.countyShare);
  const provinces = new ProvinceComplaints(organisation, plan);
  const followupRandom = Random.stream('followups');
  const issueRandom = Random.stream('issues');
  for (const month of demoMonths()) {
    const complaints = [
      ...guangzhou.month(month),
      ...organisation.provinces.flatMap((province) => provinces.month(province, month)),
    ];
    for (const complaint of complaints) {
      await complaintsFile.write(complaintRow(complaint));
      for (const row of followupRows(followupRandom, complaint, DATA_END)) await followupsFile.write(row);
      for (const row of issueRows(issueRandom, complaint)) await issuesFile.write(row);
    }
  }
}

/** Complaints land on the sub-branches in proportion to their premium, some on cities and the province. */
function responsibleUnits(province: ProvinceTree, countyShare: ReadonlyMap<string, number>) {
  const codes = [province.unit.code];
  const weights = [0.06];
  for (const city of province.cities) {
    const cityShare = city.counties.reduce((sum, county) => sum + lookup(countyShare, county.code), 0);
    codes.push(city.unit.code);
    weights.push(0.22 * cityShare);
    for (const county of city.counties) {
      codes.push(county.code);
      weights.push(0.72 * lookup(countyShare, county.code));
    }
  }
  return { codes, weights };
}

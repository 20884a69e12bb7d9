// The make-up of an ordinary complaint, shared by Guangzhou and the other provinces: which line,
// which category, which channel, when in the month, and why it is not assessed.
import type { Category, Channel, Line } from '../domain.js';
import { daysInMonth, shanghai, weekday } from './calendar.js';
import type { NotAssessedReason } from './complaint-builder.js';
import type { Random } from './random.js';

const LINE_WEIGHTS: Readonly<Record<Line, number>> = { AUTO: 0.66, NON_AUTO: 0.18, ACCIDENT_HEALTH: 0.16 };

/** Auto complaints are mostly about claims and service; accident and health ones often about sales. */
const CATEGORY_WEIGHTS: Readonly<Record<Line, Readonly<Record<Category, number>>>> = {
  AUTO: { CLAIMS: 0.55, SALES: 0.06, UNDERWRITING: 0.12, SURRENDER: 0.03, SERVICE: 0.18, OTHER: 0.06 },
  NON_AUTO: { CLAIMS: 0.5, SALES: 0.1, UNDERWRITING: 0.12, SURRENDER: 0.05, SERVICE: 0.15, OTHER: 0.08 },
  ACCIDENT_HEALTH: { CLAIMS: 0.35, SALES: 0.25, UNDERWRITING: 0.08, SURRENDER: 0.15, SERVICE: 0.1, OTHER: 0.07 },
};

/** Not-assessed complaints by reason: policy factors, repeats, complaints found untrue. */
export const REASON_WEIGHTS: Readonly<Record<NotAssessedReason, number>> = {
  POLICY: 0.45,
  DUPLICATE: 0.35,
  INVALID: 0.2,
};

/** January..December: after the Spring Festival and in the typhoon season more, in winter fewer. */
const COMPLAINT_SEASON = [1.05, 0.85, 1.08, 1.0, 1.02, 1.05, 1.08, 1.06, 1.0, 0.95, 0.95, 0.91];

/** The month's share of a year's complaints, 1 on average. */
export function complaintSeason(month: number): number {
  return (COMPLAINT_SEASON[month - 1] * 12) / COMPLAINT_SEASON.reduce((a, b) => a + b, 0);
}

/** Channels other than headquarters' (whose count is set apart): the hotline gives way to online. */
export function otherChannelWeights(year: number): Record<Exclude<Channel, 'HQ_REFERRAL'>, number> {
  const online = 0.05 + 0.04 * (year - 2010);
  return { HOTLINE_95518: 0.71 - online, REGULATOR_REFERRAL: 0.13, LETTERS_VISITS: 0.04, ONSITE: 0.03, ONLINE: online };
}

export function drawLine(random: Random): Line {
  return random.weighted(LINE_WEIGHTS);
}

export function drawCategory(random: Random, line: Line): Category {
  return random.weighted(CATEGORY_WEIGHTS[line]);
}

/**
 * A receipt instant between `firstDay` and `lastDay` of a month, fewer at weekends, between 08:30 and
 * 20:00 Shanghai time: hours away from any day's edge, so no complaint's date is in doubt.
 */
export function drawReceipt(
  random: Random,
  year: number,
  month: number,
  firstDay = 1,
  lastDay = daysInMonth(year, month),
): number {
  const days: number[] = [];
  const weights: number[] = [];
  for (let day = firstDay; day <= lastDay; day++) {
    days.push(day);
    const dow = weekday(year, month, day);
    weights.push(dow === 0 || dow === 6 ? 0.55 : 1);
  }
  const day = days[random.weightedIndex(weights)];
  return shanghai(year, month, day, random.int(8.5 * 3600, 20 * 3600));
}

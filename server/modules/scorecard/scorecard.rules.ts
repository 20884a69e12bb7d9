// The scorecard's arithmetic (RULES.md §5), pure: each item's points from its value, the total, the
// ranking of totals and the words that explain an item. The values come from the metric engine; the
// rule sets are data (versioned, in the database); nothing here reads either.

export type Better = 'LOWER' | 'HIGHER';

/** (threshold, points): better lower — the first band with value ≤ threshold, thresholds ascending; higher — value ≥ threshold, descending. */
export interface Band {
  threshold: number;
  points: number;
}

export type ScoreItem =
  | { code: string; kind: 'METRIC_BAND'; max: number; better: Better; bands: Band[] }
  | { code: string; kind: 'METRIC_LINEAR'; max: number; best: number; worst: number }
  | { code: string; kind: 'RANK'; max: number }
  | { code: string; kind: 'CHANGE_RATE'; max: number; bands: Band[] }
  | { code: string; kind: 'MANUAL'; max: number }
  | { code: string; kind: 'DEDUCTION'; pointsEach: number; cap: number };

/** What an item is scored on: a metric's value (or change rate), a rank among n, entered points, incidents. */
export type ItemInput =
  { value: number | null } | { rank: number | null; of: number } | { entered: number | null } | { incidents: number };

export interface ItemScore {
  code: string;
  points: number;
  /** The most it can give (0 for a deduction). */
  max: number;
  /** The value scored, rounded to 4 decimals (null when none). */
  value: number | null;
  /** Which band matched, or the formula with its numbers, for the explanation. */
  rule: string;
  /** A missing value: 0 points, never full marks. */
  noValue: boolean;
}

/** Half away from zero to `decimals` places (RULES.md's rounding, for values and points alike). */
export function roundHalfAway(value: number, decimals: number): number {
  const factor = 10 ** decimals;
  // toPrecision absorbs binary noise (1.005 * 100 = 100.49999…) before rounding.
  const scaled = Number((Math.abs(value) * factor).toPrecision(15));
  return (Math.sign(value) * Math.round(scaled)) / factor || 0;
}

const clip = (x: number, low: number, high: number) => Math.min(high, Math.max(low, x));
const fixed = (x: number) => String(roundHalfAway(x, 4));

function banded(value: number, bands: readonly Band[], better: Better): { points: number; rule: string } {
  const ordered = [...bands].sort((a, b) =>
    better === 'LOWER' ? a.threshold - b.threshold : b.threshold - a.threshold,
  );
  // A value on a threshold gets the better band (≤ for lower-is-better, ≥ for higher).
  const band = ordered.find((b) => (better === 'LOWER' ? value <= b.threshold : value >= b.threshold));
  return band
    ? { points: band.points, rule: `${better === 'LOWER' ? '≤' : '≥'} ${band.threshold}` }
    : { points: 0, rule: 'no band' };
}

const missing = (item: ScoreItem, max: number): ItemScore => ({
  code: item.code,
  points: 0,
  max,
  value: null,
  rule: 'NO_VALUE',
  noValue: true,
});

/** One item's points, rounded to 2 decimals, with what explains them. */
export function scoreItem(item: ScoreItem, input: ItemInput): ItemScore {
  const max = item.kind === 'DEDUCTION' ? 0 : item.max;
  const done = (points: number, value: number | null, rule: string): ItemScore => ({
    code: item.code,
    points: roundHalfAway(points, 2),
    max,
    value,
    rule,
    noValue: false,
  });
  switch (item.kind) {
    case 'METRIC_BAND':
    case 'CHANGE_RATE': {
      if (!('value' in input) || input.value === null) return missing(item, max);
      const value = roundHalfAway(input.value, 4);
      const { points, rule } = banded(value, item.bands, item.kind === 'CHANGE_RATE' ? 'LOWER' : item.better);
      return done(Math.min(points, item.max), value, rule);
    }
    case 'METRIC_LINEAR': {
      if (!('value' in input) || input.value === null) return missing(item, max);
      const value = roundHalfAway(input.value, 4);
      const share = clip((item.worst - value) / (item.worst - item.best), 0, 1);
      return done(
        item.max * share,
        value,
        `${item.max} × (${item.worst} − ${fixed(value)}) ÷ (${item.worst} − ${item.best})`,
      );
    }
    case 'RANK': {
      if (!('rank' in input) || input.rank === null || input.of < 1) return missing(item, max);
      const { rank, of } = input;
      if (of === 1) return done(item.max, rank, `${item.max} (the only peer with a value)`);
      return done((item.max * (of - rank)) / (of - 1), rank, `${item.max} × (${of} − ${rank}) ÷ ${of - 1}`);
    }
    case 'MANUAL': {
      if (!('entered' in input) || input.entered === null) return missing(item, max);
      return done(clip(input.entered, 0, item.max), input.entered, 'entered');
    }
    case 'DEDUCTION': {
      const incidents = 'incidents' in input ? input.incidents : 0;
      const points = -Math.min(incidents * item.pointsEach, item.cap);
      return done(points, incidents, `−min(${incidents} × ${item.pointsEach}, ${item.cap})`);
    }
  }
}

/** The total: the sum of the rounded items, never below 0; and how many items had no value. */
export function totalOf(items: readonly ItemScore[]): { total: number; noValue: number } {
  const sum = items.reduce((total, item) => total + item.points, 0);
  return { total: Math.max(0, roundHalfAway(sum, 2)), noValue: items.filter((item) => item.noValue).length };
}

/**
 * A scorecard RANK item ranks best first, with ties sharing a rank (1, 2, 2, 4): rank r of a value
 * among the values there are. (DOMAIN.md's rankings put the largest first; a lower-is-better metric
 * is therefore reversed here: 1st → 3rd there is n-th → (n − 2)-th for the item.)
 */
export function bestFirstRank(
  value: number | null,
  values: readonly (number | null)[],
  better: Better,
): { rank: number | null; of: number } {
  const present = values.filter((v): v is number => v !== null).map((v) => roundHalfAway(v, 4));
  if (value === null) return { rank: null, of: present.length };
  const own = roundHalfAway(value, 4);
  const beaten = present.filter((v) => (better === 'LOWER' ? v < own : v > own)).length;
  return { rank: beaten + 1, of: present.length };
}

/** Totals ranked descending, ties sharing a rank (并列): 1, 2, 2, 4. */
export function rankTotals(totals: readonly number[]): number[] {
  return totals.map((total) => 1 + totals.filter((other) => other > total).length);
}

import { describe, expect, it } from 'vitest';
import { bestFirstRank, rankTotals, roundHalfAway, scoreItem, totalOf, type ScoreItem } from './scorecard.rules.js';

// RULES.md §5's worked score: province ZJ, 2014, under CIRC_2013_KP — 78.64 of 100, item by item.
const ITEMS: Record<string, ScoreItem> = {
  Q: { code: 'Q', kind: 'MANUAL', max: 10 },
  M1: {
    code: 'M1',
    kind: 'METRIC_BAND',
    max: 15,
    better: 'LOWER',
    bands: [
      { threshold: 0.5, points: 15 },
      { threshold: 1, points: 10 },
      { threshold: 2, points: 5 },
    ],
  },
  M2: { code: 'M2', kind: 'RANK', max: 15 },
  M3: {
    code: 'M3',
    kind: 'CHANGE_RATE',
    max: 10,
    bands: [
      { threshold: -0.2, points: 10 },
      { threshold: 0, points: 6 },
      { threshold: 0.2, points: 3 },
    ],
  },
  M4: { code: 'M4', kind: 'METRIC_LINEAR', max: 10, best: 1, worst: 0.8 },
  M5: { code: 'M5', kind: 'MANUAL', max: 10 },
  M6: {
    code: 'M6',
    kind: 'METRIC_BAND',
    max: 10,
    better: 'LOWER',
    bands: [
      { threshold: 0.01, points: 10 },
      { threshold: 0.02, points: 6 },
      { threshold: 0.05, points: 2 },
    ],
  },
  D1: { code: 'D1', kind: 'DEDUCTION', pointsEach: 5, cap: 10 },
  D2: { code: 'D2', kind: 'DEDUCTION', pointsEach: 5, cap: 10 },
};

describe('the worked score of RULES.md §5', () => {
  const scores = [
    scoreItem(ITEMS.Q, { entered: 10 }),
    scoreItem(ITEMS.Q, { entered: 10 }),
    scoreItem(ITEMS.Q, { entered: 8 }),
    scoreItem(ITEMS.M1, { value: 240 / 320 }),
    scoreItem(ITEMS.M2, { rank: 3, of: 36 }),
    scoreItem(ITEMS.M3, { value: (1.5 - 2) / 2 }),
    scoreItem(ITEMS.M4, { value: 38 / 40 }),
    scoreItem(ITEMS.M5, { entered: 8 }),
    scoreItem(ITEMS.M6, { value: 3 / 240 }),
    scoreItem(ITEMS.D1, { incidents: 1 }),
    scoreItem(ITEMS.D2, { incidents: 0 }),
  ];

  it('scores each item as the table says', () => {
    expect(scores.map((s) => s.points)).toEqual([10, 10, 8, 10, 14.14, 10, 7.5, 8, 6, -5, 0]);
    expect(scores[3]).toMatchObject({ value: 0.75, rule: '≤ 1' });
    expect(scores[4]).toMatchObject({ value: 3, rule: '15 × (36 − 3) ÷ 35' });
    expect(scores[5]).toMatchObject({ value: -0.25, rule: '≤ -0.2' });
    expect(scores[6]).toMatchObject({ value: 0.95, rule: '10 × (0.8 − 0.95) ÷ (0.8 − 1)' });
    expect(scores[8]).toMatchObject({ value: 0.0125, rule: '≤ 0.02' });
    expect(scores[9]).toMatchObject({ points: -5, max: 0, rule: '−min(1 × 5, 10)' });
  });

  it('totals 78.64 of 100 with no item missing', () => {
    expect(totalOf(scores)).toEqual({ total: 78.64, noValue: 0 });
  });
});

describe('scorecard rules', () => {
  it('gives a value on a threshold the better band, and none matching 0', () => {
    expect(scoreItem(ITEMS.M1, { value: 1 }).points).toBe(10);
    expect(scoreItem(ITEMS.M1, { value: 1.00004 }).points).toBe(10); // rounded to 4 decimals first
    expect(scoreItem(ITEMS.M1, { value: 2.5 })).toMatchObject({ points: 0, rule: 'no band' });
    const higher: ScoreItem = {
      code: 'H',
      kind: 'METRIC_BAND',
      max: 10,
      better: 'HIGHER',
      bands: [
        { threshold: 0.9, points: 10 },
        { threshold: 0.8, points: 5 },
      ],
    };
    expect(scoreItem(higher, { value: 0.9 }).points).toBe(10);
    expect(scoreItem(higher, { value: 0.85 }).points).toBe(5);
  });

  it('gives a missing value 0 points and the NO_VALUE flag, never full marks', () => {
    for (const [item, input] of [
      [ITEMS.M1, { value: null }],
      [ITEMS.M2, { rank: null, of: 36 }],
      [ITEMS.M3, { value: null }],
      [ITEMS.Q, { entered: null }],
    ] as const) {
      expect(scoreItem(item, input)).toMatchObject({ points: 0, noValue: true, rule: 'NO_VALUE' });
    }
    expect(totalOf([scoreItem(ITEMS.M1, { value: null }), scoreItem(ITEMS.Q, { entered: 10 })])).toEqual({
      total: 10,
      noValue: 1,
    });
  });

  it('clips linear items and entered points to [0, max], a lone ranked peer gets the max, and totals never go below 0', () => {
    expect(scoreItem(ITEMS.M4, { value: 0.7 }).points).toBe(0);
    expect(scoreItem(ITEMS.M4, { value: 1.2 }).points).toBe(10);
    expect(scoreItem(ITEMS.Q, { entered: 12 }).points).toBe(10);
    expect(scoreItem(ITEMS.M2, { rank: 1, of: 1 }).points).toBe(15);
    expect(scoreItem(ITEMS.D1, { incidents: 3 }).points).toBe(-10);
    expect(totalOf([scoreItem(ITEMS.D1, { incidents: 3 })]).total).toBe(0);
  });

  it('rounds half away from zero', () => {
    expect(roundHalfAway(14.145, 2)).toBe(14.15);
    expect(roundHalfAway(-0.125, 2)).toBe(-0.13);
    expect(roundHalfAway(1.005, 2)).toBe(1.01);
    expect(roundHalfAway(0.00005, 4)).toBe(0.0001);
  });

  it('ranks best first for a RANK item, ties shared, and totals descending with 并列', () => {
    // lower is better: 1.5 is beaten by 1.0 and 1.2 → 3rd of 4 with a value
    expect(bestFirstRank(1.5, [2.0, 1.0, 1.2, 1.5, null], 'LOWER')).toEqual({ rank: 3, of: 4 });
    expect(bestFirstRank(1.2, [1.2, 1.2, 0.9], 'LOWER')).toEqual({ rank: 2, of: 3 });
    expect(bestFirstRank(null, [1, 2], 'LOWER')).toEqual({ rank: null, of: 2 });
    expect(rankTotals([78.64, 90, 78.64, 60])).toEqual([2, 1, 2, 4]);
  });
});

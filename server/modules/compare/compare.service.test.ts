import { describe, expect, it } from 'vitest';
import { compare } from '../metrics/index.js';
import { checkCompareLists, compareTable } from './compare.service.js';

describe('the lists of a comparison', () => {
  it('takes 1 to 50 units and 1 to 12 metrics', () => {
    const fifty = Array.from({ length: 50 }, (_, i) => `U${i}`);
    expect(() => checkCompareLists(fifty, ['COMPLAINTS'])).not.toThrow();
    expect(() => checkCompareLists([], ['COMPLAINTS'])).toThrow('compare takes 1 to 50 units, not 0');
    expect(() => checkCompareLists([...fifty, 'X'], ['COMPLAINTS'])).toThrow('compare takes 1 to 50 units, not 51');
    expect(() => checkCompareLists(['GZ'], [])).toThrow('compare takes 1 to 12 metrics, not 0');
    expect(() => checkCompareLists(['GZ'], Array(13).fill('COMPLAINTS'))).toThrow(
      'compare takes 1 to 12 metrics, not 13',
    );
  });

  it('names the first unit or metric listed twice', () => {
    expect(() => checkCompareLists(['GZ', 'SZ', 'GZ'], ['COMPLAINTS'])).toThrow('compare lists unit "GZ" twice');
    expect(() => checkCompareLists(['GZ'], ['PREMIUM', 'COMPLAINTS', 'PREMIUM'])).toThrow(
      'compare lists metric "PREMIUM" twice',
    );
  });
});

describe('a comparison table', () => {
  // Two metrics; per metric the benchmark (HQ) first, then units A, B, C.
  const table = compareTable(
    ['A', 'B', 'C'],
    ['COMPLAINTS', 'TIMELY_RATE'],
    [
      [compare(10, 8), compare(6, 4), compare(3, null), compare(1, 0)],
      [compare(0.8, 0.5), compare(0.9, 0.6), compare(null, 0.5), compare(0.6, null)],
    ],
  );

  it('has a row per unit with its values in the order of the metrics, each beside the benchmark', () => {
    expect(table.rows.map((row) => row.unit)).toEqual(['A', 'B', 'C']);
    expect(table.rows[0].values).toEqual([
      { metric: 'COMPLAINTS', value: 6, previous: 4, change: 2, changeRate: 0.5, benchmark: 10 },
      {
        metric: 'TIMELY_RATE',
        value: 0.9,
        previous: 0.6,
        change: expect.closeTo(0.3, 12),
        changeRate: expect.closeTo(0.5, 12),
        benchmark: 0.8,
      },
    ]);
    // previous 0: no change rate; no value: no change
    expect(table.rows[2].values[0]).toMatchObject({ value: 1, previous: 0, change: 1, changeRate: null });
    expect(table.rows[1].values[1]).toMatchObject({ value: null, previous: 0.5, change: null, changeRate: null });
  });

  it("has a column per metric with the company's own comparison and the units' mean and median", () => {
    expect(table.columns[0]).toMatchObject({
      metric: { key: 'COMPLAINTS', additive: true },
      benchmark: { metric: 'COMPLAINTS', value: 10, previous: 8, change: 2, changeRate: 0.25, benchmark: 10 },
      peerMean: 10 / 3, // (6 + 3 + 1) ÷ 3
      peerMedian: 3,
    });
    // B has no value: the mean and median are of A and C only, (0.9 + 0.6) ÷ 2
    expect(table.columns[1].peerMean).toBeCloseTo(0.75, 12);
    expect(table.columns[1].peerMedian).toBeCloseTo(0.75, 12);
  });
});

// Grouping a batch's keys: by one key, and by a key of several parts without building a string per row.
import { describe, expect, it } from 'vitest';
import { groupBy, groupByParts } from './dated-loader.js';

describe('grouping', () => {
  it('groups by one key, each group in the order of the list', () => {
    const grouped = groupBy([3, 1, 4, 1, 5, 9, 2, 6], (n) => n % 2);
    expect([...grouped]).toEqual([
      [1, [3, 1, 1, 5, 9]],
      [0, [4, 2, 6]],
    ]);
  });

  it('groups by a key of several parts, the groups in the order first seen', () => {
    const rows = [
      { at: '2013-12-31', asOf: 1, n: 'a' },
      { at: '2012-12-31', asOf: 1, n: 'b' },
      { at: '2013-12-31', asOf: 2, n: 'c' },
      { at: '2013-12-31', asOf: 1, n: 'd' },
      { at: '2012-12-31', asOf: 1, n: 'e' },
    ];
    expect(groupByParts(rows, (r) => [r.at, r.asOf]).map((group) => group.map((r) => r.n))).toEqual([
      ['a', 'd'],
      ['b', 'e'],
      ['c'],
    ]);
  });

  it('tells apart keys whose parts would join into the same string', () => {
    const rows = [{ parts: ['a|b', 'c'] as const }, { parts: ['a', 'b|c'] as const }, { parts: ['a|b', 'c'] as const }];
    expect(groupByParts(rows, (r) => r.parts).map((group) => group.length)).toEqual([2, 1]);
    // a number and its digits as text are different parts
    expect(groupByParts([{ k: 1 }, { k: '1' }], (r) => [r.k])).toHaveLength(2);
    expect(groupByParts([], () => ['x'])).toEqual([]);
  });

  it('groups runs of rows sharing parts as it groups rows in any order (against keys as text)', () => {
    // Rows in runs (a ranking's scopes), runs left and come back to, whole keys repeated, NaN parts.
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const rows = Array.from({ length: 2_000 }, (_, n) => {
      const run = Math.floor(n / 50) % 3;
      return { n, parts: [`2013-0${run + 1}-01`, run === 2 && random(4) === 0 ? NaN : run, random(30)] };
    });
    const byText = new Map<string, number[]>();
    for (const { n, parts } of rows) {
      const text = JSON.stringify(parts.map(String));
      byText.set(text, [...(byText.get(text) ?? []), n]);
    }
    expect(groupByParts(rows, (r) => r.parts).map((group) => group.map((r) => r.n))).toEqual([...byText.values()]);
  });
});

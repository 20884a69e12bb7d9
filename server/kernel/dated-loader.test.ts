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
});

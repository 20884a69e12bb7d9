import { describe, expect, it } from 'vitest';
import { compare } from '../metrics/index.js';
import { checkSplittable, childParts, paretoItems, vocabularyParts } from './breakdown.service.js';

describe('the parts of a breakdown', () => {
  it('takes every value of the vocabulary in its order, labelled, each with the filter narrowed to it', () => {
    const parts = vocabularyParts('LINE', 7, { assessedOnly: true });
    expect(parts).toEqual([
      {
        key: 'AUTO',
        labelZh: '车险',
        labelEn: 'Motor',
        unit: null,
        root: 7,
        filter: { assessedOnly: true, lines: ['AUTO'] },
      },
      {
        key: 'NON_AUTO',
        labelZh: '非车险',
        labelEn: 'Non-motor',
        unit: null,
        root: 7,
        filter: { assessedOnly: true, lines: ['NON_AUTO'] },
      },
      {
        key: 'ACCIDENT_HEALTH',
        labelZh: '意健险',
        labelEn: 'Accident and health',
        unit: null,
        root: 7,
        filter: { assessedOnly: true, lines: ['ACCIDENT_HEALTH'] },
      },
    ]);
  });

  it("keeps only the values of the filter's own list, in the vocabulary's order", () => {
    const parts = vocabularyParts('CHANNEL', 7, { channels: ['ONLINE', 'HOTLINE_95518'], lines: ['AUTO'] });
    expect(parts.map((p) => [p.key, p.filter])).toEqual([
      ['HOTLINE_95518', { channels: ['HOTLINE_95518'], lines: ['AUTO'] }],
      ['ONLINE', { channels: ['ONLINE'], lines: ['AUTO'] }],
    ]);
    // an empty list means all
    expect(vocabularyParts('CATEGORY', 7, { categories: [] })).toHaveLength(6);
  });

  it('names a child unit by its code and names, measured on its own subtree', () => {
    const child = { id: 3, code: 'TH', nameZh: '天河支公司', nameEn: null };
    expect(childParts([{ unit: child, grant: 'the grant of TH' }], { lines: ['AUTO'] })).toEqual([
      {
        key: 'TH',
        labelZh: '天河支公司',
        labelEn: null,
        unit: child,
        root: 'the grant of TH',
        filter: { lines: ['AUTO'] },
      },
    ]);
  });

  it('refuses to split premium by channel or category, which premium rows do not have', () => {
    expect(() => checkSplittable('PREMIUM', 'CHANNEL')).toThrow(
      'PREMIUM cannot be broken down by CHANNEL: premium is recorded by unit, month and line only',
    );
    expect(() => checkSplittable('POLICIES', 'CATEGORY')).toThrow('POLICIES cannot be broken down by CATEGORY');
    expect(() => checkSplittable('PREMIUM', 'LINE')).not.toThrow();
    expect(() => checkSplittable('PER_100M_PREMIUM', 'CHANNEL')).not.toThrow();
  });
});

describe('Pareto order and shares', () => {
  const item = (key: string, value: number | null) => ({ key, ...compare(value, null) });

  it('sorts by value descending, no value last, ties by key', () => {
    const sorted = paretoItems([item('D', null), item('C', 2), item('A', 5), item('B', 2), item('E', 0)], false);
    expect(sorted.map((i) => i.key)).toEqual(['A', 'B', 'C', 'E', 'D']);
  });

  it('gives an additive metric shares of the items’ sum and a running share ending at 1', () => {
    const sorted = paretoItems([item('C', 1), item('A', 5), item('B', 2)], true);
    // sum 8: 5/8, 2/8, 1/8; running 5/8, 7/8, 8/8
    expect(sorted.map((i) => [i.key, i.share, i.cumulativeShare])).toEqual([
      ['A', 0.625, 0.625],
      ['B', 0.25, 0.875],
      ['C', 0.125, 1],
    ]);
  });

  it('gives no share for a ratio, nor when the items add up to 0', () => {
    expect(paretoItems([item('A', 0.5), item('B', null)], false).map((i) => [i.share, i.cumulativeShare])).toEqual([
      [null, null],
      [null, null],
    ]);
    expect(paretoItems([item('A', 0), item('B', 0)], true).map((i) => i.share)).toEqual([null, null]);
  });
});

import { describe, expect, it } from 'vitest';
import type { ExplainedItem } from '../../scorecard/index.js';
import { itemRuleWords, itemValueWords } from './scorecard-sections.js';

// The words of a scorecard item in the branch report, in both languages (RULES.md §5's explanation).

const scored = ({
  item,
  ...over
}: Partial<Omit<ExplainedItem, 'item'>> & { item?: Partial<ExplainedItem['item']> }): ExplainedItem => ({
  value: null,
  current: null,
  previous: null,
  rank: null,
  rankOf: null,
  rule: '',
  points: 0,
  max: 10,
  noValue: false,
  note: null,
  enteredBy: null,
  enteredAt: null,
  ...over,
  item: { code: 'X', nameZh: '项目', nameEn: 'Item', kind: 'METRIC_BAND', ...item },
});

describe('a scorecard item in words', () => {
  it('gives a change rate with both years, a rank with its peers, a rate as a percentage, incidents as a count', () => {
    expect(itemValueWords(scored({ item: { kind: 'CHANGE_RATE' }, value: -0.25, current: 1.5, previous: 2 }))).toEqual({
      zh: '-25%（本期1.5，上年同期2）',
      en: '-25% (this period 1.5, a year earlier 2)',
    });
    expect(
      itemValueWords(scored({ item: { kind: 'RANK', metric: 'PER_100M_PREMIUM' }, value: 1.5, rank: 3, rankOf: 36 })),
    ).toEqual({ zh: '1.5，由好到差第3名（共36家）', en: '1.5, 3rd best of 36' });
    expect(itemValueWords(scored({ item: { metric: 'TIMELY_RATE' }, value: 0.95 }))).toEqual({
      zh: '95%',
      en: '95%',
    });
    expect(itemValueWords(scored({ item: { metric: 'PER_10K_POLICIES' }, value: 0.123456 }))).toEqual({
      zh: '0.1235',
      en: '0.1235',
    });
    expect(itemValueWords(scored({ item: { kind: 'DEDUCTION' }, value: 1 }))).toEqual({ zh: '1起', en: '1 incident' });
    expect(itemValueWords(scored({ item: { kind: 'DEDUCTION' }, value: 2 }))).toEqual({
      zh: '2起',
      en: '2 incidents',
    });
    expect(itemValueWords(scored({ value: null }))).toBeNull();
  });

  it('flags a missing value and no band as 0 points, names who entered MANUAL points, and the only ranked peer', () => {
    expect(itemRuleWords(scored({ noValue: true, rule: 'NO_VALUE' })).zh).toBe('无数据，计0分（不给满分）');
    expect(itemRuleWords(scored({ rule: 'no band' }))).toEqual({
      zh: '未达任何档次，计0分',
      en: 'In no band: 0 points',
    });
    expect(
      itemRuleWords(
        scored({ item: { kind: 'MANUAL' }, value: 8, rule: 'entered', note: '季报迟报', enteredBy: 'admin' }),
      ),
    ).toEqual({ zh: '季报迟报（admin录入）', en: '季报迟报 (entered by admin)' });
    expect(itemRuleWords(scored({ item: { kind: 'RANK' }, value: 1, rank: 1, rankOf: 1, rule: '15' })).zh).toBe(
      '唯一有数据的机构，得满分',
    );
    expect(itemRuleWords(scored({ rule: '≤ 1' }))).toEqual({ zh: '≤ 1', en: '≤ 1' });
  });
});

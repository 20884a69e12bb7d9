import { describe, expect, it } from 'vitest';
import { compare, METRICS } from '../metrics/index.js';
import {
  activitiesSentence,
  benchmarkPhrase,
  inPeriod,
  metricSentence,
  percent,
  periodWords,
  rankSentence,
  sentence,
} from './narrative.js';

describe('the narrative', () => {
  it('writes shares as the source does: two decimals, none when they are zeros', () => {
    expect([percent(-0.38721264), percent(-0.322), percent(-0.5), percent(0.1521)]).toEqual([
      '38.72%',
      '32.20%',
      '50%',
      '15.21%',
    ]);
  });

  it('S11: a decrease of a count, by how many and by what share', () => {
    // 853 against 1,392: 539 fewer, 539 ÷ 1392 = 38.72%
    expect(metricSentence(METRICS.ASSESSED_COMPLAINTS, compare(853, 1392), 'YOY', 'zh-CN')).toBe(
      '考核投诉量853宗，同比减少539宗，下降38.72%',
    );
    expect(metricSentence(METRICS.ASSESSED_COMPLAINTS, compare(853, 1392), 'YOY', 'en')).toBe(
      'Assessed complaints: 853, down 539 (−38.72%) year on year',
    );
  });

  it('an increase, no change, and no previous value', () => {
    expect(metricSentence(METRICS.COMPLAINTS, compare(120, 100), 'YOY', 'zh-CN')).toBe(
      '投诉量120宗，同比增加20宗，上升20%',
    );
    expect(metricSentence(METRICS.COMPLAINTS, compare(100, 100), 'YOY', 'zh-CN')).toBe('投诉量100宗，与去年同期持平');
    expect(metricSentence(METRICS.COMPLAINTS, compare(100, 100), 'PREVIOUS', 'en')).toBe(
      'Complaints: 100, unchanged on the previous period',
    );
    expect(metricSentence(METRICS.COMPLAINTS, compare(7, null), 'YOY', 'zh-CN')).toBe('投诉量7宗，同比无可比数据');
    // from none: 5 more, but no share of nothing
    expect(metricSentence(METRICS.COMPLAINTS, compare(5, 0), 'YOY', 'zh-CN')).toBe('投诉量5宗，同比增加5宗');
  });

  it('S6: a rate changes by percentage points', () => {
    // 0.8 against 0.2791: +52.09 points
    expect(metricSentence(METRICS.TIMELY_RATE, compare(0.8, 0.2791), 'YOY', 'zh-CN')).toBe(
      '投诉处理及时率80%，同比提高52.09个百分点',
    );
    expect(metricSentence(METRICS.TIMELY_RATE, compare(0.5, 0.75), 'YOY', 'en')).toBe(
      'Timely handling rate: 50%, down 25.00 percentage points year on year',
    );
  });

  it('S13: a ratio to premium changes by its share', () => {
    expect(metricSentence(METRICS.PER_100M_PREMIUM, compare(3.125, 6.25), 'YOY', 'zh-CN')).toBe(
      '亿元保费投诉量3.13，同比下降50%',
    );
  });

  it('writes premium in 亿元 or 万元, and in CNY millions in English', () => {
    expect(metricSentence(METRICS.PREMIUM, compare(2_956_000_000, 2_000_000_000), 'NONE', 'zh-CN')).toBe(
      '保费收入29.56亿元',
    );
    expect(metricSentence(METRICS.PREMIUM, compare(2_956_000_000, 2_000_000_000), 'NONE', 'en')).toBe(
      'Premium income: CNY 2,956.00 million',
    );
  });

  it('S7, S8: beside the company-wide average, by the metric’s direction', () => {
    expect(benchmarkPhrase(METRICS.AVG_HANDLING_DAYS, 7.19, 9.5, 'zh-CN')).toBe('优于全国系统平均水平');
    expect(benchmarkPhrase(METRICS.TIMELY_RATE, 1, 0.93, 'zh-CN')).toBe('高于全国系统平均水平');
    expect(benchmarkPhrase(METRICS.TIMELY_RATE, 0.9, 0.93, 'en')).toBe('worse than the company-wide average');
    expect(benchmarkPhrase(METRICS.PREMIUM, 1, 2, 'zh-CN')).toBeNull();
    expect(benchmarkPhrase(METRICS.COMPLAINTS, null, 2, 'zh-CN')).toBeNull();
  });

  it('S14: ranks fall to a larger number and rise to a smaller one', () => {
    const label = { zh: '亿元保费投诉量', en: 'Complaints per 100 million yuan' };
    expect(rankSentence(label, 3, 1, 'zh-CN')).toBe('亿元保费投诉量排名由第1名降至第3名');
    expect(rankSentence(label, 1, 3, 'zh-CN')).toBe('亿元保费投诉量排名由第3名升至第1名');
    expect(rankSentence(label, 3, 1, 'en')).toBe('Complaints per 100 million yuan fell from 1st to 3rd');
    expect(rankSentence(label, 2, 2, 'zh-CN')).toBe('亿元保费投诉量排名第2名，与上期持平');
    expect(rankSentence(label, 12, null, 'en')).toBe('Complaints per 100 million yuan ranked 12th');
  });

  it('names a period as the source does: a year, whole months, or the days', () => {
    const both = (from: string, to: string) => [periodWords({ from, to }, 'zh-CN'), periodWords({ from, to }, 'en')];
    expect(both('2013-01-01', '2013-12-31')).toEqual(['2013年', '2013']);
    expect(both('2013-01-01', '2013-07-31')).toEqual(['2013年1-7月', 'January–July 2013']);
    expect(both('2012-02-01', '2012-02-29')).toEqual(['2012年2月', 'February 2012']);
    expect(both('2012-11-01', '2013-02-28')).toEqual(['2012年11月至2013年2月', 'November 2012 to February 2013']);
    expect(both('2013-01-01', '2013-07-15')).toEqual(['2013年1月1日至2013年7月15日', '1 January 2013 to 15 July 2013']);
    expect(both('2013-02-01', '2013-02-28').slice(0, 1)).toEqual(['2013年2月']); // 28 days: the whole month
    expect(both('2013-03-05', '2013-03-05')).toEqual(['2013年3月5日', '5 March 2013']);
  });

  it('opens a paragraph with its period and closes sentences with a full stop', () => {
    const p = { from: '2013-01-01', to: '2013-07-31' };
    const zh = metricSentence(METRICS.ASSESSED_COMPLAINTS, compare(853, 1392), 'YOY', 'zh-CN');
    expect(sentence([inPeriod(p, zh, 'zh-CN')], 'zh-CN')).toBe(
      '2013年1-7月，考核投诉量853宗，同比减少539宗，下降38.72%。',
    );
    const en = metricSentence(METRICS.ASSESSED_COMPLAINTS, compare(853, 1392), 'YOY', 'en');
    expect(sentence([inPeriod(p, en, 'en')], 'en')).toBe(
      'In January–July 2013, assessed complaints: 853, down 539 (−38.72%) year on year.',
    );
    expect(sentence(['投诉处理及时率100%', null, '高于全国系统平均水平'], 'zh-CN')).toBe(
      '投诉处理及时率100%，高于全国系统平均水平。',
    );
  });

  it('lists the activities with what each counts (S9)', () => {
    const items = [
      {
        label: { zh: '单位负责人在线值班', en: 'Unit heads on the 95518 hotline' },
        unit: { zh: '人次', en: 'person-times' },
        count: 40,
      },
      {
        label: { zh: '现场接访', en: 'On-site reception days' },
        unit: { zh: '宗', en: 'complaints taken' },
        count: 39,
      },
    ];
    expect(activitiesSentence(items, 'zh-CN')).toBe('开展单位负责人在线值班40人次、现场接访39宗');
    expect(activitiesSentence(items, 'en')).toBe(
      'Activities: unit heads on the 95518 hotline 40 person-times; on-site reception days 39 complaints taken',
    );
  });
});

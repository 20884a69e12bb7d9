import { describe, expect, it } from 'vitest';
import { compare } from '../metrics/metric.service.js';
import { METRICS } from '../metrics/metric-registry.js';
import { benchmarkPhrase, metricSentence, percent, rankSentence } from './narrative.js';

describe('the narrative', () => {
  it('writes shares as the source does: two decimals, none when they are zeros', () => {
    expect([percent(-0.38721264), percent(-0.322), percent(-0.5), percent(0.1521)]).toEqual(['38.72%', '32.20%', '50%', '15.21%']);
  });

  it('S11: a decrease of a count, by how many and by what share', () => {
    // 853 against 1,392: 539 fewer, 539 ÷ 1392 = 38.72%
    expect(metricSentence(METRICS.ASSESSED_COMPLAINTS, compare(853, 1392), 'YOY', 'zh-CN')).toBe('考核投诉量853宗，同比减少539宗，下降38.72%');
    expect(metricSentence(METRICS.ASSESSED_COMPLAINTS, compare(853, 1392), 'YOY', 'en')).toBe(
      'Assessed complaints: 853, down 539 (−38.72%) year on year',
    );
  });

  it('an increase, no change, and no previous value', () => {
    expect(metricSentence(METRICS.COMPLAINTS, compare(120, 100), 'YOY', 'zh-CN')).toBe('投诉量120宗，同比增加20宗，上升20%');
    expect(metricSentence(METRICS.COMPLAINTS, compare(100, 100), 'YOY', 'zh-CN')).toBe('投诉量100宗，与去年同期持平');
    expect(metricSentence(METRICS.COMPLAINTS, compare(100, 100), 'PREVIOUS', 'en')).toBe('Complaints: 100, unchanged on the previous period');
    expect(metricSentence(METRICS.COMPLAINTS, compare(7, null), 'YOY', 'zh-CN')).toBe('投诉量7宗，同比无可比数据');
    // from none: 5 more, but no share of nothing
    expect(metricSentence(METRICS.COMPLAINTS, compare(5, 0), 'YOY', 'zh-CN')).toBe('投诉量5宗，同比增加5宗');
  });

  it('S6: a rate changes by percentage points', () => {
    // 0.8 against 0.2791: +52.09 points
    expect(metricSentence(METRICS.TIMELY_RATE, compare(0.8, 0.2791), 'YOY', 'zh-CN')).toBe('投诉处理及时率80%，同比提高52.09个百分点');
    expect(metricSentence(METRICS.TIMELY_RATE, compare(0.5, 0.75), 'YOY', 'en')).toBe('Timely handling rate: 50%, down 25.00 percentage points year on year');
  });

  it('S13: a ratio to premium changes by its share', () => {
    expect(metricSentence(METRICS.PER_100M_PREMIUM, compare(3.125, 6.25), 'YOY', 'zh-CN')).toBe('亿元保费投诉量3.13，同比下降50%');
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
});

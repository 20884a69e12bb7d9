import { describe, expect, it } from 'vitest';
import {
  companyFigureKind,
  figureBasis,
  formatComparison,
  formatMetricChange,
  formatMetricValue,
  judgeChange,
  judgeMovement,
} from './metric';
import { formatAxisNumber, formatChangeRate, formatCount, formatSigned } from './number';
import { endOfShanghaiDay, formatInstant, formatPeriod, periodInstant } from './shanghai-date';

describe('formatCount', () => {
  it('keeps counts below 100,000 exact, with grouping', () => {
    expect(formatCount(853)).toBe('853');
    expect(formatCount(99_999)).toBe('99,999');
  });

  it('writes larger counts in 万 and 亿 in Chinese', () => {
    expect(formatCount(225_424)).toBe('22.54万');
    expect(formatCount(123_456_789)).toBe('1.23亿');
    expect(formatCount(99_999_999)).toBe('1.00亿');
  });

  it('keeps full grouping in English', () => {
    expect(formatCount(225_424, 'en')).toBe('225,424');
  });
});

describe('signed figures', () => {
  it('signs changes and relative changes, zero unsigned', () => {
    expect(formatSigned(-539)).toBe('-539');
    expect(formatSigned(12)).toBe('+12');
    expect(formatSigned(0)).toBe('0');
    expect(formatChangeRate(-0.3872)).toBe('-38.72%');
    expect(formatChangeRate(0.05)).toBe('+5.00%');
    expect(formatChangeRate(null)).toBe('—');
  });
});

describe('formatMetricValue', () => {
  it('reads each unit of the registry', () => {
    expect(formatMetricValue(853, 'COUNT')).toBe('853');
    expect(formatMetricValue(0.7871, 'FRACTION')).toBe('78.71%');
    expect(formatMetricValue(7.1912, 'DAYS')).toBe('7.19天');
    expect(formatMetricValue(7.1912, 'DAYS', 'en')).toBe('7.19 days');
    expect(formatMetricValue(3.456, 'PER_100M_YUAN')).toBe('3.46');
    expect(formatMetricValue(123_456_789, 'YUAN')).toBe('1.23亿元');
    expect(formatMetricValue(null, 'FRACTION')).toBe('—');
  });
});

describe('formatMetricChange', () => {
  it('gives a rate’s change in points and a count’s as a signed number', () => {
    expect(formatMetricChange(0.5209, 'FRACTION')).toBe('+52.09 个百分点');
    expect(formatMetricChange(-539, 'COUNT')).toBe('-539');
    expect(formatMetricChange(-250_000_000, 'YUAN')).toBe('-2.50亿元');
    expect(formatMetricChange(0.1, 'PER_100M_YUAN')).toBe('+0.10');
  });
});

describe('formatComparison (同比 wording)', () => {
  it('says 同比 with a signed percentage for counts and ratios', () => {
    expect(formatComparison({ change: -539, changeRate: -0.3872 }, 'COUNT')).toBe('同比 -38.72%');
    expect(formatComparison({ change: -1, changeRate: -0.5 }, 'PER_100M_YUAN')).toBe('同比 -50.00%');
    expect(formatComparison({ change: 1, changeRate: 0.1521 }, 'COUNT', 'en')).toBe('YoY +15.21%');
  });

  it('says 同比 in points for a rate', () => {
    expect(formatComparison({ change: 0.5209, changeRate: 1.95 }, 'FRACTION')).toBe('同比 +52.09 个百分点');
  });

  it('says 环比 for the previous period, and a dash without a previous figure', () => {
    expect(formatComparison({ change: 3, changeRate: 0.1 }, 'COUNT', 'zh-CN', 'PREVIOUS')).toBe('环比 +10.00%');
    expect(formatComparison({ change: null, changeRate: null }, 'COUNT')).toBe('同比 —');
  });
});

describe('judgeChange', () => {
  it('judges by the metric’s direction', () => {
    expect(judgeChange(-539, 'LOWER')).toBe('better');
    expect(judgeChange(0.52, 'HIGHER')).toBe('better');
    expect(judgeChange(0.1, 'LOWER')).toBe('worse');
    expect(judgeChange(0, 'LOWER')).toBe('same');
    expect(judgeChange(5, 'NONE')).toBe('none');
    expect(judgeChange(null, 'LOWER')).toBe('none');
  });
});

describe('judgeMovement', () => {
  it('calls Guangzhou’s fall from 1st to 3rd on a descending ranking of a lower-is-better metric an improvement', () => {
    expect(judgeMovement(-2, 'LOWER', 'DESC')).toBe('better');
    expect(judgeMovement(2, 'LOWER', 'DESC')).toBe('worse');
  });

  it('turns with the order and the direction', () => {
    expect(judgeMovement(-2, 'LOWER', 'ASC')).toBe('worse');
    expect(judgeMovement(3, 'HIGHER', 'DESC')).toBe('better');
    expect(judgeMovement(3, 'HIGHER', 'ASC')).toBe('worse');
    expect(judgeMovement(0, 'LOWER', 'DESC')).toBe('same');
    expect(judgeMovement(1, 'NONE', 'DESC')).toBe('none');
    expect(judgeMovement(null, 'LOWER', 'DESC')).toBe('none');
  });
});

describe('the words of a figure', () => {
  it('names the basis of complaint-based figures only; 考核投诉量 is always assessed', () => {
    const metric = (key: string, complaintBased = true) => ({ key, complaintBased });
    expect(figureBasis(metric('PER_100M_PREMIUM'), false)).toBe('ALL');
    expect(figureBasis(metric('PER_100M_PREMIUM'), true)).toBe('ASSESSED');
    expect(figureBasis(metric('ASSESSED_COMPLAINTS'), false)).toBe('ASSESSED');
    expect(figureBasis(metric('PREMIUM', false), true)).toBeNull();
  });

  it('calls the company figure a total for additive metrics, a level for ratios', () => {
    expect(companyFigureKind([{ additive: true }])).toBe('total');
    expect(companyFigureKind([{ additive: false }, { additive: false }])).toBe('level');
    expect(companyFigureKind([{ additive: true }, { additive: false }])).toBe('mixed');
  });
});

describe('formatAxisNumber', () => {
  it('keeps axis ticks short', () => {
    expect(formatAxisNumber(120_000)).toBe('12万');
    expect(formatAxisNumber(150_000_000)).toBe('1.5亿');
    expect(formatAxisNumber(0.35)).toBe('0.35');
    expect(formatAxisNumber(2_500_000, 'en')).toBe('2.5m');
    expect(formatAxisNumber(400)).toBe('400');
  });
});

describe('Shanghai instants and periods', () => {
  it('shows an instant as Shanghai wall-clock time', () => {
    expect(formatInstant('2012-12-31T17:30:00Z')).toBe('2013-01-01 01:30');
    expect(formatInstant('2013-07-31T15:59:59.999Z')).toBe('2013-07-31 23:59');
    expect(formatInstant(null)).toBe('—');
  });

  it('ends a Shanghai day at 23:59:59.999+08:00', () => {
    expect(new Date(endOfShanghaiDay('2013-07-31')).toISOString()).toBe('2013-07-31T15:59:59.999Z');
  });

  it('judges a period’s stocks and statuses at the end of its last day, or now while it runs', () => {
    const now = new Date('2013-07-31T08:00:00Z');
    expect(periodInstant('2013-06-30', now)).toBe('2013-06-30T23:59:59.999+08:00');
    expect(periodInstant('2013-07-31', now)).toBe('2013-07-31T08:00:00.000Z');
    expect(new Date(periodInstant('2013-07-30', now)).toISOString()).toBe('2013-07-30T15:59:59.999Z');
  });

  it('writes a period in both languages', () => {
    expect(formatPeriod({ from: '2013-01-01', to: '2013-07-31' }, 'zh-CN')).toBe('2013年1月1日至2013年7月31日');
    expect(formatPeriod({ from: '2013-01-01', to: '2013-07-31' }, 'en')).toBe('1 Jan 2013 – 31 Jul 2013');
  });
});

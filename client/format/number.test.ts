import { describe, expect, it } from 'vitest';
import { formatDecimal, formatInteger, formatPercent, formatPoints, formatYuan, NO_VALUE } from './number';

describe('formatInteger', () => {
  it('groups thousands', () => {
    expect(formatInteger(1234567)).toBe('1,234,567');
    expect(formatInteger(0)).toBe('0');
    expect(formatInteger(-4321)).toBe('-4,321');
  });

  it('shows a dash for a missing value, not 0', () => {
    expect(formatInteger(null)).toBe(NO_VALUE);
    expect(formatInteger(undefined)).toBe(NO_VALUE);
    expect(formatInteger(Number.NaN)).toBe(NO_VALUE);
  });
});

describe('formatDecimal', () => {
  it('rounds to the asked number of decimals', () => {
    expect(formatDecimal(3.456)).toBe('3.46');
    expect(formatDecimal(12345.6, 1)).toBe('12,345.6');
  });
});

describe('formatPercent', () => {
  it('shows a fraction as a percentage with two decimals', () => {
    expect(formatPercent(0.7871)).toBe('78.71%');
    expect(formatPercent(1)).toBe('100.00%');
    expect(formatPercent(0)).toBe('0.00%');
    expect(formatPercent(0.123456)).toBe('12.35%');
  });

  it('shows a dash when the ratio has no value', () => {
    expect(formatPercent(null)).toBe(NO_VALUE);
  });
});

describe('formatPoints', () => {
  it('shows a change in a rate as signed percentage points', () => {
    expect(formatPoints(0.5209)).toBe('+52.09 个百分点');
    expect(formatPoints(-0.0125)).toBe('-1.25 个百分点');
    expect(formatPoints(0.5209, 'en')).toBe('+52.09 pp');
  });
});

describe('formatYuan', () => {
  it('uses 亿元 from one hundred million yuan', () => {
    expect(formatYuan(123_456_789)).toBe('1.23亿元');
    expect(formatYuan(1_234_567_890_123)).toBe('12,345.68亿元');
  });

  it('uses 万元 from ten thousand yuan', () => {
    expect(formatYuan(45_678_900)).toBe('4,567.89万元');
    expect(formatYuan(10_000)).toBe('1.00万元');
  });

  it('shows smaller amounts in yuan with grouping', () => {
    expect(formatYuan(9_999)).toBe('9,999元');
    expect(formatYuan(0)).toBe('0元');
  });

  it('moves up to 亿元 where 万元 would round to 10,000.00万元', () => {
    expect(formatYuan(99_999_999)).toBe('1.00亿元');
  });

  it('keeps the sign of a negative amount', () => {
    expect(formatYuan(-250_000_000)).toBe('-2.50亿元');
  });

  it('uses millions and billions in English', () => {
    expect(formatYuan(123_456_789, 'en')).toBe('CNY 123.46 m');
    expect(formatYuan(1_234_567_890, 'en')).toBe('CNY 1.23 bn');
    expect(formatYuan(9_999, 'en')).toBe('CNY 9,999');
  });

  it('shows a dash for a missing amount', () => {
    expect(formatYuan(null)).toBe(NO_VALUE);
  });
});

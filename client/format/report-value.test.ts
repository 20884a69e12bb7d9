import { describe, expect, it } from 'vitest';
import { formatReportCell, formatReportChange, formatReportNumber } from './report-value';

describe('formatReportNumber (a report column’s format)', () => {
  it('writes counts in full with grouping, never in 万', () => {
    expect(formatReportNumber(853, 'COUNT')).toBe('853');
    expect(formatReportNumber(225_424, 'COUNT')).toBe('225,424');
  });

  it('writes decimals, rates, points and days with two decimals', () => {
    expect(formatReportNumber(28.8567, 'DECIMAL')).toBe('28.86');
    expect(formatReportNumber(-0.3872, 'PERCENT')).toBe('-38.72%');
    expect(formatReportNumber(0.5209, 'POINTS')).toBe('+52.09 个百分点');
    expect(formatReportNumber(0.5209, 'POINTS', 'en')).toBe('+52.09 pp');
    expect(formatReportNumber(7.1912, 'DAYS')).toBe('7.19天');
  });

  it('keeps money in 万元 (millions in English) whatever its size, so a column reads on one scale', () => {
    expect(formatReportNumber(2_956_000_000, 'YUAN')).toBe('295,600.00万元');
    expect(formatReportNumber(45_000, 'YUAN')).toBe('4.50万元');
    expect(formatReportNumber(2_956_000_000, 'YUAN', 'en')).toBe('CNY 2,956.00 m');
  });

  it('writes ranks as places', () => {
    expect(formatReportNumber(3, 'RANK')).toBe('第3名');
    expect(formatReportNumber(3, 'RANK', 'en')).toBe('3rd');
    expect(formatReportNumber(12, 'RANK', 'en')).toBe('12th');
    expect(formatReportNumber(21, 'RANK', 'en')).toBe('21st');
  });

  it('shows no value as a dash, never as 0', () => {
    expect(formatReportNumber(null, 'COUNT')).toBe('—');
    expect(formatReportCell({ number: null, text: null }, 'PERCENT')).toBe('—');
  });
});

describe('formatReportCell', () => {
  it('prefers the number, else the text', () => {
    expect(formatReportCell({ number: 0.9708, text: null }, 'PERCENT')).toBe('97.08%');
    expect(formatReportCell({ number: null, text: '广州市分公司' }, 'TEXT')).toBe('广州市分公司');
    const label = { number: null, text: '考核投诉量', textEn: 'Assessed complaints' };
    expect([formatReportCell(label, 'TEXT', 'zh-CN'), formatReportCell(label, 'TEXT', 'en')]).toEqual([
      '考核投诉量',
      'Assessed complaints',
    ]);
    expect(formatReportCell({ number: null, text: '2013-01', textEn: null }, 'TEXT', 'en')).toBe('2013-01');
  });
});

describe('formatReportChange (restatement differences)', () => {
  it('signs changes in the column’s scale, rates in points', () => {
    expect(formatReportChange(2, 'COUNT')).toBe('+2');
    expect(formatReportChange(-0.0012, 'PERCENT')).toBe('-0.12 个百分点');
    expect(formatReportChange(-15_000, 'YUAN')).toBe('-1.50万元');
    expect(formatReportChange(0.013, 'DECIMAL')).toBe('+0.01');
    expect(formatReportChange(null, 'COUNT')).toBe('—');
  });
});

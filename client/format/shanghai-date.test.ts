import { describe, expect, it } from 'vitest';
import { formatIsoDate, isIsoDate, parseIsoDate, shanghaiDate, todayInShanghai } from './shanghai-date';

describe('todayInShanghai', () => {
  it('is already the next day in Shanghai once UTC passes 16:00', () => {
    expect(todayInShanghai(new Date('2012-12-31T16:30:00Z'))).toBe('2013-01-01');
  });

  it('is still the same day in Shanghai just before 16:00 UTC', () => {
    expect(todayInShanghai(new Date('2012-12-31T15:59:59.999Z'))).toBe('2012-12-31');
  });

  it('turns over exactly at Shanghai midnight', () => {
    expect(todayInShanghai(new Date('2013-01-01T16:00:00Z'))).toBe('2013-01-02');
  });

  it('reaches 29 February in a leap year', () => {
    expect(shanghaiDate(new Date('2016-02-28T16:00:00Z'))).toBe('2016-02-29');
  });
});

describe('parseIsoDate and isIsoDate', () => {
  it('accepts a real calendar date', () => {
    expect(parseIsoDate('2013-01-01')).toEqual({ year: 2013, month: 1, day: 1 });
    expect(isIsoDate('2016-02-29')).toBe(true);
  });

  it('rejects dates that do not exist', () => {
    expect(isIsoDate('2013-02-29')).toBe(false);
    expect(isIsoDate('2013-02-30')).toBe(false);
    expect(isIsoDate('2013-13-01')).toBe(false);
    expect(isIsoDate('2013-00-10')).toBe(false);
  });

  it('rejects other spellings and empty values', () => {
    expect(isIsoDate('2013-1-1')).toBe(false);
    expect(isIsoDate('2013/01/01')).toBe(false);
    expect(isIsoDate('2013-01-01T00:00:00Z')).toBe(false);
    expect(isIsoDate('')).toBe(false);
    expect(isIsoDate(null)).toBe(false);
    expect(isIsoDate(undefined)).toBe(false);
  });
});

describe('formatIsoDate', () => {
  it('writes the date in Chinese and in English without shifting the day', () => {
    expect(formatIsoDate('2013-01-01', 'zh-CN')).toBe('2013年1月1日');
    expect(formatIsoDate('2013-01-01', 'en')).toBe('1 Jan 2013');
  });

  it('returns text that is not a date unchanged', () => {
    expect(formatIsoDate('yesterday', 'zh-CN')).toBe('yesterday');
  });
});

import { describe, expect, it } from 'vitest';
import { checkPeriod, endOfShanghaiDay, isCalendarDate, shanghaiDate, startOfShanghaiDay } from './shanghai-time.js';

describe('Shanghai time', () => {
  it('puts 2012-12-31T16:30Z on 2013-01-01, the Shanghai date', () => {
    expect(shanghaiDate(new Date('2012-12-31T16:30:00Z'))).toBe('2013-01-01');
    expect(shanghaiDate(new Date('2012-12-31T15:59:59.999Z'))).toBe('2012-12-31');
  });

  it('starts and ends a local day at UTC+8', () => {
    expect(startOfShanghaiDay('2013-01-01').toISOString()).toBe('2012-12-31T16:00:00.000Z');
    expect(endOfShanghaiDay('2013-01-01').toISOString()).toBe('2013-01-01T15:59:59.999Z');
  });

  it('accepts real calendar dates only', () => {
    expect(isCalendarDate('2012-02-29')).toBe(true);
    expect(isCalendarDate('2013-02-29')).toBe(false);
    expect(isCalendarDate('2013-1-5')).toBe(false);
    expect(isCalendarDate('2013-01-05T00:00')).toBe(false);
  });

  it('rejects a period that ends before it starts, naming both dates', () => {
    expect(() => checkPeriod({ from: '2013-02-01', to: '2013-01-31' })).toThrow(
      'period.from 2013-02-01 is after period.to 2013-01-31',
    );
    expect(() => checkPeriod({ from: '2013-13-01', to: '2013-12-31' })).toThrow(
      'period.from "2013-13-01" is not a date',
    );
  });
});

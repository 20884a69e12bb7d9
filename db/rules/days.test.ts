import { describe, expect, it } from 'vitest';
import { addDays, WorkingDayCalendar } from './calendar.js';
import { dateOfDay, dayNumber, endOfShanghaiDay, shanghaiDateOf } from './days.js';

// The remembered conversions give what parsing and printing each time gave, across the tables'
// emptying when full, for days before 1970 too.

const DAY_MS = 86_400_000;
const printed = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

describe('dates and day numbers, remembered', () => {
  it('turns every day of 1900–2100 into its date and back, twice (the second time remembered)', () => {
    for (const pass of [1, 2]) {
      for (let day = dayNumber('1900-01-01'); day <= dayNumber('2100-12-31'); day += 1) {
        const date = dateOfDay(day);
        if (date !== printed(day)) throw new Error(`pass ${pass}: day ${day} printed ${date}`);
        if (dayNumber(date) !== day) throw new Error(`pass ${pass}: ${date} read as ${dayNumber(date)}`);
      }
    }
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dateOfDay(0)).toBe('1970-01-01');
    expect(dayNumber('not a date')).toBeNaN();
  });

  it('adds days across months, leap days and 1970, as the Date arithmetic did', () => {
    expect(addDays('2012-02-28', 1)).toBe('2012-02-29');
    expect(addDays('2013-02-28', 1)).toBe('2013-03-01');
    expect(addDays('1970-01-02', -3)).toBe('1969-12-30');
    expect(addDays('2013-12-31', 365)).toBe('2014-12-31');
  });

  it('knows the weekday of any date, before 1970 too', () => {
    const calendar = new WorkingDayCalendar(
      [1968, 1969, 1970, 2013, 2024].map((y) => ({ date: `${y}-12-31`, isWorkingDay: true })),
    );
    // A weekday: Monday to Friday, by the Date's own reckoning; the 31 Decembers are rows of their own.
    for (const year of [1968, 1969, 1970, 2013, 2024]) {
      for (let day = dayNumber(`${year}-01-01`); day < dayNumber(`${year}-12-31`); day += 1) {
        const weekday = new Date(day * DAY_MS).getUTCDay();
        expect(calendar.isWorkingDay(dateOfDay(day))).toBe(weekday >= 1 && weekday <= 5);
      }
    }
  });

  it('puts an instant on its Shanghai date at the midnight edges, and ends a Shanghai day at 23:59:59.999', () => {
    expect(shanghaiDateOf(new Date('2012-12-31T15:59:59.999Z'))).toBe('2012-12-31');
    expect(shanghaiDateOf(new Date('2012-12-31T16:00:00.000Z'))).toBe('2013-01-01');
    expect(shanghaiDateOf(new Date('1969-12-31T15:59:59.999Z'))).toBe('1969-12-31');
    expect(shanghaiDateOf(new Date('1969-12-31T16:00:00.000Z'))).toBe('1970-01-01');
    expect(endOfShanghaiDay('2013-01-01').toISOString()).toBe('2013-01-01T15:59:59.999Z');
    expect(endOfShanghaiDay('1969-12-31').toISOString()).toBe('1969-12-31T15:59:59.999Z');
  });
});

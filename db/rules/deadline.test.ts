import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CalendarMissing, WorkingDayCalendar, type CalendarRow } from './calendar.js';
import { computeDeadline, DeadlineRefused, type DeadlineFacts } from './deadline.js';
import { SHIPPED_RULE_SETS } from './rule-sets.js';

// RULES.md §6, the acceptance examples, exactly: every deadline from the shipped rule sets and the
// shipped calendar (db/rules/calendar.csv).

const rows: CalendarRow[] = readFileSync(new URL('./calendar.csv', import.meta.url), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [date, working] = line.split(',');
    return { date, isWorkingDay: working === 'true' };
  });
const calendar = new WorkingDayCalendar(rows);
const at = (shanghai: string) => new Date(`${shanghai}+08:00`);
const due = (facts: DeadlineFacts) => computeDeadline(facts, SHIPPED_RULE_SETS, calendar);
const shanghai = (instant: Date | null) =>
  instant ? new Date(instant.getTime() + 8 * 3_600_000).toISOString().replace('Z', '') : null;

describe('the shipped calendar', () => {
  it('knows 2008 to 2026, holidays on weekdays and make-up weekend days, the 2020 extension included', () => {
    expect(calendar.knownYears[0]).toBe(2008);
    expect(calendar.knows(2026)).toBe(true);
    expect(calendar.knows(2007)).toBe(false);
    expect(calendar.isWorkingDay('2014-01-01')).toBe(false); // 元旦, a Wednesday
    expect(calendar.isWorkingDay('2014-10-11')).toBe(true); // make-up Saturday
    expect(calendar.isWorkingDay('2014-10-12')).toBe(false); // a plain Sunday
    expect(calendar.isWorkingDay('2020-01-31')).toBe(false); // the extended Spring Festival (国办发明电〔2020〕1号)
    expect(calendar.isWorkingDay('2020-02-01')).toBe(false); // no longer a make-up Saturday
    expect(calendar.isWorkingDay('2013-09-22')).toBe(true); // make-up Sunday before 中秋
  });
});

describe('RULES.md §6, the acceptance examples', () => {
  it.each([
    ['A1', '2013-12-30T10:00:00', 'SIMPLE', '2014-01-14T23:59:59.999', 'CIRC_2013'],
    ['A2', '2014-09-30T16:00:00', 'SIMPLE', '2014-10-20T23:59:59.999', 'CIRC_2013'],
    ['A3', '2014-09-30T16:00:00', 'COMPLEX', '2014-10-30T23:59:59.999', 'CIRC_2013'],
    ['A4', '2014-10-11T09:00:00', 'SIMPLE', '2014-10-24T23:59:59.999', 'CIRC_2013'],
    ['A6', '2020-02-29T23:30:00', 'SIMPLE', '2020-03-13T23:59:59.999', 'CIRC_2013'],
    ['A7', '2020-09-16T14:00:00', 'SIMPLE', '2020-10-01T23:59:59.999', 'CBIRC_2020'],
  ] as const)('%s: received %s, %s: due %s under %s', (_, received, handlingClass, expected, code) => {
    const deadline = due({ receivedAt: at(received), handlingClass });
    expect(shanghai(deadline.dueAt)).toBe(expected);
    expect(deadline).toMatchObject({ source: 'DEFAULT', ruleSet: { code, version: 1 } });
  });

  it('A2: the third working day after 2014-09-30 is 10-10 (the 3-day closure window)', () => {
    expect(calendar.nthWorkingDayAfter('2014-09-30', 3)).toBe('2014-10-10');
  });

  it('A5: 2020-02-29T16:30:00Z is 2020-03-01 00:30 in Shanghai, under the 2020 rule: 15 days', () => {
    const deadline = due({ receivedAt: new Date('2020-02-29T16:30:00Z'), handlingClass: 'SIMPLE' });
    expect(deadline.dueAt?.toISOString()).toBe('2020-03-16T15:59:59.999Z');
    expect(deadline.ruleSet.code).toBe('CBIRC_2020');
  });

  it('A8: a mediation pause of 10 days moves a 30-day deadline 10 days later', () => {
    const deadline = due({
      receivedAt: at('2020-06-10T09:00:00'),
      handlingClass: 'COMPLEX',
      pauses: [{ kind: 'MEDIATION', startAt: at('2020-06-15T09:00:00'), endAt: at('2020-06-25T09:00:00') }],
    });
    expect(deadline.lastDay).toBe('2020-07-10');
    expect(deadline.pauses[0]).toMatchObject({ days: 10, workingDays: null, counted: true });
    expect(shanghai(deadline.dueAt)).toBe('2020-07-20T23:59:59.999');
    expect(shanghai(deadline.cap)).toBe('2020-08-19T23:59:59.999');
  });

  it('A9: an appraisal pause of 10 days (8 working) moves a working-day deadline 8 working days', () => {
    const deadline = due({
      receivedAt: at('2014-03-03T10:00:00'),
      handlingClass: 'SIMPLE',
      pauses: [{ kind: 'APPRAISAL', startAt: at('2014-03-05T00:00:00'), endAt: at('2014-03-15T00:00:00') }],
    });
    expect(deadline.lastDay).toBe('2014-03-17');
    expect(deadline.pauses[0]).toMatchObject({ days: 10, workingDays: 8, counted: true });
    expect(shanghai(deadline.dueAt)).toBe('2014-03-27T23:59:59.999');
  });

  it('A10: an extension to the cap (2020-08-09) is accepted, a day later refused naming the maximum', () => {
    const facts = { receivedAt: at('2020-06-10T09:00:00'), handlingClass: 'COMPLEX' as const };
    const extended = due({ ...facts, extendedDueAt: at('2020-08-09T23:59:59.999') });
    expect(shanghai(extended.dueAt)).toBe('2020-08-09T23:59:59.999');
    expect(extended.source).toBe('EXTENDED');
    expect(() => due({ ...facts, extendedDueAt: at('2020-08-10T23:59:59.999') })).toThrow(
      new DeadlineRefused('extended_due_at', '2020-08-10 is after the maximum 2020-08-09 of CBIRC_2020 (60 days)'),
    );
  });

  it('A11: a working-day deadline in 2007, a year the calendar does not know, is refused naming it', () => {
    expect(() => due({ receivedAt: at('2007-06-01T10:00:00'), handlingClass: 'SIMPLE' })).toThrow(
      new CalendarMissing(2007),
    );
    expect(() => due({ receivedAt: at('2007-06-01T10:00:00'), handlingClass: 'SIMPLE' })).toThrow(
      'no working-day calendar for 2007',
    );
  });
});

describe('pauses, extensions and explicit deadlines', () => {
  const facts = { receivedAt: at('2020-06-10T09:00:00'), handlingClass: 'COMPLEX' as const };

  it('counts a pause that lasts partly over a day as a whole day (9 days 2 hours → 10)', () => {
    const deadline = due({
      ...facts,
      pauses: [{ kind: 'TESTING', startAt: at('2020-06-15T09:00:00'), endAt: at('2020-06-24T11:00:00') }],
    });
    expect(deadline.pauses[0].days).toBe(10);
  });

  it('does not count a pause that starts after the deadline found so far, and says so', () => {
    const deadline = due({
      ...facts,
      pauses: [{ kind: 'MEDIATION', startAt: at('2020-07-11T00:00:00'), endAt: at('2020-07-20T00:00:00') }],
    });
    expect(deadline.pauses[0].counted).toBe(false);
    expect(shanghai(deadline.dueAt)).toBe('2020-07-10T23:59:59.999');
  });

  it('applies pauses in order of start, a later one counted against the moved deadline', () => {
    const deadline = due({
      ...facts,
      pauses: [
        { kind: 'MEDIATION', startAt: at('2020-07-15T00:00:00'), endAt: at('2020-07-16T00:00:00') },
        { kind: 'APPRAISAL', startAt: at('2020-06-15T09:00:00'), endAt: at('2020-06-25T09:00:00') },
      ],
    });
    expect(deadline.pauses.map((p) => [p.kind, p.counted])).toEqual([
      ['APPRAISAL', true],
      ['MEDIATION', true],
    ]);
    expect(shanghai(deadline.dueAt)).toBe('2020-07-21T23:59:59.999');
  });

  it('has no deadline while a counted pause lasts (暂停中)', () => {
    const deadline = due({
      ...facts,
      pauses: [{ kind: 'EVALUATION', startAt: at('2020-06-15T09:00:00'), endAt: null }],
    });
    expect(deadline.dueAt).toBeNull();
    expect(deadline.source).toBe('DEFAULT');
  });

  it('lets an explicit due_at win within the cap, with no pauses added, and refuses one past it or before receipt', () => {
    const explicit = due({ ...facts, dueAt: at('2020-07-01T18:00:00') });
    expect(explicit).toMatchObject({ source: 'EXPLICIT', dueAt: at('2020-07-01T18:00:00') });
    expect(() => due({ ...facts, dueAt: at('2020-08-10T00:00:00') })).toThrow(
      '2020-08-10 is after the maximum 2020-08-09 of CBIRC_2020',
    );
    expect(() => due({ ...facts, dueAt: at('2020-06-01T00:00:00') })).toThrow(DeadlineRefused);
  });

  it('refuses an extension not later than the default deadline, and both an extension and a due_at', () => {
    expect(() => due({ ...facts, extendedDueAt: at('2020-07-10T23:59:59.999') })).toThrow(
      'is not later than the default deadline 2020-07-10',
    );
    expect(() => due({ ...facts, dueAt: at('2020-07-01T00:00:00'), extendedDueAt: at('2020-08-01T00:00:00') })).toThrow(
      'not both',
    );
  });
});

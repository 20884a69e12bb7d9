// Deadlines through the import path (RULES.md §1–§2): the rule set in force, extensions and the cap,
// an unknown calendar year, pauses, and a calendar correction recomputing a stored deadline.
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { createImportFixture, UNITS_CSV, type ImportFixture } from './helpers.js';

let fx: ImportFixture;
const now = new Date('2027-06-01T00:00:00+08:00');

beforeAll(async () => {
  fx = await createImportFixture();
  await fx.run('units', await fx.csv('units.csv', UNITS_CSV));
});
afterAll(() => fx.close());
beforeEach(async () => {
  await fx.query('truncate complaint cascade');
});

const HEADER =
  'ref,received_at,channel,unit_code,line,category,handling_class,due_at,closed_at,extended_due_at,extension_reason,extension_approver';

async function complaint(ref: string) {
  const [row] = await fx.query(
    `select due_at, due_source, rule_set_code, rule_set_version, handling_class, calendar_version from complaint where ref = $1`,
    [ref],
  );
  return row;
}

const endOf = (date: string) => new Date(`${date}T23:59:59.999+08:00`);

describe('complaints', () => {
  test('A10: an extension up to the cap is kept with its source; one day beyond it is refused', async () => {
    const good = await fx.csv('a10.csv', [
      HEADER,
      'A10,2020-06-10 09:00,ONLINE,GZ,AUTO,CLAIMS,COMPLEX,,,2020-08-09,复杂案件,分公司总经理',
    ]);
    await fx.run('complaints', good, { now });
    expect(await complaint('A10')).toMatchObject({
      due_at: endOf('2020-08-09'),
      due_source: 'EXTENDED',
      rule_set_code: 'CBIRC_2020',
      rule_set_version: 1,
      handling_class: 'COMPLEX',
      calendar_version: null,
    });

    const bad = await fx.csv('a10-bad.csv', [
      HEADER,
      'A10,2020-06-10 09:00,ONLINE,GZ,AUTO,CLAIMS,COMPLEX,,,2020-08-10,复杂案件,分公司总经理',
      'B1,2020-06-10 09:00,ONLINE,GZ,AUTO,CLAIMS,,2020-06-20,,2020-07-01,x,y',
      'B2,2020-06-10 09:00,ONLINE,GZ,AUTO,CLAIMS,,2020-08-10,,,,',
      'B3,2020-06-10 09:00,ONLINE,GZ,AUTO,CLAIMS,,,,2020-07-01,,',
      'B4,2020-06-10 09:00,ONLINE,GZ,AUTO,CLAIMS,URGENT,,,,,y',
      'B5,2007-06-01 10:00,ONLINE,GZ,AUTO,CLAIMS,,,,,,',
      'B6,2020-06-10 09:00,ONLINE,GZ,AUTO,CLAIMS,,,,2020-06-20,x,y',
    ]);
    expect((await fx.rejection('complaints', bad, { now })).lines).toEqual([
      `${bad}:2: extended_due_at: 2020-08-10 is after the maximum 2020-08-09 of CBIRC_2020 (60 days)`,
      `${bad}:3: extended_due_at: give due_at or extended_due_at, not both`,
      `${bad}:4: due_at: 2020-08-10 is after the maximum 2020-08-09 of CBIRC_2020 (60 days)`,
      `${bad}:5: extension_reason: an extension needs its reason`,
      `${bad}:5: extension_approver: an extension needs its approver`,
      `${bad}:6: handling_class: "URGENT" is not one of SIMPLE, COMPLEX`,
      `${bad}:6: extension_approver: given without extended_due_at`,
      `${bad}:7: received_at: no working-day calendar for 2007`,
      `${bad}:8: extended_due_at: 2020-06-20 is not later than the default deadline 2020-06-25`,
    ]);
    expect(await complaint('A10')).toMatchObject({ due_at: endOf('2020-08-09') });
  });

  test('A5 and A6: the rule set is chosen by the receipt instant in Shanghai time', async () => {
    const file = await fx.csv('a5.csv', [
      HEADER,
      'A5,2020-02-29T16:30:00Z,ONLINE,GZ,AUTO,CLAIMS,,,,,,',
      'A6,2020-02-29 23:30,ONLINE,GZ,AUTO,CLAIMS,,,,,,',
    ]);
    await fx.run('complaints', file, { now });
    expect(await complaint('A5')).toMatchObject({ due_at: endOf('2020-03-16'), rule_set_code: 'CBIRC_2020' });
    expect(await complaint('A6')).toMatchObject({
      due_at: endOf('2020-03-13'),
      rule_set_code: 'CIRC_2013',
      calendar_version: 1,
    });
  });
});

describe('pauses', () => {
  test('A8: a mediation pause of 10 days moves a COMPLEX deadline from 07-10 to 07-20; an open pause is PAUSED', async () => {
    await fx.run(
      'complaints',
      await fx.csv('a8.csv', [HEADER, 'A8,2020-06-10 09:00,ONLINE,GZ,AUTO,CLAIMS,COMPLEX,,,,,']),
      { now },
    );
    expect(await complaint('A8')).toMatchObject({ due_at: endOf('2020-07-10'), due_source: 'DEFAULT' });

    const open = await fx.csv('open.csv', [
      'complaint_ref,kind,start_at,end_at,note',
      'A8,MEDIATION,2020-06-15 09:00,,调解中',
    ]);
    expect(await fx.run('pauses', open, { now })).toMatchObject({ inserted: 1, recomputed: 1 });
    expect(await complaint('A8')).toMatchObject({ due_at: null, due_source: 'DEFAULT' });

    const ended = await fx.csv('ended.csv', [
      'complaint_ref,kind,start_at,end_at,note',
      'A8,MEDIATION,2020-06-15 09:00,2020-06-25 09:00,调解结束',
    ]);
    expect(await fx.run('pauses', ended, { now })).toMatchObject({ updated: 1, recomputed: 1 });
    expect(await complaint('A8')).toMatchObject({ due_at: endOf('2020-07-20') });
    expect(await fx.query('select days, working_days, counted from complaint_pause')).toEqual([
      { days: 10, working_days: null, counted: true },
    ]);
    // Idempotent: the same file again changes nothing.
    expect(await fx.run('pauses', ended, { now })).toMatchObject({ unchanged: 1, recomputed: 0 });

    // The cap grows by the pause: an extension to 08-19 is now allowed (A10 with A8's pause).
    await fx.run(
      'complaints',
      await fx.csv('a8-ext.csv', [HEADER, 'A8,2020-06-10 09:00,ONLINE,GZ,AUTO,CLAIMS,COMPLEX,,,2020-08-19,x,y']),
      { now },
    );
    expect(await complaint('A8')).toMatchObject({ due_at: endOf('2020-08-19'), due_source: 'EXTENDED' });
  });

  test('refuses pauses that overlap, start before receipt, end before their start or after closure', async () => {
    await fx.run(
      'complaints',
      await fx.csv('p.csv', [
        HEADER,
        'P1,2020-06-10 09:00,ONLINE,GZ,AUTO,CLAIMS,,,,,,',
        'P2,2020-06-10 09:00,ONLINE,GZ,AUTO,CLAIMS,,,2020-06-20 09:00,,,',
      ]),
      { now },
    );
    const file = await fx.csv('bad-pauses.csv', [
      'complaint_ref,kind,start_at,end_at,note',
      'P1,APPRAISAL,2020-06-11 09:00,2020-06-13 09:00,',
      'P1,TESTING,2020-06-12 09:00,2020-06-14 09:00,',
      'P1,MEDIATION,2020-06-09 09:00,2020-06-10 10:00,',
      'P1,MEDIATION,2020-06-20 09:00,2020-06-19 09:00,',
      'P2,EVALUATION,2020-06-12 09:00,2020-06-21 09:00,',
      'P2,EVALUATION,2020-06-15 09:00,,',
      'P9,EVALUATION,2020-06-15 09:00,,',
    ]);
    expect((await fx.rejection('pauses', file, { now })).lines).toEqual([
      `${file}:2: start_at: the pause overlaps another pause of complaint "P1" (from 2020-06-12 09:00:00)`,
      `${file}:3: start_at: the pause overlaps another pause of complaint "P1" (from 2020-06-11 09:00:00)`,
      `${file}:4: start_at: 2020-06-09 09:00:00 is before complaint "P1" was received (2020-06-10 09:00:00)`,
      `${file}:5: end_at: "2020-06-19 09:00" is not after start_at`,
      `${file}:6: end_at: 2020-06-21 09:00:00 is after complaint "P2" was closed (2020-06-20 09:00:00)`,
      `${file}:6: start_at: the pause overlaps another pause of complaint "P2" (from 2020-06-15 09:00:00)`,
      `${file}:7: end_at: a value is required: complaint "P2" is closed (2020-06-20 09:00:00)`,
      `${file}:7: start_at: the pause overlaps another pause of complaint "P2" (from 2020-06-12 09:00:00)`,
      `${file}:8: complaint_ref: no complaint has ref "P9"`,
    ]);
    expect(await fx.query('select * from complaint_pause')).toEqual([]);
  });
});

describe('calendar', () => {
  test('a correction of 2020-02-01 is a new calendar version and recomputes the deadline it moves', async () => {
    // CIRC_2013, 10 working days from Monday 2020-01-20: 21–23, then the extended Spring Festival
    // (to 2 February), 02-03…02-07, 02-10, 02-11.
    await fx.run(
      'complaints',
      await fx.csv('sf.csv', [
        HEADER,
        'SF,2020-01-20 10:00,ONLINE,GZ,AUTO,CLAIMS,,,,,,',
        'LATER,2020-02-20 10:00,ONLINE,GZ,AUTO,CLAIMS,,,,,,',
      ]),
      { now },
    );
    expect(await complaint('SF')).toMatchObject({ due_at: endOf('2020-02-11'), calendar_version: 1 });

    // The first notice made Saturday 1 February a working day: then 02-01 is the 4th, 02-10 the 10th.
    const first = await fx.csv('cal.csv', ['date,is_working_day,note', '2020-02-01,true,春节调休上班（原通知）']);
    expect(await fx.run('calendar', first, { now })).toMatchObject({ inserted: 1, recomputed: 1 });
    expect(await complaint('SF')).toMatchObject({ due_at: endOf('2020-02-10'), calendar_version: 2 });
    expect(await complaint('LATER')).toMatchObject({ calendar_version: 1 });

    const corrected = await fx.csv('cal2.csv', ['date,is_working_day,note', '2020-02-01,false,春节延长假期']);
    expect(await fx.run('calendar', corrected, { now })).toMatchObject({ updated: 1, recomputed: 1 });
    expect(await complaint('SF')).toMatchObject({ due_at: endOf('2020-02-11'), calendar_version: 3 });
    expect(await fx.run('calendar', corrected, { now })).toMatchObject({ unchanged: 1, recomputed: 0 });
    expect(await fx.query('select max(version)::int as v from calendar_version')).toEqual([{ v: 3 }]);
  });

  test('a new year makes its working-day deadlines computable', async () => {
    const file = await fx.csv('y2027.csv', [HEADER, 'Y,2027-01-04 10:00,ONLINE,GZ,AUTO,CLAIMS,COMPLEX,,,,,']);
    // COMPLEX under CBIRC_2020 is 30 calendar days: no calendar needed, even for 2027.
    await fx.run('complaints', file, { now });
    expect(await complaint('Y')).toMatchObject({ due_at: endOf('2027-02-03'), calendar_version: null });
    await fx.run('calendar', await fx.csv('c2027.csv', ['date,is_working_day,note', '2027-01-01,false,元旦']), { now });
    expect(await fx.query(`select count(*)::int as n from working_day where date >= '2027-01-01'`)).toEqual([{ n: 1 }]);
  });
});

// The `incidents` import kind (RULES.md §5, DEDUCTION items): all or nothing, idempotent by ref, and
// every refusal as `file:line: column: message`.
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createImportFixture, UNITS_CSV, type ImportFixture } from './helpers.js';

let fx: ImportFixture;
const now = new Date('2014-06-01T00:00:00+08:00');

beforeAll(async () => {
  fx = await createImportFixture();
  await fx.run('units', await fx.csv('units.csv', UNITS_CSV));
});
afterAll(() => fx.close());

const HEADER = 'ref,unit_code,date,kind,note';

test('imports incidents once: a second run changes nothing, a changed row is updated', async () => {
  const file = await fx.csv('incidents.csv', [
    HEADER,
    'INC-1,GZ,2013-05-10,MEDIA_EXPOSURE,报道理赔纠纷',
    'INC-2,SZ,2013-06-01,MASS_INCIDENT,',
  ]);
  expect(await fx.run('incidents', file, { now })).toMatchObject({ rows: 2, inserted: 2, updated: 0 });
  expect(await fx.run('incidents', file, { now })).toMatchObject({ rows: 2, inserted: 0, updated: 0, unchanged: 2 });
  const changed = await fx.csv('incidents-2.csv', [HEADER, 'INC-1,GZ,2013-05-11,MEDIA_EXPOSURE,报道理赔纠纷']);
  expect(await fx.run('incidents', changed, { now })).toMatchObject({ inserted: 0, updated: 1 });
  expect(
    await fx.query(
      `select i.ref, u.code, i.date::text, i.kind from incident i join unit u on u.id = i.unit_id order by ref`,
    ),
  ).toEqual([
    { ref: 'INC-1', code: 'GZ', date: '2013-05-11', kind: 'MEDIA_EXPOSURE' },
    { ref: 'INC-2', code: 'SZ', date: '2013-06-01', kind: 'MASS_INCIDENT' },
  ]);
});

test('refuses the whole file, naming each bad cell', async () => {
  const file = await fx.csv('bad-incidents.csv', [
    HEADER,
    'INC-9,XX,2013-05-10,MEDIA_EXPOSURE,',
    'INC-10,GZ,2013-05-10,RUMOUR,',
    'INC-11,GZ,2014-07-01,MASS_INCIDENT,',
    'INC-11,GZ,2013-07-01,MASS_INCIDENT,',
  ]);
  const { lines } = await fx.rejection('incidents', file, { now });
  expect(lines).toEqual([
    expect.stringMatching(new RegExp(`^${file}:2: unit_code: unknown unit code "XX"$`)),
    expect.stringMatching(new RegExp(`^${file}:3: kind: .*RUMOUR`)),
    expect.stringMatching(new RegExp(`^${file}:4: date: 2014-07-01 is more than a day after the import`)),
    expect.stringMatching(
      new RegExp(`^${file}:5: ref: "INC-11" appears more than once in the file \\(first at line 4\\)$`),
    ),
  ]);
  expect(await fx.query(`select ref from incident where ref like 'INC-1_' or ref = 'INC-9'`)).toEqual([]);
});

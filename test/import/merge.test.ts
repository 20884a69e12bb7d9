// Rows are upserted by their natural key: the same file twice changes nothing and says so; a changed
// row updates the stored one. The same path serves callers that bring their own records.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { importRecords, ImportRejected, type ImportKind } from '../../db/import/index.js';
import {
  ACTIVITIES_CSV,
  COMPLAINTS_CSV,
  createImportFixture,
  FOLLOWUPS_CSV,
  PREMIUMS_CSV,
  seed,
  UNITS_CSV,
  type ImportFixture,
} from './helpers.js';

let fx: ImportFixture;
beforeAll(async () => {
  fx = await createImportFixture();
});
afterAll(() => fx.close());

const FILES: [ImportKind, string[]][] = [
  ['units', UNITS_CSV],
  ['complaints', COMPLAINTS_CSV],
  ['premiums', PREMIUMS_CSV],
  ['activities', ACTIVITIES_CSV],
  ['followups', FOLLOWUPS_CSV],
];

describe('importing twice', () => {
  test.each(FILES)('inserts %s once and reports every row unchanged the second time', async (kind, rows) => {
    const file = await fx.csv(`twice-${kind}.csv`, rows);
    const count = rows.length - 1;
    await expect(fx.run(kind, file)).resolves.toMatchObject({
      kind,
      file,
      rows: count,
      inserted: count,
      updated: 0,
      unchanged: 0,
    });
    const after = await fx.snapshot();
    await expect(fx.run(kind, file)).resolves.toMatchObject({ rows: count, inserted: 0, updated: 0, unchanged: count });
    expect(await fx.snapshot()).toEqual(after);
  });
});

describe('changed rows', () => {
  // Idempotent: when the tests above ran, this finds everything already there.
  beforeAll(() => seed(fx));

  test('updates a complaint whose row changed and leaves the others alone', async () => {
    const [header, first, second] = COMPLAINTS_CSV;
    const file = await fx.csv('closed-later.csv', [
      header,
      first,
      second.replace(',,,1,,李四', ',,2013-01-20 18:00,1,NOT_UPHELD,李四'),
    ]);
    await expect(fx.run('complaints', file)).resolves.toMatchObject({ rows: 2, inserted: 0, updated: 1, unchanged: 1 });
    expect(await fx.query(`select ref, closed_at, outcome from complaint order by ref`)).toEqual([
      { ref: 'C001', closed_at: new Date('2013-01-10T09:00:00Z'), outcome: 'UPHELD' },
      { ref: 'C002', closed_at: new Date('2013-01-20T10:00:00Z'), outcome: 'NOT_UPHELD' },
    ]);
  });

  test('updates a premium and adds a new month in one file', async () => {
    const file = await fx.csv('premium-revised.csv', [
      'unit_code,month,line,premium_yuan,policies',
      'GZ,2013-01,AUTO,1200000.5,300',
      'SZ,2013-01,AUTO,850000,210',
      'SZ,2013-02,AUTO,900000,220',
    ]);
    await expect(fx.run('premiums', file)).resolves.toMatchObject({ rows: 3, inserted: 1, updated: 1, unchanged: 1 });
    expect(
      await fx.query(
        `select premium_yuan::text, policies from premium p join unit u on u.id = p.unit_id where u.code = 'SZ' order by month`,
      ),
    ).toEqual([
      { premium_yuan: '850000.00', policies: 210 },
      { premium_yuan: '900000.00', policies: 220 },
    ]);
  });

  test('accepts a repeat that names a complaint further down the same file', async () => {
    const file = await fx.csv('forward-repeat.csv', [
      'ref,received_at,channel,unit_code,line,category,duplicate_of',
      'C011,2013-02-02 09:00,ONLINE,GZ,AUTO,CLAIMS,C010',
      'C010,2013-02-01 09:00,ONLINE,GZ,AUTO,CLAIMS,',
    ]);
    await expect(fx.run('complaints', file)).resolves.toMatchObject({ inserted: 2 });
  });
});

describe('importRecords', () => {
  test('validates and merges records a caller brings, inside the caller’s own transaction', async () => {
    const client = new pg.Client({ connectionString: fx.db.url });
    await client.connect();
    try {
      await client.query('begin');
      const records = [{ line: 1, values: { unit_code: 'GZ', date: '2013-03-01', kind: 'ONLINE_DUTY', count: '4' } }];
      await expect(importRecords(client, 'activities', records, { source: 'request' })).resolves.toEqual({
        rows: 1,
        inserted: 1,
        updated: 0,
        unchanged: 0,
      });

      const refused = await importRecords(client, 'activities', [
        { line: 1, values: { unit_code: 'GZ', date: '2013-03-02', kind: 'ONLINE_DUTY', count: 'four', colour: 'red' } },
      ]).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(ImportRejected);
      expect((refused as ImportRejected).issues).toEqual([
        { file: 'activities', line: 1, column: 'colour', message: 'unknown column' },
        { file: 'activities', line: 1, column: 'count', message: '"four" is not a number' },
      ]);
      // Refused records wrote nothing, and the transaction is still usable.
      await client.query('commit');
    } finally {
      await client.end();
    }
    expect(await fx.query(`select date::text, kind, count from activity where date >= '2013-03-01'`)).toEqual([
      { date: '2013-03-01', kind: 'ONLINE_DUTY', count: 4 },
    ]);
  });
});

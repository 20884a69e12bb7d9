// Complaints are merged a chunk at a time while the file is still read, with their rollups deferred to
// the end of the import: still all or nothing, idempotent, every problem listed, and the rollups exact.
// Chunks of two rows here, so that every file below is merged in several.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { importRecords, ImportRejected } from '../../db/import/index.js';
import { COMPLAINTS_CSV, createImportFixture, seed, type ImportFixture } from './helpers.js';

let fx: ImportFixture;
beforeAll(async () => {
  fx = await createImportFixture();
  await seed(fx);
});
afterAll(() => fx.close());

const [HEADER, , C002] = COMPLAINTS_CSV;
const CHUNKS = { rowsPerChunk: 2 };

/** The rollups as stored, and as a rebuild from the records makes them (rows of all zeros are as good as none). */
async function rollupsNowAndRebuilt() {
  const sums = `complaints, escalated, closed, handling_seconds::text, timely, followups, satisfied, closed_events,
    due_events, due_closed_events, issues, closed_3wd, closed_8w, upheld, decided`;
  const nonZero = `where (complaints, escalated, closed, handling_seconds, timely, followups, satisfied, closed_events, due_events,
    due_closed_events, issues, closed_3wd, closed_8w, upheld, decided) <> (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)`;
  const read = () =>
    fx.query(`select ancestor_id, assessed, month::text, null as dimension, null as value, ${sums} from complaint_rollup ${nonZero}
      union all select ancestor_id, assessed, month::text, dimension, value, ${sums} from complaint_rollup_slice ${nonZero}
      order by 1, 2, 3, 4, 5`);
  const now = await read();
  await fx.query('begin');
  await fx.query('select rollup_rebuild()');
  const rebuilt = await read();
  await fx.query('rollback');
  return { now, rebuilt };
}

describe('a complaints file merged in chunks', () => {
  test('inserts and updates across chunks, counts them, keeps the rollups exact, and changes nothing the second time', async () => {
    const file = await fx.csv('chunked.csv', [
      HEADER,
      // C001 and C002 are stored by the seed: C001 closes later, C002 is unchanged.
      'C001,2013-01-05T09:30:00+08:00,HOTLINE_95518,GZ,AUTO,CLAIMS,,,,,2013-02-10T17:00:00+08:00,,NOT_UPHELD,张三,13800000001,理赔进度慢',
      C002,
      'K001,2013-03-01 09:00,ONLINE,GZ,AUTO,CLAIMS,,,,,2013-03-02 10:00,,UPHELD,,,',
      'K002,2013-03-31 23:00,ONSITE,SZ,NON_AUTO,SERVICE,,,K005,,,1,,,,',
      'K003,2013-04-01 08:00,HQ_REFERRAL,GD,ACCIDENT_HEALTH,SALES,true,,,,2013-06-01 08:00,,WITHDRAWN,,,',
      'K004,2013-04-15 08:00,ONLINE,GZ,AUTO,OTHER,,否,,,,,,,,',
      'K005,2013-02-28 12:00,LETTERS_VISITS,SZ,AUTO,CLAIMS,,,,,2013-03-05 12:00,,PARTIALLY_UPHELD,,,',
    ]);
    await expect(fx.run('complaints', file, CHUNKS)).resolves.toMatchObject({
      rows: 7,
      inserted: 5,
      updated: 1,
      unchanged: 1,
    });
    const { now, rebuilt } = await rollupsNowAndRebuilt();
    expect(now.length).toBeGreaterThan(20);
    expect(now).toEqual(rebuilt);

    const after = await fx.snapshot();
    await expect(fx.run('complaints', file, CHUNKS)).resolves.toMatchObject({ inserted: 0, updated: 0, unchanged: 7 });
    expect(await fx.snapshot()).toEqual(after);
    expect(await rollupsNowAndRebuilt().then(({ now: again }) => again)).toEqual(now);
  });

  test('refuses a file whose last chunk has a problem only the checks find, undoing the chunks merged before it', async () => {
    const before = await fx.snapshot();
    const rollups = (await rollupsNowAndRebuilt()).now;
    const file = await fx.csv('late-problem.csv', [
      HEADER,
      'C001,2013-01-05T09:30:00+08:00,HOTLINE_95518,GZ,AUTO,CLAIMS,,,,,2013-05-10T17:00:00+08:00,,UPHELD,,,',
      'L001,2013-05-01 09:00,ONLINE,GZ,AUTO,CLAIMS,,,,,,,,,,',
      'L002,2013-05-02 09:00,ONLINE,SZ,AUTO,CLAIMS,,,,,,,,,,',
      'L003,2013-05-03 09:00,ONLINE,SZ,AUTO,CLAIMS,,,,,,,,,,',
      'L004,2013-05-04 09:00,ONLINE,XX,AUTO,CLAIMS,,,NOPE,,,,,,,',
      'L002,2013-05-05 09:00,ONLINE,SZ,AUTO,CLAIMS,,,,,,,,,,',
    ]);
    await expect(fx.rejection('complaints', file, CHUNKS)).resolves.toEqual({
      lines: [
        `${file}:6: duplicate_of: no complaint has ref "NOPE" (neither stored nor in this file)`,
        `${file}:6: unit_code: unknown unit code "XX"`,
        `${file}:7: ref: "L002" appears more than once in the file (first at line 4)`,
      ],
      total: 3,
    });
    expect(await fx.snapshot()).toEqual(before);
    expect((await rollupsNowAndRebuilt()).now).toEqual(rollups);
  });

  test('lists a ref twice within one chunk rather than failing on it', async () => {
    const file = await fx.csv('twice-in-a-chunk.csv', [
      HEADER,
      'M001,2013-06-01 09:00,ONLINE,GZ,AUTO,CLAIMS,,,,,,,,,,',
      'M001,2013-06-02 09:00,ONLINE,GZ,AUTO,CLAIMS,,,,,,,,,,',
    ]);
    await expect(fx.rejection('complaints', file, CHUNKS)).resolves.toEqual({
      lines: [`${file}:3: ref: "M001" appears more than once in the file (first at line 2)`],
      total: 1,
    });
    expect(await fx.query(`select ref from complaint where ref = 'M001'`)).toEqual([]);
  });

  test('leaves the caller’s transaction usable after a refusal, its later writes rolled up as they run', async () => {
    const client = new pg.Client({ connectionString: fx.db.url });
    await client.connect();
    try {
      await client.query('begin');
      const record = (line: number, ref: string, unit: string) => ({
        line,
        values: {
          ref,
          received_at: '2013-07-01 09:00',
          channel: 'ONLINE',
          unit_code: unit,
          line: 'AUTO',
          category: 'CLAIMS',
        },
      });
      const refused = await importRecords(
        client,
        'complaints',
        [record(1, 'N001', 'GZ'), record(2, 'N002', 'GZ'), record(3, 'N003', 'XX')],
        { rowsPerChunk: 2 },
      ).catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(ImportRejected);
      await client.query(`insert into complaint (ref, received_at, channel, unit_id, line, category, due_at)
        select 'N004', '2013-07-02T01:00:00Z', 'ONLINE', id, 'AUTO', 'CLAIMS', '2013-07-20T15:59:59.999Z' from unit where code = 'SZ'`);
      await client.query('commit');
    } finally {
      await client.end();
    }
    expect(await fx.query(`select ref from complaint where ref like 'N%'`)).toEqual([{ ref: 'N004' }]);
    const { now, rebuilt } = await rollupsNowAndRebuilt();
    expect(now).toEqual(rebuilt);
  });
});

// The database keeps submitted report versions as they were: no update, no delete, whoever asks; a
// correction is a new version with a reason; a report's parameters are fixed once it has a version.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { TREE_SQL } from '../support/fixtures.js';

let db: TestDatabase;
let client: pg.Client;
let reportId: number;

beforeAll(async () => {
  db = await createTestDatabase();
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
  await client.query(TREE_SQL);
  const { rows } =
    await client.query(`insert into report (template, unit_id, period_from, period_to, comparison, created_by_name)
    select 'BRANCH', id, '2013-01-01', '2013-07-31', 'YOY', 'tester' from unit where code = 'GZ' returning id`);
  reportId = rows[0].id;
});
afterAll(async () => {
  await client.end();
  await db.drop();
});

const insertVersion = (version: number, reason: string | null) =>
  client.query(
    `insert into report_version (report_id, version, reason, as_of, content, fingerprint, submitted_by_name)
     values ($1, $2, $3, now(), '{"figures": 1}', 'abc', 'tester')`,
    [reportId, version, reason],
  );

/** The constraint PostgreSQL names when it refuses `run`, or its message; undefined when it accepts. */
async function refusal(run: () => Promise<unknown>): Promise<string | undefined> {
  await client.query('begin');
  try {
    await run();
    await client.query('commit');
    return undefined;
  } catch (error) {
    await client.query('rollback');
    return (error as pg.DatabaseError).constraint ?? (error as Error).message;
  }
}

describe('report storage', () => {
  it('lets a draft change its parameters before it is submitted', async () => {
    expect(
      await refusal(() => client.query(`update report set comparison = 'PREVIOUS' where id = $1`, [reportId])),
    ).toBeUndefined();
  });

  it('refuses a reason on version 1, and a version 2 without one', async () => {
    expect(await refusal(() => insertVersion(1, 'why not'))).toBe('report_version_reason_check');
    await insertVersion(1, null);
    expect(await refusal(() => insertVersion(2, null))).toBe('report_version_reason_check');
    expect(await refusal(() => insertVersion(2, '   '))).toBe('report_version_reason_check');
    expect(await refusal(() => insertVersion(1, null))).toBe('report_version_report_version_unique');
  });

  it('keeps every version when a correction is made', async () => {
    await insertVersion(2, 'late complaints imported');
    const { rows } = await client.query(
      `select version, reason from report_version where report_id = $1 order by version`,
      [reportId],
    );
    expect(rows).toEqual([
      { version: 1, reason: null },
      { version: 2, reason: 'late complaints imported' },
    ]);
  });

  it('refuses any UPDATE of a submitted version, even of one column', async () => {
    expect(
      await refusal(() =>
        client.query(`update report_version set content = '{"figures": 2}' where report_id = $1`, [reportId]),
      ),
    ).toMatch(/immutable: UPDATE refused/);
    expect(await refusal(() => client.query(`update report_version set reason = 'x' where version = 2`))).toMatch(
      /immutable/,
    );
    const { rows } = await client.query(`select content from report_version where version = 1`);
    expect(rows).toEqual([{ content: { figures: 1 } }]);
  });

  it('refuses any DELETE of a submitted version', async () => {
    expect(await refusal(() => client.query(`delete from report_version where report_id = $1`, [reportId]))).toMatch(
      /immutable: DELETE refused/,
    );
    expect((await client.query(`select count(*)::int as n from report_version`)).rows).toEqual([{ n: 2 }]);
  });

  it("refuses a change of a submitted report's parameters, and its deletion", async () => {
    expect(
      await refusal(() => client.query(`update report set period_to = '2013-06-30' where id = $1`, [reportId])),
    ).toMatch(/cannot be changed/);
    expect(await refusal(() => client.query(`delete from report where id = $1`, [reportId]))).toMatch(
      /cannot be changed/,
    );
  });

  it('gives complaints recorded_at and changed_at on insert', async () => {
    await client.query(`insert into complaint (ref, received_at, channel, unit_id, line, category, due_at)
      select 'S1', '2013-01-05T01:00:00Z', 'ONLINE', id, 'AUTO', 'CLAIMS', '2013-01-20T15:59:59Z' from unit where code = 'GZ'`);
    const { rows } = await client.query(
      `select recorded_at = changed_at and recorded_at <= now() as stamped from complaint where ref = 'S1'`,
    );
    expect(rows).toEqual([{ stamped: true }]);
  });
});

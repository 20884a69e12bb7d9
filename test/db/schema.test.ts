import { readdir } from 'node:fs/promises';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS } from '../../db/migrations/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

let db: TestDatabase;
let client: pg.Client;

beforeAll(async () => {
  db = await createTestDatabase();
  client = new pg.Client({ connectionString: db.url });
  await client.connect();
  await client.query(
    `insert into unit (code, name_zh, kind) values ('HQ', '总公司', 'BRANCH'), ('GD', '广东', 'BRANCH')`,
  );
});
afterAll(async () => {
  await client.end();
  await db.drop();
});

/** Runs `sql` in a savepoint and returns the constraint PostgreSQL names when it refuses it. */
async function refusal(sql: string): Promise<string | undefined> {
  await client.query('begin');
  try {
    await client.query(sql);
    await client.query('commit');
    return undefined;
  } catch (error) {
    await client.query('rollback');
    return (error as pg.DatabaseError).constraint ?? (error as Error).message;
  }
}

describe('the database itself', () => {
  it('lists every migration file in db/migrations/index.ts', async () => {
    const files = (await readdir('db/migrations')).filter((f) => /^Migration.*\.ts$/.test(f));
    expect(MIGRATIONS.map((m) => `${m.name}.ts`).sort()).toEqual(files.sort());
  });

  it('refuses overlapping membership periods of one unit', async () => {
    await client.query(`insert into unit_membership (unit_id, parent_id, level, valid_from, valid_to)
      select id, null, 'HQ', '2000-01-01', null from unit where code = 'HQ'`);
    expect(
      await refusal(`insert into unit_membership (unit_id, parent_id, level, valid_from, valid_to)
        select gd.id, hq.id, 'PROVINCE', d, null from unit gd, unit hq, (values ('2010-01-01'::date), ('2012-01-01')) v(d)
        where gd.code = 'GD' and hq.code = 'HQ'`),
    ).toBe('unit_membership_no_overlap');
  });

  it('refuses a negative premium and a month that is not a first day', async () => {
    const insert = (
      amount: string,
      month: string,
    ) => `insert into premium (unit_id, month, line, premium_yuan, policies)
      select id, '${month}', 'AUTO', ${amount}, 1 from unit where code = 'GD'`;
    expect(await refusal(insert('-1', '2013-01-01'))).toBe('premium_non_negative_check');
    expect(await refusal(insert('1', '2013-01-02'))).toBe('premium_month_check');
  });

  it('derives the Shanghai receipt date and the assessed flag of a complaint', async () => {
    await client.query(`insert into complaint (ref, received_at, channel, unit_id, line, category, policy_factor, due_at)
      select 'C1', '2012-12-31T16:30:00Z', 'ONLINE', id, 'AUTO', 'CLAIMS', true, '2013-01-16T15:59:59.999Z' from unit where code = 'GD'`);
    const { rows } = await client.query(`select received_date::text as d, assessed from complaint where ref = 'C1'`);
    expect(rows).toEqual([{ d: '2013-01-01', assessed: false }]);
  });

  it('refuses an unknown enum value, a closure before receipt and a repeat of no complaint', async () => {
    const insert = (channel: string, closedAt: string, duplicateOf: string) => `insert into complaint
      (ref, received_at, channel, unit_id, line, category, due_at, closed_at, duplicate_of)
      select 'C2', '2013-01-05T01:00:00Z', '${channel}', id, 'AUTO', 'CLAIMS', '2013-01-20T15:59:59Z', ${closedAt}, ${duplicateOf}
      from unit where code = 'GD'`;
    expect(await refusal(insert('FAX', 'null', 'null'))).toBe('complaint_channel_check');
    expect(await refusal(insert('ONLINE', `'2013-01-04T00:00:00Z'`, 'null'))).toBe(
      'complaint_closed_after_received_check',
    );
    expect(await refusal(insert('ONLINE', 'null', `'NOPE'`))).toBe('complaint_duplicate_of_foreign');
  });

  it('refuses a complaint of no unit and keeps the units complaints name, as the foreign key did', async () => {
    await client.query(`insert into unit (code, name_zh, kind) values ('ZZ', '空', 'BRANCH')`);
    const zz = (await client.query<{ id: number }>(`select id from unit where code = 'ZZ'`)).rows[0].id;
    // One statement of several rows, the bad one among good ones.
    const insert = (unit: string) => `insert into complaint (ref, received_at, channel, unit_id, line, category, due_at)
      select 'U' || n, '2013-01-05T01:00:00Z', 'ONLINE', case when n = 2 then ${unit} else ${zz} end, 'AUTO', 'CLAIMS',
        '2013-01-20T15:59:59Z' from generate_series(1, 3) n`;
    const named = (sql: string) =>
      client.query(sql).then(
        () => 'accepted',
        (error: unknown) => `${(error as pg.DatabaseError).constraint}: ${(error as Error).message}`,
      );
    expect(await named(insert('-1'))).toBe('complaint_unit_id_foreign: complaint U2: no unit -1');
    expect(await named(insert(String(zz)))).toBe('accepted');
    expect(await named(`update complaint set unit_id = -1 where ref = 'U3'`)).toBe(
      'complaint_unit_id_foreign: complaint U3: no unit -1',
    );
    expect(await named(`delete from unit where code = 'ZZ'`)).toBe(
      `complaint_unit_id_foreign: unit ZZ (${zz}) is named by complaints (DELETE refused)`,
    );
    expect(await named(`update unit set id = -1 where code = 'ZZ'`)).toBe(
      `complaint_unit_id_foreign: unit ZZ (${zz}) is named by complaints (UPDATE refused)`,
    );
    expect(await named(`update unit set name_zh = '空白' where code = 'ZZ'`)).toBe('accepted');

    // A unit an uncommitted complaint names cannot be deleted under it: the writer holds it until it ends.
    await client.query(`delete from complaint where ref like 'U_'`);
    const other = new pg.Client({ connectionString: db.url });
    await other.connect();
    try {
      await client.query('begin');
      await client.query(insert(String(zz)));
      await other.query(`set lock_timeout = '200ms'`);
      const deleting = await other.query(`delete from unit where code = 'ZZ'`).then(
        () => 'deleted',
        (error: unknown) => (error as pg.DatabaseError).code,
      );
      expect(deleting).toBe('55P03'); // lock_not_available
      await client.query('rollback');
      // Free once the writer has ended.
      expect((await other.query(`select 1 from unit where code = 'ZZ' for update nowait`)).rowCount).toBe(1);
    } finally {
      await other.end();
    }
  });

  it('refuses at commit a repeat of no complaint and the loss of a complaint repeated, as the deferred key did', async () => {
    const complaint = (ref: string, repeats: string) => `insert into complaint
      (ref, received_at, channel, unit_id, line, category, due_at, duplicate_of)
      select '${ref}', '2013-01-05T01:00:00Z', 'ONLINE', id, 'AUTO', 'CLAIMS', '2013-01-20T15:59:59Z', ${repeats}
      from unit where code = 'GD'`;
    // A repeat may come before the complaint it repeats, in the same transaction.
    expect(await refusal(`${complaint('D1', `'D2'`)}; ${complaint('D2', 'null')}`)).toBeUndefined();
    // A repeat of nothing withdrawn before commit is not refused.
    expect(
      await refusal(`${complaint('D3', `'NOPE'`)}; update complaint set duplicate_of = null where ref = 'D3'`),
    ).toBeUndefined();
    expect(await refusal(`update complaint set duplicate_of = 'NOPE' where ref = 'D3'`)).toBe(
      'complaint_duplicate_of_foreign',
    );
    expect(await refusal(`delete from complaint where ref = 'D2'`)).toBe('complaint_duplicate_of_foreign');
    expect(await refusal(`update complaint set ref = 'D2b' where ref = 'D2'`)).toBe('complaint_duplicate_of_foreign');
    // Replaced by a complaint of the same ref before commit: kept, as the key kept it.
    expect(await refusal(`delete from complaint where ref = 'D2'; ${complaint('D2', 'null')}`)).toBeUndefined();
    // Once nothing repeats it, it may go.
    expect(
      await refusal(`delete from complaint where ref = 'D1'; delete from complaint where ref in ('D2', 'D3')`),
    ).toBeUndefined();
  });

  it('refuses a deadline under a rule set or calendar version there is not, and keeps what complaints name', async () => {
    // One statement of several rows, the bad one among good ones: checked per statement, not per row.
    const insert = (ruleSet: string, calendar: string) => `insert into complaint
      (ref, received_at, channel, unit_id, line, category, due_at, due_source, rule_set_code, rule_set_version, calendar_version)
      select 'R' || n, '2013-01-05T01:00:00Z', 'ONLINE', id, 'AUTO', 'CLAIMS', '2013-01-20T15:59:59Z', 'DEFAULT',
        case when n = 3 then ${ruleSet} else 'COMPANY_STD' end, 1, case when n = 3 then ${calendar} else 1 end
      from unit, generate_series(1, 4) n where code = 'GD'`;
    const named = (sql: string) =>
      client.query(sql).then(
        () => 'accepted',
        (error: unknown) => `${(error as pg.DatabaseError).code}: ${(error as Error).message}`,
      );
    expect(await named(insert(`'NO_SUCH'`, '1'))).toBe('23503: complaint R3: no deadline rule set NO_SUCH version 1');
    expect(await named(insert(`'COMPANY_STD'`, '99'))).toBe('23503: complaint R3: no working-day calendar version 99');
    // As a foreign key: a null is not checked.
    expect(await named(insert('null', 'null'))).toBe('accepted');
    expect(await named(`update complaint set calendar_version = 7 where ref = 'R2'`)).toBe(
      '23503: complaint R2: no working-day calendar version 7',
    );
    expect(await named(`delete from deadline_rule_set where code = 'COMPANY_STD' and version = 1`)).toMatch(
      /^23503: deadline rule set COMPANY_STD version 1 is named by complaints' deadlines \(DELETE refused\)/,
    );
    expect(await named(`update calendar_version set version = 5 where version = 1`)).toMatch(
      /^23503: working-day calendar version 1 is named by complaints' deadlines \(UPDATE refused\)/,
    );
    expect(await named('truncate calendar_version')).toMatch(/^23503: complaints name rows of calendar_version/);
    // What no complaint names, and what changes no key, may change.
    expect(await named(`update deadline_rule_set set name_en = name_en where code = 'COMPANY_STD'`)).toBe('accepted');
    expect(await named(`delete from deadline_rule_set where code = 'CBIRC_2020'`)).toBe('accepted');
    await client.query(`delete from complaint where ref like 'R_'`);
    // The rows an uncommitted complaint names cannot be deleted under it; a change of no key still can.
    const other = new pg.Client({ connectionString: db.url });
    await other.connect();
    try {
      await client.query('begin');
      await client.query(insert(`'COMPANY_STD'`, '1'));
      await other.query(`set lock_timeout = '200ms'`);
      const waits = (sql: string) =>
        other.query(sql).then(
          () => 'done',
          (error: unknown) => (error as pg.DatabaseError).code,
        );
      expect(await waits(`delete from deadline_rule_set where code = 'COMPANY_STD' and version = 1`)).toBe('55P03');
      expect(await waits(`delete from calendar_version where version = 1`)).toBe('55P03');
      expect(await waits(`update calendar_version set note = 'locked' where version = 1`)).toBe('done');
      await client.query('rollback');
    } finally {
      await other.end();
    }
    expect(await named(`update calendar_version set note = 'checked' where version = 1`)).toBe('accepted');
    expect(await named(`delete from calendar_version where version = 1`)).toBe('accepted');
  });
});

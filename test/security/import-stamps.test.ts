// Security review finding 12: imported rows were stamped with the import's start, so a report
// submitted while an import ran could not name the rows that import added (their stamp was earlier
// than the submission's asOf, though the submission never saw them). Rows now carry the writing
// transaction's id and a version its snapshot: whatever the snapshot did not see is named.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importRecords, type ImportKind } from '../../db/import/index.js';
import { runSql } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/graphql.js';
import { ACCESS_SQL, complaintsOf, createReport, submitReport } from '../reports/helpers.js';

let api: TestServer;

beforeAll(async () => {
  api = await startTestServer((url) => runSql(url, ACCESS_SQL));
}, 120_000);
// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
afterAll(() => api?.close());

interface Cause {
  kind: string;
  count: number;
  refs: string[];
}

/** The causes the restatement check names for each version of a report, newest first, by kind. */
async function causes(id: string): Promise<Cause[][]> {
  const found = await api
    .as('BRANCH')
    .query(`{ report(id: "${id}") { versions { restatement { causes { kind count refs } } } } }`);
  expect(found.errors).toBeUndefined();
  return found.data.report.versions.map((v: { restatement: { causes: Cause[] } }) =>
    [...v.restatement.causes].sort((a, b) => a.kind.localeCompare(b.kind)),
  );
}

/** A transaction on a connection of its own, left open after `work` until `commit`. */
async function openTransaction(work: (client: pg.Client) => Promise<unknown>) {
  const client = new pg.Client({ connectionString: api.db.url });
  await client.connect();
  await client.query('begin');
  await work(client);
  return {
    async commit() {
      await client.query('commit');
      await client.end();
    },
  };
}

/** One record imported the way the command line imports it, in the caller's transaction. */
const importing = (kind: ImportKind, values: Record<string, string>) =>
  openTransaction((client) => importRecords(client, kind, [{ line: 2, values }], { source: 'race' }));

/** Submits a new GZ report for January 2013 while `during` holds its transaction open, then commits it. */
async function submitDuring(during: () => ReturnType<typeof openTransaction>) {
  const id = await createReport(api.as('BRANCH'), 'GZ');
  const open = await during();
  const submitted = await submitReport(api.as('BRANCH'), id);
  expect(submitted.errors).toBeUndefined();
  await open.commit();
  return { id, content: submitted.data.submitReport.content };
}

describe('a report submitted while an import runs', () => {
  it('names a complaint the running import adds as IMPORTED_LATER once it commits', async () => {
    const { id, content } = await submitDuring(() =>
      importing('complaints', {
        ref: 'RACE-1',
        received_at: '2013-01-20T10:00:00+08:00',
        channel: 'ONLINE',
        unit_code: 'TH',
        line: 'AUTO',
        category: 'CLAIMS',
      }),
    );
    expect(complaintsOf(content)).toBe(2); // the submission did not see RACE-1
    expect(await causes(id)).toEqual([[{ kind: 'IMPORTED_LATER', count: 1, refs: ['RACE-1'] }]]);
  });

  it('names a complaint the running import changes as CHANGED_LATER, and a premium it changes as PREMIUM_CHANGED', async () => {
    const closing = await submitDuring(() =>
      importing('complaints', {
        ref: 'IN-GZ',
        received_at: '2013-01-05T02:00:00Z',
        channel: 'HOTLINE_95518',
        unit_code: 'GZ',
        line: 'AUTO',
        category: 'CLAIMS',
        closed_at: '2013-01-10T10:00:00+08:00',
        customer_name: '张伟',
        customer_phone: '13812341234',
        summary: '理赔进度慢',
      }),
    );
    expect(await causes(closing.id)).toEqual([[{ kind: 'CHANGED_LATER', count: 1, refs: ['IN-GZ'] }]]);

    const repricing = await submitDuring(() =>
      importing('premiums', {
        unit_code: 'GZ',
        month: '2013-01',
        line: 'AUTO',
        premium_yuan: '120000000',
        policies: '1000',
      }),
    );
    expect(await causes(repricing.id)).toEqual([[{ kind: 'PREMIUM_CHANGED', count: 1, refs: [] }]]);
  });

  it('names rows written by plain SQL in a transaction still open at submission', async () => {
    const { id } = await submitDuring(() =>
      openTransaction((client) =>
        client.query(`insert into complaint (ref, received_at, channel, unit_id, line, category, due_at)
            select 'RACE-SQL', '2013-01-21T02:00:00Z', 'ONLINE', id, 'AUTO', 'CLAIMS', '2013-02-05T15:59:59Z' from unit where code = 'GZ';
          update complaint set summary = '改过' where ref = 'IN-TH';`),
      ),
    );
    expect(await causes(id)).toEqual([
      [
        { kind: 'CHANGED_LATER', count: 1, refs: ['IN-TH'] },
        { kind: 'IMPORTED_LATER', count: 1, refs: ['RACE-SQL'] },
      ],
    ]);
  });

  it('names nothing that committed before the submission', async () => {
    const id = await createReport(api.as('BRANCH'), 'GZ');
    expect((await submitReport(api.as('BRANCH'), id)).errors).toBeUndefined();
    expect(await causes(id)).toEqual([[]]);
  });
});

describe('the stamps', () => {
  it('are set on insert and moved only by a real change, not by an update that changes nothing or a follow-up count', async () => {
    const client = new pg.Client({ connectionString: api.db.url });
    await client.connect();
    const stamps = async () =>
      (
        await client.query(
          `select recorded_xid::text as recorded, changed_xid::text as changed, changed_at from complaint where ref = 'OUT-BJ'`,
        )
      ).rows[0];
    try {
      const before = await stamps();
      expect(before.recorded).toBe(before.changed);
      await client.query(`update complaint set summary = summary where ref = 'OUT-BJ'`);
      await client.query(
        `insert into followup (complaint_id, visited_at, satisfied) select id, '2013-01-12T02:00:00Z', true from complaint where ref = 'OUT-BJ'`,
      );
      expect(await stamps()).toEqual(before);
      await client.query('begin');
      const { rows } = await client.query(`select pg_current_xact_id()::text as xid, now() as at`);
      await client.query(`update complaint set escalated = true where ref = 'OUT-BJ'`);
      await client.query('commit');
      expect(await stamps()).toEqual({ recorded: before.recorded, changed: rows[0].xid, changed_at: rows[0].at });
    } finally {
      await client.end();
    }
  });

  it('keeps the instants rule for a version submitted before the stamps existed (no snapshot)', async () => {
    const id = await createReport(api.as('BRANCH'), 'GZ');
    expect((await submitReport(api.as('BRANCH'), id)).errors).toBeUndefined();
    // A copy of version 1 as an older portal stored it: no snapshot.
    await runSql(
      api.db.url,
      `insert into report_version (report_id, version, reason, as_of, content, fingerprint, submitted_by_name)
      select report_id, 2, 'stored before the stamps', as_of, content, fingerprint, submitted_by_name from report_version where report_id = ${id}`,
    );
    const late = await importing('complaints', {
      ref: 'LATE-2',
      received_at: '2013-01-22T10:00:00+08:00',
      channel: 'ONLINE',
      unit_code: 'GZ',
      line: 'AUTO',
      category: 'CLAIMS',
    });
    await late.commit();
    const imported = { kind: 'IMPORTED_LATER', count: 1, refs: ['LATE-2'] };
    expect(await causes(id)).toEqual([[imported], [imported]]);
  });
});

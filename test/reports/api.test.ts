// Drafts and submissions through GraphQL, and who may do what with them (issue 6): HQ roles all;
// a branch its own subtree's; a regulator submitted reports to the regulator of its jurisdiction only,
// no drafts. A report the caller may not read answers NOT_FOUND, as an unknown one does.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSql } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/graphql.js';
import { ACCESS_SQL, codes, complaintsOf, CONTENT, createReport, JAN_2013, submitReport } from './helpers.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer((url) => runSql(url, ACCESS_SQL));
}, 120_000);
// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
afterAll(() => api?.close());

// Each test makes the reports it needs, so none counts on what another left.
describe('drafts and submissions', () => {
  const stored = async () => (await api.as('HQ_ADMIN').query(`{ reports { id } }`)).data.reports;

  it('previews a report from live figures, storing nothing', async () => {
    const before = await stored();
    const preview = await api
      .as('BRANCH')
      .query(`{ reportPreview(input: { template: BRANCH, unit: "GZ", period: ${JAN_2013} }) { ${CONTENT} } }`);
    expect(preview.errors).toBeUndefined();
    expect(preview.data.reportPreview).toMatchObject({ unit: { code: 'GZ' }, from: '2013-01-01', to: '2013-01-31' });
    // GZ's subtree in January 2013: IN-GZ and IN-TH.
    expect(complaintsOf(preview.data.reportPreview)).toBe(2);
    expect(await stored()).toEqual(before);
  });

  it('saves a draft of its own unit, whose figures are live', async () => {
    const id = await createReport(api.as('BRANCH'), 'GZ');
    const found = await api
      .as('BRANCH')
      .query(
        `{ report(id: "${id}") { status createdBy versions { version } latest { version } live { ${CONTENT} } draftXlsxUrl } }`,
      );
    expect(found.errors).toBeUndefined();
    expect(found.data.report).toMatchObject({
      status: 'DRAFT',
      createdBy: 'branch-gz',
      versions: [],
      latest: null,
      draftXlsxUrl: `/reports/${id}/draft.xlsx`,
    });
    expect(complaintsOf(found.data.report.live)).toBe(2);
  });

  it('submits version 1 without a reason, frozen with asOf, submitter and fingerprint', async () => {
    const id = await createReport(api.as('BRANCH'), 'GZ');
    expect(codes(await submitReport(api.as('BRANCH'), id, 'first'))).toEqual(['BAD_USER_INPUT']);
    const submitted = await submitReport(api.as('BRANCH'), id);
    expect(submitted.errors).toBeUndefined();
    const version = submitted.data.submitReport;
    expect(version).toMatchObject({
      version: 1,
      reason: null,
      submittedBy: 'branch-gz',
      xlsxUrl: `/reports/${id}/v/1.xlsx`,
      pdfUrl: `/reports/${id}/v/1.pdf`,
    });
    expect(version.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(version.content.asOf).toBe(version.asOf);
    expect(complaintsOf(version.content)).toBe(2);
  });

  it('refuses a correction without a reason, and keeps the old version beside the new one', async () => {
    const id = await createReport(api.as('BRANCH'), 'GZ');
    expect((await submitReport(api.as('BRANCH'), id)).errors).toBeUndefined();
    expect(codes(await submitReport(api.as('BRANCH'), id))).toEqual(['BAD_USER_INPUT']);
    const corrected = await submitReport(api.as('HQ_ANALYST'), id, 'recounted');
    expect(corrected.errors).toBeUndefined();
    expect(corrected.data.submitReport).toMatchObject({ version: 2, reason: 'recounted', submittedBy: 'hq-analyst' });
    const found = await api
      .as('BRANCH')
      .query(`{ report(id: "${id}") { status versions { version reason fingerprint } latest { version } } }`);
    expect(found.data.report.status).toBe('SUBMITTED');
    expect(found.data.report.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(found.data.report.latest).toEqual({ version: 2 });
    // Nothing changed between the two: the same data behind them.
    expect(found.data.report.versions[0].fingerprint).toBe(found.data.report.versions[1].fingerprint);
  });

  it('writes REPORT_CREATED and REPORT_SUBMITTED to the audit log', async () => {
    const id = await createReport(api.as('BRANCH'), 'GZ');
    expect((await submitReport(api.as('BRANCH'), id)).errors).toBeUndefined();
    expect((await submitReport(api.as('HQ_ANALYST'), id, 'recounted')).errors).toBeUndefined();
    const log = await api
      .as('HQ_ADMIN')
      .query(`{ auditLog(first: 20) { edges { node { action actor subject detail } } } }`);
    const entries = log.data.auditLog.edges
      .map((e: { node: { action: string; actor: string; subject: string } }) => e.node)
      .filter((n: { action: string; subject: string }) => n.action.startsWith('REPORT_') && n.subject === id)
      .map((n: { action: string; actor: string; subject: string }) => [n.action, n.actor, n.subject]);
    expect(entries).toEqual([
      ['REPORT_SUBMITTED', 'hq-analyst', id],
      ['REPORT_SUBMITTED', 'branch-gz', id],
      ['REPORT_CREATED', 'branch-gz', id],
    ]);
  });

  it('tells the client each cell’s records and each change’s verdict', async () => {
    const preview = await api.as('BRANCH')
      .query(`{ reportPreview(input: { template: BRANCH, unit: "GZ", period: ${JAN_2013} }) {
      sections { key columns { key } rows { cells { number verdict records { unit at from to metric assessedOnly channels lines categories } } } } } }`);
    expect(preview.errors).toBeUndefined();
    const ranking = preview.data.reportPreview.sections.find((s: { key: string }) => s.key === 'ranking');
    const byChannel = preview.data.reportPreview.sections.find((s: { key: string }) => s.key === 'byChannel');
    // a channel's row leads to GZ's complaints of that channel in January 2013, on the tree of its end
    expect(byChannel.rows[0].cells[1]).toEqual({
      number: 1,
      verdict: null,
      records: {
        unit: 'GZ',
        at: '2013-01-31',
        from: '2013-01-01',
        to: '2013-01-31',
        metric: 'COMPLAINTS',
        assessedOnly: false,
        channels: [expect.any(String)],
        lines: [],
        categories: [],
      },
    });
    // one complaint more than a year earlier (none): worse; the change itself has no records
    expect(byChannel.rows[0].cells[3]).toEqual({ number: 1, verdict: 'WORSE', records: null });
    // the other provinces are GZ's ranked peers: their figures lead to no records a branch could read
    const rows = ranking.rows.map(
      (row: { cells: { records: { unit: string } | null }[] }) => row.cells[1].records?.unit ?? null,
    );
    expect(rows.filter(Boolean)).toEqual(['GZ']);
  });

  it('answers NOT_FOUND for an unknown report and BAD_USER_INPUT for a bad period', async () => {
    expect(codes(await api.as('HQ_ADMIN').query(`{ report(id: "999999") { id } }`))).toEqual(['NOT_FOUND']);
    const reversed = await api
      .as('HQ_ADMIN')
      .query(
        `mutation { createReport(input: { template: BRANCH, unit: "GZ", period: { from: "2013-02-01", to: "2013-01-01" } }) { id } }`,
      );
    expect(codes(reversed)).toEqual(['BAD_USER_INPUT']);
    expect(
      codes(
        await api
          .as('HQ_ADMIN')
          .query(`mutation { createReport(input: { template: BRANCH, unit: "XX", period: ${JAN_2013} }) { id } }`),
      ),
    ).toEqual(['NOT_FOUND']);
  });
});

describe('who sees which report', () => {
  let gzDraft: string;
  let gzSubmitted: string;
  let bjSubmitted: string;
  let thSubmitted: string;
  let gzToRegulator: string;
  let bjToRegulator: string;

  beforeAll(async () => {
    const hq = api.as('HQ_ADMIN');
    gzDraft = await createReport(hq, 'GZ');
    gzSubmitted = await createReport(hq, 'GZ');
    bjSubmitted = await createReport(hq, 'BJ');
    thSubmitted = await createReport(api.as('BRANCH'), 'TH');
    const toRegulator = async (unit: string) =>
      (
        await hq.query(
          `mutation { createReport(input: { template: REGULATOR, unit: "${unit}", period: ${JAN_2013} }) { id } }`,
        )
      ).data.createReport.id;
    gzToRegulator = await toRegulator('GZ');
    bjToRegulator = await toRegulator('BJ');
    for (const id of [gzSubmitted, bjSubmitted, thSubmitted, gzToRegulator, bjToRegulator])
      expect((await submitReport(hq, id)).errors).toBeUndefined();
  });

  const listed = async (role: 'HQ_ANALYST' | 'BRANCH' | 'REGULATOR') =>
    ((await api.as(role).query(`{ reports { id } }`)).data.reports as { id: string }[]).map((r) => r.id);

  it('shows HQ every report, drafts included', async () => {
    expect(await listed('HQ_ANALYST')).toEqual(
      expect.arrayContaining([gzDraft, gzSubmitted, bjSubmitted, thSubmitted]),
    );
  });

  it("shows a branch its subtree's reports; another unit's is, to it, no report at all", async () => {
    const ids = await listed('BRANCH');
    expect(ids).toEqual(expect.arrayContaining([gzDraft, gzSubmitted, thSubmitted, gzToRegulator]));
    expect(ids).not.toContain(bjSubmitted);
    expect(ids).not.toContain(bjToRegulator);
    expect(codes(await api.as('BRANCH').query(`{ report(id: "${bjSubmitted}") { id } }`))).toEqual(['NOT_FOUND']);
    expect(
      codes(
        await api
          .as('BRANCH')
          .query(`mutation { createReport(input: { template: BRANCH, unit: "BJ", period: ${JAN_2013} }) { id } }`),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(codes(await submitReport(api.as('BRANCH'), bjSubmitted, 'mine now'))).toEqual(['NOT_FOUND']);
    expect(codes(await api.as('BRANCH', ['FS']).query(`{ report(id: "${gzSubmitted}") { id } }`))).toEqual([
      'NOT_FOUND',
    ]);
  });

  it('shows a regulator only submitted reports to the regulator of its jurisdiction, with their frozen content', async () => {
    expect(await listed('REGULATOR')).toEqual([gzToRegulator]);
    const found = await api
      .as('REGULATOR')
      .query(`{ report(id: "${gzToRegulator}") { status latest { version content { ${CONTENT} } } } }`);
    expect(found.errors).toBeUndefined();
    // the jurisdiction's own row first: GZ's subtree in January 2013, IN-GZ and IN-TH
    const [own] = found.data.report.latest.content.sections.find((s: { key: string }) => s.key === 'metrics').rows;
    expect([own.cells[0].text, own.cells[1].number]).toEqual(['广州市分公司', 2]);
  });

  it('refuses a regulator drafts, reports to headquarters, previews, live figures, submissions and restatements', async () => {
    const regulator = api.as('REGULATOR');
    expect(codes(await regulator.query(`{ report(id: "${gzDraft}") { id } }`))).toEqual(['NOT_FOUND']);
    expect(codes(await regulator.query(`{ report(id: "${gzSubmitted}") { id } }`))).toEqual(['NOT_FOUND']);
    expect(codes(await regulator.query(`{ report(id: "${bjToRegulator}") { id } }`))).toEqual(['NOT_FOUND']);
    expect(
      codes(
        await regulator.query(
          `{ reportPreview(input: { template: REGULATOR, unit: "GD", period: ${JAN_2013} }) { asOf } }`,
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(
      codes(
        await regulator.query(
          `mutation { createReport(input: { template: REGULATOR, unit: "GD", period: ${JAN_2013} }) { id } }`,
        ),
      ),
    ).toEqual(['FORBIDDEN']);
    expect(codes(await submitReport(regulator, gzToRegulator, 'no'))).toEqual(['FORBIDDEN']);
    expect(codes(await regulator.query(`{ report(id: "${gzToRegulator}") { live { asOf } } }`))).toEqual(['FORBIDDEN']);
    expect(
      codes(await regulator.query(`{ report(id: "${gzToRegulator}") { latest { restatement { unchanged } } } }`)),
    ).toEqual(['FORBIDDEN']);
  });

  it('asks anonymous callers to sign in', async () => {
    expect(codes(await api.query(`{ reports { id } }`))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await api.query(`{ report(id: "${gzSubmitted}") { id } }`))).toEqual(['UNAUTHENTICATED']);
  });
});

// GET /reports/<id>/v/<n>.(xlsx|pdf) and /reports/<id>/draft.(xlsx|pdf): the session cookie or the
// bearer token of GraphQL, the same rules, a UTF-8 filename, JSON errors, an audit entry per download.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSql } from '../support/fixtures.js';
import { startTestServer, TEST_PASSWORD, type TestServer } from '../support/graphql.js';
import { ACCESS_SQL, createReport, submitReport } from './helpers.js';

let api: TestServer;
let id: string;
/** A submitted report to the regulator of GZ, which the regulator may read. */
let toRegulator: string;
let branchCookie: string;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Signs a role's test user in through GraphQL and returns its session cookie. */
async function signIn(role: 'BRANCH' | 'REGULATOR', units?: string[]): Promise<string> {
  const username = await api.user(role, units);
  const response = await api.raw(
    {},
    JSON.stringify({
      query: `mutation { signIn(username: "${username}", password: "${TEST_PASSWORD}") { username } }`,
    }),
  );
  return response.headers.get('set-cookie')!.split(';')[0];
}

/** A bearer token of a new user, made by the test administrator. */
async function tokenOf(role: 'HQ_ANALYST' | 'REGULATOR'): Promise<string> {
  const username = await api.user(role);
  const made = await api
    .as('HQ_ADMIN')
    .query(`mutation { createApiToken(username: "${username}", name: "downloads") { token } }`);
  return made.data.createApiToken.token;
}

const get = (path: string, headers: Record<string, string> = {}) => fetch(`${api.server.url}${path}`, { headers });

beforeAll(async () => {
  api = await startTestServer((url) => runSql(url, ACCESS_SQL));
  id = await createReport(api.as('BRANCH'), 'GZ');
  expect((await submitReport(api.as('BRANCH'), id)).errors).toBeUndefined();
  const made = await api
    .as('BRANCH')
    .query(
      `mutation { createReport(input: { template: REGULATOR, unit: "GZ", period: { from: "2013-01-01", to: "2013-01-31" } }) { id } }`,
    );
  toRegulator = made.data.createReport.id;
  expect((await submitReport(api.as('BRANCH'), toRegulator)).errors).toBeUndefined();
  branchCookie = await signIn('BRANCH');
}, 120_000);
// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
afterAll(() => api?.close());

describe('report downloads', () => {
  it('sends a submitted version with its content type and a UTF-8 filename, by session cookie', async () => {
    const response = await get(`/reports/${id}/v/1.xlsx`, { cookie: branchCookie });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(XLSX);
    const disposition = response.headers.get('content-disposition')!;
    expect(disposition).toContain(
      `filename*=UTF-8''${encodeURIComponent('广州市分公司_2013-01-01_2013-01-31_v1.xlsx')}`,
    );
    expect(disposition).toMatch(/^attachment; filename="[\x20-\x7e]+_2013-01-01_2013-01-31_v1\.xlsx"/);
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(0);
  });

  it('sends the PDF in English by bearer token, and the draft to HQ', async () => {
    const token = await tokenOf('HQ_ANALYST');
    const pdf = await get(`/reports/${id}/v/1.pdf?lang=en`, { authorization: `Bearer ${token}` });
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    expect(pdf.headers.get('content-disposition')).toContain(`filename*=UTF-8''Guangzhou_2013-01-01_2013-01-31_v1.pdf`);
    const draft = await get(`/reports/${id}/draft.xlsx`, { authorization: `Bearer ${token}` });
    expect(draft.status).toBe(200);
    expect(draft.headers.get('content-disposition')).toContain(
      encodeURIComponent('广州市分公司_2013-01-01_2013-01-31_草稿.xlsx'),
    );
  });

  it('refuses without credentials (401), answers another branch as for no report (404), refuses a regulator a draft (403)', async () => {
    const anonymous = await get(`/reports/${id}/v/1.xlsx`);
    expect(anonymous.status).toBe(401);
    expect(await anonymous.json()).toEqual({ error: { code: 'UNAUTHENTICATED', message: expect.any(String) } });
    const other = await get(`/reports/${id}/v/1.xlsx`, { cookie: await signIn('BRANCH', ['FS']) });
    expect(other.status).toBe(404);
    expect(await other.json()).toEqual({ error: { code: 'NOT_FOUND', message: `report "${id}" does not exist` } });
    const regulator = await tokenOf('REGULATOR');
    expect((await get(`/reports/${id}/v/1.xlsx`, { authorization: `Bearer ${regulator}` })).status).toBe(404);
    expect((await get(`/reports/${toRegulator}/v/1.xlsx`, { authorization: `Bearer ${regulator}` })).status).toBe(200);
    expect((await get(`/reports/${toRegulator}/draft.pdf`, { authorization: `Bearer ${regulator}` })).status).toBe(403);
  });

  it('answers 404 for an unknown report or version, 400 for a bad file name or language', async () => {
    const status = async (path: string) => (await get(path, { cookie: branchCookie })).status;
    expect(await status(`/reports/999999/v/1.xlsx`)).toBe(404);
    expect(await status(`/reports/${id}/v/7.xlsx`)).toBe(404);
    expect(await status(`/reports/${id}/v/1.docx`)).toBe(400);
    expect(await status(`/reports/${id}/v/1.xlsx?lang=fr`)).toBe(400);
  });

  it('writes REPORT_EXPORTED for every download, naming who and what', async () => {
    const log = await api
      .as('HQ_ADMIN')
      .query(`{ auditLog(first: 50) { edges { node { action actor subject detail } } } }`);
    const exported = log.data.auditLog.edges
      .map((e: { node: { action: string } }) => e.node)
      .filter((n: { action: string }) => n.action === 'REPORT_EXPORTED')
      .map((n: { actor: string; subject: string; detail: string }) => {
        const detail = JSON.parse(n.detail);
        return [n.actor, n.subject, detail.version, detail.format, detail.language];
      });
    expect(exported).toEqual([
      ['regulator-gd-gz', toRegulator, 1, 'xlsx', 'zh-CN'],
      ['hq-analyst', id, 'draft', 'xlsx', 'zh-CN'],
      ['hq-analyst', id, 1, 'pdf', 'en'],
      ['branch-gz', id, 1, 'xlsx', 'zh-CN'],
    ]);
  });
});

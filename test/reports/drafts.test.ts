// Editing and deleting a draft (issue 11): whoever may edit a report may do both — HQ any report, a
// branch those of its own units, never a regulator, never a submitted report. A report the caller
// may not read is NOT_FOUND (as an unknown one), one it may read but not edit FORBIDDEN, a submitted
// one BAD_USER_INPUT; both are written to the audit log, and an edit never slips in beside a
// submission of the same report.
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

const PARAMETERS = 'id template unit { code } from to comparison status';
const FEB_2013 = '{ from: "2013-02-01", to: "2013-02-28" }';
const update = (id: string, input: string) =>
  `mutation { updateReport(id: "${id}", input: ${input}) { ${PARAMETERS} } }`;
const remove = (id: string) => `mutation { deleteReport(id: "${id}") }`;
const parametersOf = async (id: string) =>
  (await api.as('HQ_ADMIN').query(`{ report(id: "${id}") { ${PARAMETERS} } }`)).data?.report ?? null;

/** The audit log's report entries of one report, newest first. */
async function audit(id: string) {
  const log = await api
    .as('HQ_ADMIN')
    .query(`{ auditLog(first: 50) { edges { node { action actor subject detail } } } }`);
  return log.data.auditLog.edges
    .map((edge: { node: { action: string; actor: string; subject: string; detail: string } }) => ({
      ...edge.node,
      detail: JSON.parse(edge.node.detail),
    }))
    .filter((node: { subject: string; action: string }) => node.subject === id && node.action.startsWith('REPORT_'));
}

describe('editing a draft', () => {
  it('changes its template, unit, period and comparison; its live figures follow, and the audit log says from what to what', async () => {
    const id = await createReport(api.as('HQ_ANALYST'), 'GZ');
    const edited = await api
      .as('HQ_ANALYST')
      .query(update(id, `{ template: REGULATOR, unit: "GD", period: ${FEB_2013}, comparison: PREVIOUS }`));
    expect(edited.errors).toBeUndefined();
    expect(edited.data.updateReport).toEqual({
      id,
      template: 'REGULATOR',
      unit: { code: 'GD' },
      from: '2013-02-01',
      to: '2013-02-28',
      comparison: 'PREVIOUS',
      status: 'DRAFT',
    });
    const live = await api.as('HQ_ANALYST').query(`{ report(id: "${id}") { live { ${CONTENT} } } }`);
    expect(live.data.report.live).toMatchObject({ unit: { code: 'GD' }, from: '2013-02-01', to: '2013-02-28' });
    const [entry] = await audit(id);
    expect(entry).toEqual({
      action: 'REPORT_UPDATED',
      actor: 'hq-analyst',
      subject: id,
      detail: {
        before: { template: 'BRANCH', unit: 'GZ', from: '2013-01-01', to: '2013-01-31', comparison: 'YOY' },
        after: { template: 'REGULATOR', unit: 'GD', from: '2013-02-01', to: '2013-02-28', comparison: 'PREVIOUS' },
      },
    });
  });

  it('lets a branch edit a draft of its own units, whoever made it, but not move it outside them', async () => {
    const id = await createReport(api.as('HQ_ADMIN'), 'GZ');
    const edited = await api.as('BRANCH').query(update(id, `{ template: BRANCH, unit: "TH", period: ${JAN_2013} }`));
    expect(edited.errors).toBeUndefined();
    expect(edited.data.updateReport.unit).toEqual({ code: 'TH' });
    const live = await api.as('BRANCH').query(`{ report(id: "${id}") { live { ${CONTENT} } } }`);
    expect(complaintsOf(live.data.report.live)).toBe(1); // IN-TH
    const moved = await api.as('BRANCH').query(update(id, `{ template: BRANCH, unit: "BJ", period: ${JAN_2013} }`));
    expect(codes(moved)).toEqual(['FORBIDDEN']);
    expect(JSON.stringify(moved)).not.toContain('北京');
    expect((await parametersOf(id)).unit).toEqual({ code: 'TH' });
  });

  it('refuses bad parameters as creating does, and changes nothing', async () => {
    const id = await createReport(api.as('HQ_ADMIN'), 'GZ');
    expect(
      codes(
        await api
          .as('HQ_ADMIN')
          .query(update(id, `{ template: BRANCH, unit: "GZ", period: { from: "2013-02-01", to: "2013-01-01" } }`)),
      ),
    ).toEqual(['BAD_USER_INPUT']);
    expect(
      codes(await api.as('HQ_ADMIN').query(update(id, `{ template: BRANCH, unit: "XX", period: ${JAN_2013} }`))),
    ).toEqual(['NOT_FOUND']);
    expect(await parametersOf(id)).toMatchObject({ unit: { code: 'GZ' }, from: '2013-01-01' });
  });
});

describe('deleting a draft', () => {
  it('deletes it for good: no longer found nor listed; the audit log keeps what it was', async () => {
    const id = await createReport(api.as('BRANCH'), 'GZ');
    const deleted = await api.as('BRANCH').query(remove(id));
    expect(deleted).toEqual({ data: { deleteReport: true } });
    expect(codes(await api.as('BRANCH').query(`{ report(id: "${id}") { id } }`))).toEqual(['NOT_FOUND']);
    expect((await api.as('HQ_ADMIN').query(`{ reports { id } }`)).data.reports).not.toContainEqual({ id });
    expect(codes(await api.as('BRANCH').query(remove(id)))).toEqual(['NOT_FOUND']);
    expect((await audit(id)).map((entry: { action: string; detail: unknown }) => [entry.action, entry.detail])).toEqual(
      [
        ['REPORT_DELETED', { template: 'BRANCH', unit: 'GZ', from: '2013-01-01', to: '2013-01-31', comparison: 'YOY' }],
        ['REPORT_CREATED', { template: 'BRANCH', unit: 'GZ', from: '2013-01-01', to: '2013-01-31', comparison: 'YOY' }],
      ],
    );
  });
});

describe('who may edit or delete which report', () => {
  it('NOT_FOUND for a report the caller may not read: another branch’s, any draft to a regulator', async () => {
    const beijing = await createReport(api.as('HQ_ADMIN'), 'BJ');
    const gz = await createReport(api.as('HQ_ADMIN'), 'GZ');
    for (const [role, id] of [
      ['BRANCH', beijing],
      ['REGULATOR', beijing],
      ['REGULATOR', gz],
    ] as const) {
      for (const operation of [update(id, `{ template: BRANCH, unit: "GZ", period: ${JAN_2013} }`), remove(id)]) {
        const answer = await api.as(role).query(operation);
        expect(answer.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
          ['NOT_FOUND', `report "${id}" does not exist`],
        ]);
      }
    }
    expect(await parametersOf(beijing)).toMatchObject({ unit: { code: 'BJ' } });
    expect(await parametersOf(gz)).toMatchObject({ unit: { code: 'GZ' } });
  });

  it('FORBIDDEN for one it may read but not edit: a regulator’s submitted report of its jurisdiction', async () => {
    const made = await api
      .as('HQ_ADMIN')
      .query(`mutation { createReport(input: { template: REGULATOR, unit: "GZ", period: ${JAN_2013} }) { id } }`);
    const id = made.data.createReport.id;
    expect((await submitReport(api.as('HQ_ADMIN'), id)).errors).toBeUndefined();
    expect(
      codes(await api.as('REGULATOR').query(update(id, `{ template: REGULATOR, unit: "GZ", period: ${FEB_2013} }`))),
    ).toEqual(['FORBIDDEN']);
    expect(codes(await api.as('REGULATOR').query(remove(id)))).toEqual(['FORBIDDEN']);
  });

  it('BAD_USER_INPUT for a submitted report, to everyone who could have edited it; it stays as it was', async () => {
    const id = await createReport(api.as('BRANCH'), 'GZ');
    expect((await submitReport(api.as('BRANCH'), id)).errors).toBeUndefined();
    for (const role of ['HQ_ADMIN', 'HQ_ANALYST', 'BRANCH'] as const) {
      const edited = await api.as(role).query(update(id, `{ template: BRANCH, unit: "GZ", period: ${FEB_2013} }`));
      expect(edited.errors?.map((e) => [e.extensions?.code, e.message])).toEqual([
        [
          'BAD_USER_INPUT',
          `report ${id} was submitted (version 1): a submitted report cannot be edited; submit a correction (a new version) instead`,
        ],
      ]);
      expect(codes(await api.as(role).query(remove(id)))).toEqual(['BAD_USER_INPUT']);
    }
    expect(await parametersOf(id)).toMatchObject({ from: '2013-01-01', status: 'SUBMITTED' });
    expect((await audit(id)).map((entry: { action: string }) => entry.action)).toEqual([
      'REPORT_SUBMITTED',
      'REPORT_CREATED',
    ]);
  });

  it('UNAUTHENTICATED without signing in', async () => {
    const id = await createReport(api.as('HQ_ADMIN'), 'GZ');
    expect(codes(await api.query(remove(id)))).toEqual(['UNAUTHENTICATED']);
    expect(codes(await api.query(update(id, `{ template: BRANCH, unit: "GZ", period: ${FEB_2013} }`)))).toEqual([
      'UNAUTHENTICATED',
    ]);
  });
});

describe('an edit and a submission of one report at the same moment', () => {
  it('take turns: a version is always of the parameters its report has', async () => {
    for (let round = 0; round < 4; round += 1) {
      const id = await createReport(api.as('HQ_ADMIN'), 'GZ');
      const [submitted, edited] = await Promise.all([
        submitReport(api.as('HQ_ADMIN'), id),
        api.as('HQ_ANALYST').query(update(id, `{ template: BRANCH, unit: "TH", period: ${FEB_2013} }`)),
      ]);
      // one of them may be refused (the edit of a report just submitted, or a submission of one just edited)
      expect([...(codes(submitted) ?? []), ...(codes(edited) ?? [])].every((code) => code === 'BAD_USER_INPUT')).toBe(
        true,
      );
      const report = await api
        .as('HQ_ADMIN')
        .query(`{ report(id: "${id}") { unit { code } from to latest { content { unit { code } from to } } } }`);
      const { unit, from, to, latest } = report.data.report;
      if (latest) expect(latest.content).toEqual({ unit, from, to });
      expect(submitted.errors === undefined || edited.errors === undefined).toBe(true);
    }
  });
});

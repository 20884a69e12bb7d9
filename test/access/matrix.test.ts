import { readFile } from 'node:fs/promises';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../db/domain.js';
import { runSql } from '../support/fixtures.js';
import {
  startTestServer,
  TEST_PASSWORD,
  type Caller,
  type GraphQLResponse,
  type TestServer,
} from '../support/graphql.js';
import { ACCESS_SQL, JAN_2013, MOVED_IN_SQL } from './fixtures.js';

// The leak matrix (issue 4): every root query and mutation of the committed schema × every caller ×
// a unit inside and outside the caller's scope. A root field without a case here fails the first
// test, so a new field cannot ship without saying who may call it; each cell checks the outcome
// (data, or the error code alone) and that nothing of the outside unit appears where it must not.
// The lists that take a date have cells of their own: MV (MOVED_IN_SQL) came to GZ from Beijing, and
// a date must not bring its Beijing days into a scoped caller's answer; so have a figure's complaints
// (complaints(filter: {figure})) and a ranking's scopeTotal.

type CallerName = 'ANONYMOUS' | Role;
type Where = 'inside' | 'outside';
type Outcome = 'DATA' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND';

const CALLERS: CallerName[] = ['ANONYMOUS', 'HQ_ADMIN', 'HQ_ANALYST', 'BRANCH', 'REGULATOR'];
const HQ_ROLES: CallerName[] = ['HQ_ADMIN', 'HQ_ANALYST'];
/** GZ lies in the BRANCH user's GZ and in the REGULATOR's GD + GZ; BJ in neither. */
const UNIT: Record<Where, string> = { inside: 'GZ', outside: 'BJ' };
const COMPLAINT: Record<Where, string> = { inside: 'IN-GZ', outside: 'OUT-BJ' };

// The rules, as the README states them.
const anyone = (): Outcome => 'DATA';
const signedIn = (caller: CallerName): Outcome => (caller === 'ANONYMOUS' ? 'UNAUTHENTICATED' : 'DATA');
const adminOnly = (caller: CallerName): Outcome =>
  caller === 'ANONYMOUS' ? 'UNAUTHENTICATED' : caller === 'HQ_ADMIN' ? 'DATA' : 'FORBIDDEN';
const byScope = (caller: CallerName, where: Where): Outcome =>
  caller === 'ANONYMOUS' ? 'UNAUTHENTICATED' : where === 'inside' || HQ_ROLES.includes(caller) ? 'DATA' : 'FORBIDDEN';
/** Drafting reports: by scope, and never for a regulator (it sees submitted reports only). */
const reportAuthors = (caller: CallerName, where: Where): Outcome =>
  caller === 'REGULATOR' ? 'FORBIDDEN' : byScope(caller, where);
/**
 * A report (the matrix's are reports to headquarters) the caller may not read does not exist for it:
 * outside its scope, or any report to headquarters for a regulator.
 */
const reportReaders = (caller: CallerName, where: Where): Outcome =>
  caller === 'ANONYMOUS'
    ? 'UNAUTHENTICATED'
    : caller === 'REGULATOR' || byScope(caller, where) === 'FORBIDDEN'
      ? 'NOT_FOUND'
      : 'DATA';
/** The internal scorecard (RULES.md §5): by scope, and never for a regulator. */
const scorecardReaders = (caller: CallerName, where: Where): Outcome =>
  caller === 'REGULATOR' ? 'FORBIDDEN' : byScope(caller, where);
/** Submitting: a drafting role, then a report it may read. */
const reportSubmitters = (caller: CallerName, where: Where): Outcome =>
  caller === 'REGULATOR' ? 'FORBIDDEN' : reportReaders(caller, where);

interface Case {
  /** The operation for a caller and a place; `n` makes names unique where a mutation creates something. */
  operation: (where: Where, n: string) => string;
  expect: (caller: CallerName, where: Where) => Outcome;
}

const PERSON = 'customerName customerPhone';
const CASES: Record<string, Case> = {
  // queries
  unit: { operation: (w) => `{ unit(code: "${UNIT[w]}") { code level parent { code } } }`, expect: byScope },
  units: { operation: (w) => `{ units(parent: "${UNIT[w]}") { code } }`, expect: byScope },
  // A search offers what the caller may see: for a scoped caller the outside unit is simply not found.
  searchUnits: {
    operation: (w) => `{ searchUnits(text: "${w === 'inside' ? 'GZ' : '北京'}") { code nameZh level } }`,
    expect: signedIn,
  },
  metricDefinitions: { operation: () => `{ metricDefinitions { key } }`, expect: signedIn },
  metric: {
    operation: (w) =>
      `{ metric(unit: "${UNIT[w]}", metric: COMPLAINTS, period: ${JAN_2013}) { value previous benchmark } }`,
    expect: byScope,
  },
  ranking: {
    operation: (w) =>
      `{ ranking(metric: PER_100M_PREMIUM, period: ${JAN_2013}, parent: "${UNIT[w]}") { rows { unit { code } value } benchmark } }`,
    expect: byScope,
  },
  trend: {
    operation: (w) =>
      `{ trend(unit: "${UNIT[w]}", metric: COMPLAINTS, period: ${JAN_2013}, granularity: MONTH) { value } }`,
    expect: byScope,
  },
  compare: {
    operation: (w) =>
      `{ compare(units: ["${UNIT[w]}"], metrics: [COMPLAINTS], period: ${JAN_2013}) { rows { unit { code } values { value } } } }`,
    expect: byScope,
  },
  breakdown: {
    operation: (w) =>
      `{ breakdown(unit: "${UNIT[w]}", metric: COMPLAINTS, period: ${JAN_2013}, by: CHANNEL) { items { key value } } }`,
    expect: byScope,
  },
  backlogAging: {
    operation: (w) => `{ backlogAging(unit: "${UNIT[w]}", asOf: "2013-01-31T00:00:00Z") { total } }`,
    expect: byScope,
  },
  activitySummary: {
    operation: (w) => `{ activitySummary(unit: "${UNIT[w]}", period: ${JAN_2013}) { kind count } }`,
    expect: byScope,
  },
  complaints: {
    operation: (w) =>
      `{ complaints(filter: { unit: "${UNIT[w]}" }) { totalCount edges { node { ref ${PERSON} unit { code } } } } }`,
    expect: byScope,
  },
  complaint: {
    operation: (w) => `{ complaint(ref: "${COMPLAINT[w]}") { ref ${PERSON} unit { code } } }`,
    expect: byScope,
  },
  me: { operation: () => `{ me { username role } }`, expect: anyone },
  reportPreview: {
    operation: (w) =>
      `{ reportPreview(input: { template: BRANCH, unit: "${UNIT[w]}", period: ${JAN_2013} }) { unit { code } sections { key } scorecardRuleSets { code version } } }`,
    expect: reportAuthors,
  },
  reports: { operation: () => `{ reports { id status unit { code name { zh } } } }`, expect: signedIn },
  report: {
    operation: (w) =>
      `{ report(id: "${reportIds[w]}") { id status unit { code } versions { version rules { ruleSets { code version } calendarVersion }
        content { unit { code } scorecardRuleSets { code version } sections { key } } } } }`,
    expect: reportReaders,
  },
  deadlineRuleSets: {
    operation: () => `{ deadlineRuleSets { code version name { zh } simple { n unit } maxDays current } }`,
    expect: signedIn,
  },
  scorecardRuleSets: {
    operation: () => `{ scorecardRuleSets { code version items { code kind } } }`,
    expect: (caller) => scorecardReaders(caller, 'inside'),
  },
  scorecard: {
    operation: (w) =>
      `{ scorecard(unit: "${UNIT[w]}", period: ${JAN_2013}) { unit { code } total items { item { code } points flag } } }`,
    expect: scorecardReaders,
  },
  scorecardRanking: {
    operation: (w) =>
      `{ scorecardRanking(period: ${JAN_2013}, parent: "${UNIT[w]}") { rows { unit { code } total rank } } }`,
    expect: scorecardReaders,
  },
  users: { operation: () => `{ users { username } }`, expect: adminOnly },
  auditLog: { operation: () => `{ auditLog(first: 5) { edges { node { action } } } }`, expect: adminOnly },
  // mutations
  signIn: {
    operation: () => `mutation { signIn(username: "hq-analyst", password: "${TEST_PASSWORD}") { username } }`,
    expect: anyone,
  },
  signOut: { operation: () => `mutation { signOut }`, expect: anyone },
  createUser: {
    operation: (w, n) =>
      `mutation { createUser(input: { username: "made-${n}", password: "a-long-password", role: BRANCH, units: ["${UNIT[w]}"] }) { username } }`,
    expect: adminOnly,
  },
  updateUser: {
    operation: (w) =>
      `mutation { updateUser(username: "matrix-target", input: { units: ["${UNIT[w]}"] }) { username } }`,
    expect: adminOnly,
  },
  revokeSessions: { operation: () => `mutation { revokeSessions(username: "matrix-target") }`, expect: adminOnly },
  createApiToken: {
    operation: (_, n) => `mutation { createApiToken(username: "matrix-target", name: "${n}") { apiToken { id } } }`,
    expect: adminOnly,
  },
  revokeApiToken: { operation: () => `mutation { revokeApiToken(id: ${targetTokenId}) { id } }`, expect: adminOnly },
  enterScorecardPoints: {
    operation: (w, n) =>
      `mutation { enterScorecardPoints(unit: "${UNIT[w]}", period: ${JAN_2013}, item: "Q1", points: 8, note: "matrix ${n}") { unit points } }`,
    expect: adminOnly,
  },
  // Each allowed cell saves a rule set of its own code (a new version 1), so no cell depends on another.
  saveScorecardRuleSet: {
    operation: (_, n) =>
      `mutation { saveScorecardRuleSet(input: { code: "MX_${n.toUpperCase().replace(/[^A-Z0-9]/g, '_')}", name: { zh: "矩阵", en: "Matrix" },
        effectiveFrom: "2015-01-01", effectiveTo: "2015-12-31", total: 10, peerLevel: PROVINCE, status: DRAFT,
        items: [{ code: "Q1", nameZh: "制度", nameEn: "Rules", kind: MANUAL, max: 10 }] }) { code version } }`,
    expect: adminOnly,
  },
  createReport: {
    operation: (w) =>
      `mutation { createReport(input: { template: BRANCH, unit: "${UNIT[w]}", period: ${JAN_2013} }) { id unit { code } } }`,
    expect: reportAuthors,
  },
  submitReport: {
    operation: (w, n) => `mutation { submitReport(id: "${reportIds[w]}", reason: "matrix ${n}") { version } }`,
    expect: reportSubmitters,
  },
  // Each cell edits or deletes a draft of its own (made for it in beforeAll), so no cell depends on another.
  updateReport: {
    operation: (w, n) =>
      `mutation { updateReport(id: "${draftIds.update[n]}", input: { template: BRANCH, unit: "${UNIT[w]}", period: { from: "2013-01-01", to: "2013-01-15" } }) { id unit { code } from to } }`,
    expect: reportReaders,
  },
  deleteReport: {
    operation: (_, n) => `mutation { deleteReport(id: "${draftIds.delete[n]}") }`,
    expect: reportReaders,
  },
  // The shipped parameters again: a new version that moves no deadline (the complaints below are COMPLEX).
  changeDeadlineRuleSet: {
    operation: () =>
      `mutation { changeDeadlineRuleSet(code: "COMPANY_STD", change: { simple: { n: 10, unit: WORKING_DAYS }, complex: { n: 30, unit: DAYS }, maxDays: 60 }) { recomputed ruleSet { version } } }`,
    expect: adminOnly,
  },
};

/** List parameters that take a date, on the tree of 2013-06-30 (MV under GZ): for each, its root field. */
const AT = '"2013-06-30"';
const HISTORY = 'history { validFrom parent { code } }';
const DATED: Record<string, Case & { root: string }> = {
  // a complaint's deadline explained (RULES.md §3): seen exactly where the complaint is
  'complaint { deadline }': {
    root: 'complaint',
    operation: (w) => `{ complaint(ref: "${COMPLAINT[w]}") { ref dueAt dueSource handlingClass
      deadline { source d0 lastDay cap calendarVersion ruleSet { code version name { zh } } pauses { kind } extension { reason approver } } } }`,
    expect: byScope,
  },
  'complaints(unit, at)': {
    root: 'complaints',
    operation: (w) =>
      `{ complaints(filter: { unit: "${UNIT[w]}", at: ${AT} }) { totalCount edges { node { ref ${PERSON} unit { code } } } } }`,
    expect: byScope,
  },
  'complaints(at)': {
    root: 'complaints',
    operation: () =>
      `{ complaints(filter: { at: ${AT} }) { totalCount edges { node { ref ${PERSON} unit { code } } } } }`,
    expect: signedIn,
  },
  // a figure's complaints (issue 11): a flow, and a stock open at the end of 2013-06-30 received any day
  // before it (OUT-BJ-MV, Beijing's on its day of receipt, is open then and must stay out)
  'complaints(figure COMPLAINTS)': {
    root: 'complaints',
    operation: (
      w,
    ) => `{ complaints(filter: { unit: "${UNIT[w]}", period: ${JAN_2013}, figure: { metric: COMPLAINTS } }) {
      totalCount instant edges { node { ref ${PERSON} unit { code } } } } }`,
    expect: byScope,
  },
  'complaints(figure OPEN_BACKLOG)': {
    root: 'complaints',
    operation: (
      w,
    ) => `{ complaints(filter: { unit: "${UNIT[w]}", at: ${AT}, period: { from: "2013-06-01", to: "2013-06-30" },
      figure: { metric: OPEN_BACKLOG } }) { totalCount instant edges { node { ref ${PERSON} unit { code } } } } }`,
    expect: byScope,
  },
  'ranking { scopeTotal }': {
    root: 'ranking',
    operation: (w) =>
      `{ ranking(metric: COMPLAINTS, period: ${JAN_2013}, parent: "${UNIT[w]}") { scopeTotal rows { unit { code } value } } }`,
    expect: byScope,
  },
  // the measures of RULES.md §4: an index measured against peers the caller may not see in full (it
  // names none of them), issues split by their own categories, and the complaints raising them
  'metric(COMPLAINT_INDEX)': {
    root: 'metric',
    operation: (w) =>
      `{ metric(unit: "${UNIT[w]}", metric: COMPLAINT_INDEX, period: ${JAN_2013}) { value previous benchmark } }`,
    expect: byScope,
  },
  'ranking(COMPLAINT_INDEX)': {
    root: 'ranking',
    operation: (w) =>
      `{ ranking(metric: COMPLAINT_INDEX, period: ${JAN_2013}, parent: "${UNIT[w]}") { scopeTotal rows { unit { code } value } } }`,
    expect: byScope,
  },
  'trend(CLOSED_WITHIN_3_WORKING_DAYS)': {
    root: 'trend',
    operation: (w) =>
      `{ trend(unit: "${UNIT[w]}", metric: CLOSED_WITHIN_3_WORKING_DAYS, period: ${JAN_2013}, granularity: MONTH) { value } }`,
    expect: byScope,
  },
  'breakdown(ISSUES by CATEGORY)': {
    root: 'breakdown',
    operation: (w) =>
      `{ breakdown(unit: "${UNIT[w]}", metric: ISSUES, period: ${JAN_2013}, by: CATEGORY) { items { key value } } }`,
    expect: byScope,
  },
  'complaints(figure ISSUES, categories)': {
    root: 'complaints',
    operation: (w) => `{ complaints(filter: { unit: "${UNIT[w]}", period: ${JAN_2013}, categories: [CLAIMS],
      figure: { metric: ISSUES } }) { totalCount edges { node { ref ${PERSON} unit { code } } } } }`,
    expect: byScope,
  },
  'units(parent, at)': {
    root: 'units',
    operation: (w) => `{ units(parent: "${UNIT[w]}", at: ${AT}) { code ${HISTORY} } }`,
    expect: byScope,
  },
  'units(level, at)': {
    root: 'units',
    operation: () => `{ units(level: CITY, at: ${AT}) { code ${HISTORY} } }`,
    expect: signedIn,
  },
  'searchUnits(at)': {
    root: 'searchUnits',
    operation: () => `{ searchUnits(text: "V", at: ${AT}) { code ${HISTORY} } }`,
    expect: signedIn,
  },
  'unit(at) children': {
    root: 'unit',
    operation: (w) => `{ unit(code: "${UNIT[w]}", at: ${AT}) { code children(at: ${AT}) { code ${HISTORY} } } }`,
    expect: byScope,
  },
};

/** The two complaints of the matrix with a deadline computed under COMPANY_STD (30 days, COMPLEX), so it can be explained. */
const COMPUTED_SQL = `update complaint set handling_class = 'COMPLEX', due_source = 'DEFAULT', rule_set_code = 'COMPANY_STD',
    rule_set_version = 1, due_at = (received_date + 31)::timestamp at time zone 'Asia/Shanghai' - interval '1 millisecond'
  where ref in ('IN-GZ', 'OUT-BJ');`;

let targetTokenId = 0;
/** A submitted report of the unit inside the scopes (GZ) and one of the unit outside (BJ). */
const reportIds: Record<Where, string> = { inside: '', outside: '' };
/**
 * A draft per cell of updateReport and deleteReport, of the cell's unit, keyed by the cell's name:
 * editing and deleting follow reading (a regulator reads no draft), every caller gets its own.
 */
const draftIds: Record<'update' | 'delete', Record<string, string>> = { update: {}, delete: {} };

let api: TestServer;
let callers: Record<CallerName, Caller>;
beforeAll(async () => {
  api = await startTestServer((url) => runSql(url, ACCESS_SQL + MOVED_IN_SQL + COMPUTED_SQL));
  callers = {
    ANONYMOUS: api,
    ...Object.fromEntries(CALLERS.slice(1).map((role) => [role, api.as(role as Role)])),
  } as never;
  // The analyst signs in (signIn's case); the admin acts on a target user and its token.
  await api.user('HQ_ANALYST');
  const setUp = await api.as('HQ_ADMIN').query(`mutation {
    createUser(input: { username: "matrix-target", password: "a-long-password", role: BRANCH, units: ["GZ"] }) { username }
    createApiToken(username: "matrix-target", name: "to revoke") { apiToken { id } } }`);
  expect(setUp.errors).toBeUndefined();
  targetTokenId = setUp.data.createApiToken.apiToken.id;
  for (const where of ['inside', 'outside'] as Where[]) {
    const made = await api
      .as('HQ_ADMIN')
      .query(
        `mutation { createReport(input: { template: BRANCH, unit: "${UNIT[where]}", period: ${JAN_2013} }) { id } }`,
      );
    reportIds[where] = made.data.createReport.id;
    const submitted = await api
      .as('HQ_ADMIN')
      .query(`mutation { submitReport(id: "${reportIds[where]}") { version } }`);
    expect(submitted.errors).toBeUndefined();
    for (const caller of CALLERS) {
      for (const kind of ['update', 'delete'] as const) {
        const draft = await api
          .as('HQ_ADMIN')
          .query(
            `mutation { createReport(input: { template: BRANCH, unit: "${UNIT[where]}", period: ${JAN_2013} }) { id } }`,
          );
        draftIds[kind][cellName(caller, where)] = draft.data.createReport.id;
      }
    }
  }
}, 120_000);
// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
afterAll(() => api?.close());

describe('the access matrix', () => {
  it('has a case for every root query and mutation of the schema, and none for a field that is gone', async () => {
    const schema = buildSchema(await readFile('schema/schema.graphql', 'utf8'));
    const roots = [schema.getQueryType()!, schema.getMutationType()!].flatMap((type) => Object.keys(type.getFields()));
    expect(Object.keys(CASES).sort()).toEqual(roots.sort());
  });

  const cells = Object.keys(CASES).flatMap((field) =>
    CALLERS.flatMap((caller) => (['inside', 'outside'] as Where[]).map((where) => ({ field, caller, where }))),
  );

  it.each(cells)('$field × $caller × a unit $where the scope', async ({ field, caller, where }) => {
    await expectCell(CASES[field], field, caller, where);
  });

  const datedCells = Object.keys(DATED).flatMap((list) =>
    CALLERS.flatMap((caller) => (['inside', 'outside'] as Where[]).map((where) => ({ list, caller, where }))),
  );

  it.each(datedCells)('$list × $caller × a unit $where the scope', async ({ list, caller, where }) => {
    await expectCell(DATED[list], DATED[list].root, caller, where);
  });
});

/** A cell's name, unique among the cells of a field: names what a mutation creates, and the draft it edits. */
const cellName = (caller: CallerName, where: Where) => `${caller}-${where}`.toLowerCase().replace('_', '-');

/** A cell: the outcome the rule says, in the root field asked, and no leak. */
async function expectCell(cell: Case, field: string, caller: CallerName, where: Where): Promise<void> {
  const expected = cell.expect(caller, where);
  const response = await callers[caller].query(cell.operation(where, cellName(caller, where)));
  if (expected === 'DATA') {
    expect(response.errors).toBeUndefined();
    expect(response.data?.[field] === undefined).toBe(false);
  } else {
    expect(response.errors?.map((error) => error.extensions?.code)).toEqual([expected]);
    expect(response.data?.[field] ?? null).toBeNull();
  }
  expectNoLeak(caller, response);
}

/** What a scoped caller got never names the outside unit, and a regulator never sees raw personal data. */
function expectNoLeak(caller: CallerName, response: GraphQLResponse): void {
  const text = JSON.stringify(response.data ?? {});
  if (caller === 'BRANCH' || caller === 'REGULATOR') {
    for (const outside of ['"BJ"', 'OUT-BJ', '北京']) expect(text).not.toContain(outside);
  }
  if (caller === 'REGULATOR') {
    expect(text).not.toContain('张伟');
    expect(text).not.toContain('13812341234');
  }
}

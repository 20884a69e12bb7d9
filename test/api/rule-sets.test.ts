// HQ_ADMIN saves scorecard rule sets through the API (RULES.md §5): a new version, a draft replaced
// in place, every check refusing with the item and field named and nothing written, the refusal of a
// version a submitted report used, the audit line, and no one else allowed.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSql } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/graphql.js';
import { SCORECARD_SQL } from '../support/scorecard-fixture.js';

const SAVE = `mutation Save($input: ScorecardRuleSetInput!) {
  saveScorecardRuleSet(input: $input) { code version name { zh en } effectiveFrom effectiveTo total peerLevel peerParent status
    items { code kind max metric basis channels better bands { threshold points } best worst incidentKind pointsEach cap } } }`;

/** A valid rule set of two items and a deduction (60 + 40 = 100); each test changes what it needs. */
const valid = () => ({
  code: 'NEW_KP',
  name: { zh: '新考评', en: 'New scorecard' },
  effectiveFrom: '2015-01-01',
  effectiveTo: '2015-12-31',
  total: 100,
  peerLevel: 'PROVINCE' as string | null,
  status: 'DRAFT',
  items: [
    {
      code: 'M1',
      nameZh: '投诉量',
      nameEn: 'Complaints',
      kind: 'METRIC_BAND',
      max: 60,
      metric: 'COMPLAINTS',
      basis: 'ASSESSED',
      better: 'LOWER',
      bands: [
        { threshold: 1, points: 60 },
        { threshold: 3, points: 30 },
      ],
      // a parameter METRIC_BAND does not use: not stored
      best: 7,
    },
    { code: 'Q1', nameZh: '制度建设', nameEn: 'Rules', kind: 'MANUAL', max: 40 },
    {
      code: 'D1',
      nameZh: '媒体负面报道',
      nameEn: 'Media',
      kind: 'DEDUCTION',
      incidentKind: 'MEDIA_EXPOSURE',
      pointsEach: 5,
      cap: 10,
    },
  ],
});
type Input = ReturnType<typeof valid> & Record<string, unknown>;
type Item = Input['items'][number] & Record<string, unknown>;

let api: TestServer;
let client: pg.Client;

beforeAll(async () => {
  api = await startTestServer((url) => runSql(url, SCORECARD_SQL));
  client = new pg.Client({ connectionString: api.db.url });
  await client.connect();
}, 120_000);
afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
  await client?.end();
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
  await api?.close();
});

const save = (input: Record<string, unknown>, role: 'HQ_ADMIN' | 'HQ_ANALYST' | 'BRANCH' | 'REGULATOR' = 'HQ_ADMIN') =>
  api.as(role).query(SAVE, { input });
/** What is stored: every version of every rule set, and the audit lines of saves. */
const stored = async () => ({
  ruleSets: (
    await client.query(
      `select code, version, name_zh, status, total::text, items from scorecard_rule_set order by code, version`,
    )
  ).rows,
  audit: (await client.query(`select count(*)::int as n from audit_event where action = 'SCORECARD_RULE_SET_SAVED'`))
    .rows[0].n as number,
});

describe('saving a scorecard rule set', () => {
  it('saves a new code as version 1 and again as version 2, each item with its kind\u2019s parameters only', async () => {
    const first = await save(valid());
    expect(first.errors).toBeUndefined();
    expect(first.data.saveScorecardRuleSet).toMatchObject({
      code: 'NEW_KP',
      version: 1,
      total: 100,
      peerLevel: 'PROVINCE',
      peerParent: null,
      status: 'DRAFT',
    });
    expect(first.data.saveScorecardRuleSet.items[0]).toEqual({
      code: 'M1',
      kind: 'METRIC_BAND',
      max: 60,
      metric: 'COMPLAINTS',
      basis: 'ASSESSED',
      channels: [],
      better: 'LOWER',
      bands: [
        { threshold: 1, points: 60 },
        { threshold: 3, points: 30 },
      ],
      best: null,
      worst: null,
      incidentKind: null,
      pointsEach: null,
      cap: null,
    });
    const second = await save({ ...valid(), peerLevel: null, peerParent: 'GD', status: 'PUBLISHED' });
    expect(second.errors).toBeUndefined();
    expect(second.data.saveScorecardRuleSet).toMatchObject({ version: 2, peerLevel: null, peerParent: 'GD' });
    // A new version of the fixture's TEST_KP: its last + 1.
    const next = await save({ ...valid(), code: 'TEST_KP', effectiveFrom: '2014-01-01', effectiveTo: '2014-12-31' });
    expect(next.data.saveScorecardRuleSet).toMatchObject({ code: 'TEST_KP', version: 2 });
    const listed = await api.as('HQ_ANALYST').query(`{ scorecardRuleSets { code version status } }`);
    expect(listed.data.scorecardRuleSets).toEqual([
      { code: 'NEW_KP', version: 2, status: 'PUBLISHED' },
      { code: 'NEW_KP', version: 1, status: 'DRAFT' },
      { code: 'TEST_KP', version: 2, status: 'DRAFT' },
      { code: 'TEST_KP', version: 1, status: 'PUBLISHED' },
      { code: 'CIRC_2013_KP', version: 1, status: 'PUBLISHED' },
    ]);
  });

  it('replaces a version in place when given it, and writes an audit line with before and after', async () => {
    const before = await stored();
    const input = { ...valid(), version: 1, name: { zh: '新考评（修订）', en: 'New scorecard, revised' } };
    input.items = input.items.filter((item) => item.code !== 'D1');
    const replaced = await save(input);
    expect(replaced.errors).toBeUndefined();
    expect(replaced.data.saveScorecardRuleSet).toMatchObject({
      code: 'NEW_KP',
      version: 1,
      name: { zh: '新考评（修订）' },
    });
    const after = await stored();
    expect(after.ruleSets.length).toBe(before.ruleSets.length);
    expect(after.ruleSets.find((r) => r.code === 'NEW_KP' && r.version === 1)).toMatchObject({
      name_zh: '新考评（修订）',
      items: [expect.objectContaining({ code: 'M1' }), expect.objectContaining({ code: 'Q1' })],
    });
    const log = await api
      .as('HQ_ADMIN')
      .query(`{ auditLog(first: 1) { edges { node { action actor subject detail } } } }`);
    const line = log.data.auditLog.edges[0].node;
    expect(line).toMatchObject({
      action: 'SCORECARD_RULE_SET_SAVED',
      actor: api.as('HQ_ADMIN').username,
      subject: 'NEW_KP',
    });
    const detail = JSON.parse(line.detail as string) as Record<string, any>;
    expect(detail).toMatchObject({
      version: 1,
      replaced: true,
      before: { name: { zh: '新考评' }, status: 'DRAFT', total: 100 },
      after: { name: { zh: '新考评（修订）', en: 'New scorecard, revised' }, peers: { level: 'PROVINCE' } },
    });
    expect(detail.before.items).toHaveLength(3);
    expect(detail.after.items.map((item: { code: string }) => item.code)).toEqual(['M1', 'Q1']);
    expect(after.audit).toBe(before.audit + 1);
  });

  const item = (code: string, change: Record<string, unknown>) => (input: Input) => {
    input.items = input.items.map((candidate: Item) =>
      candidate.code === code ? { ...candidate, ...change } : candidate,
    );
  };
  const REFUSALS: [string, (input: Input) => void, RegExp][] = [
    ['a code not in capitals', (i) => (i.code = 'new kp'), /code must be 1 to 32 capital letters/],
    ['an empty name', (i) => (i.name = { zh: ' ', en: 'x' }), /name\.zh is empty/],
    [
      'effectiveTo before effectiveFrom',
      (i) => (i.effectiveTo = '2014-12-31'),
      /effectiveTo 2014-12-31 is before effectiveFrom 2015-01-01/,
    ],
    ['no peers', (i) => (i.peerLevel = null), /peers: give exactly one of peerLevel and peerParent/],
    ['both peers', (i) => (i.peerParent = 'GD'), /peers: give exactly one of peerLevel and peerParent/],
    [
      'an unknown peer parent',
      (i) => {
        i.peerLevel = null;
        i.peerParent = 'NOWHERE';
      },
      /peerParent: there is no unit "NOWHERE"/,
    ],
    ['maxima that do not sum to the total', (i) => (i.total = 90), /maxima .* sum to 100, not the total 90/],
    ['an item code used twice', item('Q1', { code: 'M1' }), /item M1: code used twice/],
    [
      'a METRIC_BAND without bands',
      item('M1', { bands: null }),
      /item M1: scorecard item M1 \(METRIC_BAND\) has no bands/,
    ],
    ['a METRIC_BAND with empty bands', item('M1', { bands: [] }), /item M1: bands must not be empty/],
    [
      'a band above the max',
      item('M1', { bands: [{ threshold: 1, points: 61 }] }),
      /item M1: the band at 1 gives 61 points, not from 0 to max 60/,
    ],
    ['a metric item without a metric', item('M1', { metric: null }), /item M1 \(METRIC_BAND\) has no metric/],
    ['an item without its max', item('Q1', { max: null }), /item Q1: scorecard item Q1 \(MANUAL\) has no max/],
    [
      'a CHANGE_RATE without bands',
      item('M1', { kind: 'CHANGE_RATE', bands: null }),
      /item M1: scorecard item M1 \(CHANGE_RATE\) has no bands/,
    ],
    [
      'a METRIC_LINEAR without worst',
      item('M1', { kind: 'METRIC_LINEAR', best: 1 }),
      /item M1: scorecard item M1 \(METRIC_LINEAR\) has no worst/,
    ],
    [
      'a METRIC_LINEAR with best = worst',
      item('M1', { kind: 'METRIC_LINEAR', best: 1, worst: 1 }),
      /item M1: best and worst are both 1; they must differ/,
    ],
    ['a DEDUCTION without its cap', item('D1', { cap: null }), /item D1: scorecard item D1 \(DEDUCTION\) has no cap/],
    [
      'a DEDUCTION without its incident kind',
      item('D1', { incidentKind: null }),
      /item D1 \(DEDUCTION\) has no incidentKind/,
    ],
    ['a version that does not exist', (i) => (i.version = 9), /NEW_KP has no version 9 to replace/],
  ];
  it.each(REFUSALS)('refuses %s with BAD_USER_INPUT naming it, and writes nothing', async (_, change, message) => {
    const before = await stored();
    const input = valid() as Input;
    change(input);
    const refused = await save(input);
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors?.[0].message).toMatch(message);
    expect(await stored()).toEqual(before);
  });

  it('refuses an unknown metric before it reaches the server\u2019s code', async () => {
    const input = valid() as Input;
    item('M1', { metric: 'NO_SUCH_METRIC' })(input);
    const refused = await save(input);
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  it('refuses to change a version a submitted report used, and saves it as a new version', async () => {
    const made = await api
      .as('HQ_ADMIN')
      .query(
        `mutation { createReport(input: { template: BRANCH, unit: "GZ", period: { from: "2014-01-01", to: "2014-01-31" } }) { id } }`,
      );
    const submitted = await api
      .as('HQ_ADMIN')
      .query(`mutation { submitReport(id: "${made.data.createReport.id}") { version } }`);
    expect(submitted.errors).toBeUndefined();
    await runSql(
      api.db.url,
      `insert into report_scorecard_rule_set (report_version_id, code, version)
        select max(id), 'NEW_KP', 1 from report_version on conflict do nothing`,
    );
    const before = await stored();
    const refused = await save({ ...valid(), version: 1 });
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(refused.errors?.[0].message).toBe(
      'scorecard rule set NEW_KP version 1 is used by a submitted report and cannot change: save it as a new version (without a version)',
    );
    expect(await stored()).toEqual(before);
    const saved = await save(valid());
    expect(saved.data.saveScorecardRuleSet).toMatchObject({ code: 'NEW_KP', version: 3 });
  });

  it('is HQ_ADMIN\u2019s alone: an analyst, a branch and the regulator are FORBIDDEN, an anonymous caller UNAUTHENTICATED', async () => {
    const before = await stored();
    for (const role of ['HQ_ANALYST', 'BRANCH', 'REGULATOR'] as const) {
      const refused = await save(valid(), role);
      expect(
        refused.errors?.map((e) => e.extensions?.code),
        role,
      ).toEqual(['FORBIDDEN']);
    }
    const anonymous = await api.query(SAVE, { input: valid() });
    expect(anonymous.errors?.map((e) => e.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(await stored()).toEqual(before);
  });
});

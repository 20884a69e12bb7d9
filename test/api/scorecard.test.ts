// The scorecard through the API (RULES.md §5) against a hand-computed fixture: a rule set of its own
// for 2014 (TEST_KP), three provinces, a tie in the ranking of totals, a missing value flagged, a
// deduction, MANUAL points entered with the audit log, and the database refusing to change a rule set
// a submitted report used.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSql } from '../support/fixtures.js';
import { SCORECARD_SQL as SEED } from '../support/scorecard-fixture.js';
import { startTestServer, type TestServer } from '../support/graphql.js';

const JAN = '{ from: "2014-01-01", to: "2014-01-31" }';
let api: TestServer;

beforeAll(async () => {
  api = await startTestServer((url) => runSql(url, SEED));
  for (const [unit, points, note] of [
    ['GZ', 20, '制度齐全'],
    ['GD', 20, '制度齐全'],
  ] as const) {
    const entered = await api.as('HQ_ADMIN').query(
      `mutation { enterScorecardPoints(unit: "${unit}", period: ${JAN}, item: "Q1", points: ${points}, note: "${note}") {
        unit item points note enteredBy } }`,
    );
    expect(entered.errors).toBeUndefined();
  }
}, 120_000);
// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
afterAll(() => api?.close());

describe('scorecard', () => {
  it('explains each item of a unit\u2019s score as computed by hand', async () => {
    const { data, errors } = await api.as('HQ_ANALYST').query(`{ scorecard(unit: "GZ", period: ${JAN}) {
      unit { code } total max noValueCount previousTotal ruleSet { code version }
      items { item { code kind } value rank rankOf rule points max flag note enteredBy } } }`);
    expect(errors).toBeUndefined();
    expect(data.scorecard).toMatchObject({ unit: { code: 'GZ' }, ruleSet: { code: 'TEST_KP', version: 1 }, max: 100 });
    expect(data.scorecard.items).toEqual([
      {
        item: { code: 'Q1', kind: 'MANUAL' },
        value: 20,
        rank: null,
        rankOf: null,
        rule: 'entered',
        points: 20,
        max: 20,
        flag: null,
        note: '制度齐全',
        enteredBy: api.as('HQ_ADMIN').username,
      },
      // 2 complaints per 1亿: beaten by BJ's 1, tied with GD → rank 2 of 3: 40 × (3 − 2) ÷ 2
      {
        item: { code: 'M2', kind: 'RANK' },
        value: 2,
        rank: 2,
        rankOf: 3,
        rule: '40 × (3 − 2) ÷ 2',
        points: 20,
        max: 40,
        flag: null,
        note: null,
        enteredBy: null,
      },
      {
        item: { code: 'M3', kind: 'METRIC_BAND' },
        value: 2,
        rank: null,
        rankOf: null,
        rule: '≤ 3',
        points: 10,
        max: 20,
        flag: null,
        note: null,
        enteredBy: null,
      },
      // 1 of 2 referrals in time: 20 × (0 − 0.5) ÷ (0 − 1)
      {
        item: { code: 'M4', kind: 'METRIC_LINEAR' },
        value: 0.5,
        rank: null,
        rankOf: null,
        rule: '20 × (0 − 0.5) ÷ (0 − 1)',
        points: 10,
        max: 20,
        flag: null,
        note: null,
        enteredBy: null,
      },
      {
        item: { code: 'D1', kind: 'DEDUCTION' },
        value: 0,
        rank: null,
        rankOf: null,
        rule: '−min(0 × 5, 10)',
        points: 0,
        max: 0,
        flag: null,
        note: null,
        enteredBy: null,
      },
    ]);
    // 2013 falls under the shipped CIRC_2013_KP, and GZ has no figure there: every item but the deductions flagged.
    expect(data.scorecard).toMatchObject({ total: 60, noValueCount: 0, previousTotal: 0 });
  });

  it('flags a missing value with 0 points and counts a deduction of the subtree', async () => {
    const { data, errors } = await api.as('HQ_ADMIN').query(`{ scorecard(unit: "GD", period: ${JAN}) {
      total noValueCount items { item { code } value rule points flag } } }`);
    expect(errors).toBeUndefined();
    expect(data.scorecard.items.find((i: { item: { code: string } }) => i.item.code === 'M4')).toEqual({
      item: { code: 'M4' },
      value: null,
      rule: 'NO_VALUE',
      points: 0,
      flag: 'NO_VALUE',
    });
    expect(data.scorecard.items.find((i: { item: { code: string } }) => i.item.code === 'D1')).toEqual({
      item: { code: 'D1' },
      value: 1,
      rule: '−min(1 × 5, 10)',
      points: -5,
      flag: null,
    });
    // 20 + 20 + 10 + 0 − 5
    expect(data.scorecard).toMatchObject({ total: 45, noValueCount: 1 });
  });

  it('ranks the totals with ties sharing a rank (并列), and a branch sees its peers\u2019 totals and ranks only', async () => {
    const query = `{ scorecardRanking(period: ${JAN}) { ruleSet { code } rows { unit { code } total rank noValueCount } } }`;
    const hq = await api.as('HQ_ANALYST').query(query);
    expect(hq.errors).toBeUndefined();
    // BJ: Q1 none (flagged) + 40 + 20 + M4 none (flagged) = 60; GZ 60; GD 45.
    const rows = hq.data.scorecardRanking.rows as { unit: { code: string }; rank: number }[];
    expect(rows.map((row) => row.rank)).toEqual([1, 1, 3]);
    expect([...rows].sort((a, b) => a.unit.code.localeCompare(b.unit.code))).toEqual([
      { unit: { code: 'BJ' }, total: 60, rank: 1, noValueCount: 2 },
      { unit: { code: 'GD' }, total: 45, rank: 3, noValueCount: 1 },
      { unit: { code: 'GZ' }, total: 60, rank: 1, noValueCount: 0 },
    ]);
    const branch = await api.as('BRANCH').query(query);
    expect(branch.errors).toBeUndefined();
    // The peers' totals and ranks, not how many of their items had no value.
    expect(
      branch.data.scorecardRanking.rows.map((r: { unit: { code: string }; noValueCount: number | null }) => [
        r.unit.code,
        r.noValueCount,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['GZ', 0],
        ['BJ', null],
        ['GD', null],
      ]),
    );
    expect(
      branch.data.scorecardRanking.rows.map((r: { unit: { code: string }; rank: number }) => [r.unit.code, r.rank]),
    ).toEqual(
      hq.data.scorecardRanking.rows.map((r: { unit: { code: string }; rank: number }) => [r.unit.code, r.rank]),
    );
    const peer = await api.as('BRANCH').query(`{ scorecard(unit: "BJ", period: ${JAN}) { total } }`);
    expect(peer.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('refuses a period outside every rule set, and a regulator', async () => {
    const outside = await api
      .as('HQ_ADMIN')
      .query(`{ scorecard(unit: "GZ", period: { from: "2011-01-01", to: "2011-12-31" }) { total } }`);
    expect(outside.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    const regulator = await api.as('REGULATOR').query(`{ scorecard(unit: "GZ", period: ${JAN}) { total } }`);
    expect(regulator.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('records MANUAL points with who and why in the audit log, and refuses points beyond the max or a non-MANUAL item', async () => {
    const log = await api
      .as('HQ_ADMIN')
      .query(`{ auditLog(first: 10) { edges { node { action actor subject detail } } } }`);
    const entries = log.data.auditLog.edges
      .map((e: { node: { action: string } }) => e.node)
      .filter((n: { action: string }) => n.action === 'SCORECARD_POINTS_ENTERED')
      .map((n: { detail: string }) => ({ ...n, detail: JSON.parse(n.detail) as unknown }));
    expect(entries).toContainEqual({
      action: 'SCORECARD_POINTS_ENTERED',
      actor: api.as('HQ_ADMIN').username,
      subject: 'GZ',
      detail: {
        ruleSet: 'TEST_KP',
        version: 1,
        from: '2014-01-01',
        to: '2014-01-31',
        item: 'Q1',
        points: 20,
        note: '制度齐全',
      },
    });
    for (const [item, points] of [
      ['Q1', 21],
      ['M2', 5],
    ] as const) {
      const refused = await api
        .as('HQ_ADMIN')
        .query(
          `mutation { enterScorecardPoints(unit: "GZ", period: ${JAN}, item: "${item}", points: ${points}, note: "x") { points } }`,
        );
      expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    }
    const analyst = await api
      .as('HQ_ANALYST')
      .query(
        `mutation { enterScorecardPoints(unit: "GZ", period: ${JAN}, item: "Q1", points: 5, note: "x") { points } }`,
      );
    expect(analyst.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  });

  it('shows the rule sets, and the database refuses to change one a submitted report used', async () => {
    const sets = await api
      .as('BRANCH')
      .query(`{ scorecardRuleSets { code version status peerLevel items { code kind max } } }`);
    expect(sets.data.scorecardRuleSets.map((s: { code: string }) => s.code)).toEqual(['TEST_KP', 'CIRC_2013_KP']);
    const made = await api
      .as('HQ_ADMIN')
      .query(`mutation { createReport(input: { template: BRANCH, unit: "GZ", period: ${JAN} }) { id } }`);
    const submitted = await api
      .as('HQ_ADMIN')
      .query(`mutation { submitReport(id: "${made.data.createReport.id}") { version } }`);
    expect(submitted.errors).toBeUndefined();
    await runSql(
      api.db.url,
      `insert into report_scorecard_rule_set (report_version_id, code, version)
      select max(id), 'TEST_KP', 1 from report_version`,
    );
    await expect(
      runSql(api.db.url, `update scorecard_rule_set set total = total where code = 'TEST_KP'`),
    ).rejects.toThrow(/used by a submitted report/);
    await runSql(api.db.url, `update scorecard_rule_set set name_en = name_en where code = 'CIRC_2013_KP'`);
  });
});

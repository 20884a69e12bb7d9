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
/** GZ's branch report of January 2014, submitted by the report test, restated after it. */
let gzReport = '';

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

  it('scores the branch report: the unit item by item, the peers ranked with the tie, in words; a branch reads its peers\u2019 totals and ranks only', async () => {
    const hq = api.as('HQ_ADMIN');
    const made = await hq.query(
      `mutation { createReport(input: { template: BRANCH, unit: "GZ", period: ${JAN} }) { id } }`,
    );
    const id = made.data.createReport.id as string;
    gzReport = id;
    expect((await hq.query(`mutation { submitReport(id: "${id}") { version } }`)).errors).toBeUndefined();
    const query = `{ report(id: "${id}") { latest { rules { ruleSets { code } calendarVersion }
      content { scorecardRuleSets { code version } narrative { zh en }
        sections { key columns { key } rows { highlight cells { number text textEn } } } } } } }`;
    interface Cell {
      number: number | null;
      text: string | null;
      textEn: string | null;
    }
    interface Section {
      key: string;
      columns: { key: string }[];
      rows: { highlight: boolean; cells: Cell[] }[];
    }
    const read = async (role: 'HQ_ANALYST' | 'BRANCH') => {
      const { data, errors } = await api.as(role).query(query);
      expect(errors).toBeUndefined();
      return data.report.latest as {
        rules: { ruleSets: { code: string }[]; calendarVersion: number } | null;
        content: { scorecardRuleSets: unknown[]; narrative: { zh: string[]; en: string[] }; sections: Section[] };
      };
    };
    const cells = (section: Section | undefined) =>
      section?.rows.map((row) => row.cells.map((cell) => cell.number ?? cell.text));
    const hqRead = await read('HQ_ANALYST');
    const { content } = hqRead;
    expect(hqRead.rules?.calendarVersion).toBeGreaterThanOrEqual(1);
    // The period's rule set and the year before's, which last year's total was scored under.
    expect(content.scorecardRuleSets).toEqual([
      { code: 'TEST_KP', version: 1 },
      { code: 'CIRC_2013_KP', version: 1 },
    ]);
    const admin = hq.username;
    expect(cells(content.sections.find((s) => s.key === 'scorecard'))).toEqual([
      ['Q1 制度建设', '总公司评定', '20分', `制度齐全（${admin}录入）`, 20, 20],
      ['M2 亿元保费投诉量', '排名', '2，由好到差第2名（共3家）', '40 × (3 − 2) ÷ 2', 20, 40],
      ['M3 投诉量', '指标分档', '2', '≤ 3', 10, 20],
      ['M4 监管转办件及时率', '指标线性', '50%', '20 × (0 − 0.5) ÷ (0 − 1)', 10, 20],
      ['D1 媒体负面报道', '扣分', '0起', '−min(0 × 5, 10)', 0, null],
      ['合计', null, null, null, 60, 100],
      ['上年同期得分', null, null, '按投诉处理考评（保监消保〔2013〕162号）', 0, 100],
    ]);
    const ranking = content.sections.find((s) => s.key === 'scorecardRanking');
    expect(ranking?.columns.map((c) => c.key)).toEqual(['unit', 'score', 'rank', 'previousScore', 'noValue']);
    // Tied units in the peers' order, as the live ranking lists them.
    expect(cells(ranking)).toEqual([
      ['北京分公司', 60, 1, 0, 2],
      ['广州市分公司', 60, 1, 0, 0],
      ['广东省分公司', 45, 3, 0, 1],
    ]);
    expect(ranking?.rows.map((row) => row.highlight)).toEqual([false, true, false]);
    expect(content.narrative.zh.slice(-2)).toEqual([
      '按测试考评考评，得分60.00分（满分100分），上年同期0.00分。',
      '考评得分并列第1名（共3家省级分公司）。',
    ]);
    expect(content.narrative.en.slice(-2)).toEqual([
      'Under Test scorecard, the unit scored 60.00 of 100 points (a year earlier 0.00).',
      'The score ranks 1st (tied) among 3 provincial branches.',
    ]);
    // GZ's own user: its own items and row whole, the peers' totals, ranks and last year's only.
    const branch = (await read('BRANCH')).content;
    expect(cells(branch.sections.find((s) => s.key === 'scorecard'))).toEqual(
      cells(content.sections.find((s) => s.key === 'scorecard')),
    );
    expect(cells(branch.sections.find((s) => s.key === 'scorecardRanking'))).toEqual([
      ['北京分公司', 60, 1, 0, null],
      ['广州市分公司', 60, 1, 0, 0],
      ['广东省分公司', 45, 3, 0, null],
    ]);
    expect(branch.narrative.zh.slice(-1)).toEqual(['考评得分并列第1名（共3家省级分公司）。']);
  });

  it('restates the report for points entered after it was submitted, naming SCORECARD_CHANGED', async () => {
    const hq = api.as('HQ_ADMIN');
    const entered = await hq.query(
      `mutation { enterScorecardPoints(unit: "GD", period: ${JAN}, item: "Q1", points: 10, note: "复核调整") { points } }`,
    );
    expect(entered.errors).toBeUndefined();
    const { data, errors } = await hq.query(`{ report(id: "${gzReport}") { versions { restatement {
      unchanged differences { section row frozen live } causes { kind count refs description { zh } } } } } }`);
    expect(errors).toBeUndefined();
    // GD: 45 → 35, still 3rd; nothing else of the report moved.
    expect(data.report.versions[0].restatement).toEqual({
      unchanged: false,
      differences: [{ section: 'scorecardRanking', row: '广东省分公司', frozen: 45, live: 35 }],
      causes: [
        {
          kind: 'SCORECARD_CHANGED',
          count: 1,
          refs: [],
          description: { zh: '1项考评评定分或扣分事件在报送后录入或修改' },
        },
      ],
    });
  });

  it('records the rule sets a submitted report scored with, and the database refuses to change them', async () => {
    const sets = await api
      .as('BRANCH')
      .query(`{ scorecardRuleSets { code version status peerLevel items { code kind max } } }`);
    expect(sets.data.scorecardRuleSets.map((s: { code: string }) => s.code)).toEqual(['TEST_KP', 'CIRC_2013_KP']);
    // The previous test submitted GZ's report of January 2014: TEST_KP scored it, CIRC_2013_KP its year before.
    for (const code of ['TEST_KP', 'CIRC_2013_KP'])
      await expect(
        runSql(api.db.url, `update scorecard_rule_set set total = total where code = '${code}'`),
      ).rejects.toThrow(/used by a submitted report/);
    // A draft rule set no report used may still change.
    await runSql(
      api.db.url,
      `insert into scorecard_rule_set (code, version, name_zh, name_en, effective_from, effective_to, peer_level, items)
      values ('DRAFT_KP', 1, '草案', 'Draft', '2015-01-01', '2015-12-31', 'PROVINCE',
        '[{"code": "Q1", "nameZh": "制度", "nameEn": "Rules", "kind": "MANUAL", "max": 100}]');
      update scorecard_rule_set set name_en = 'Draft 2' where code = 'DRAFT_KP'`,
    );
  });
});

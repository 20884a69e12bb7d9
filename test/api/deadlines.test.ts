// Deadlines as users see them (RULES.md §1, §3, §6), through the API: A8's and A9's computations
// explained step by step, a pause that started after the deadline and changes nothing, an extension;
// a paused complaint in the backlog's PAUSED bucket and never overdue; and HQ_ADMIN's change of the
// company standard recomputing stored deadlines, which a report submitted before then restates as
// RULES_CHANGED. Every figure below is worked out by hand from RULES.md.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile, type ImportKind } from '../../db/import/index.js';
import { ACCESS_SQL } from '../access/fixtures.js';
import { runSql } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/graphql.js';

const COMPLAINTS = [
  'ref,received_at,channel,unit_code,line,category,handling_class,closed_at,extended_due_at,extension_reason,extension_approver',
  // RULES.md A8: CBIRC_2020, COMPLEX (30 days), a mediation pause of 10 days
  'A8,2020-06-10 09:00,ONLINE,GZ,AUTO,CLAIMS,COMPLEX,,,,',
  // RULES.md A9: CIRC_2013, SIMPLE (10 working days), an appraisal pause of p = 10, w = 8
  'A9,2014-03-03 10:00,ONLINE,GZ,AUTO,CLAIMS,,2014-03-25 12:00,,,',
  // A9's facts with a pause starting after the deadline 03-17: it does not count
  'LATE-PAUSE,2014-03-03 10:00,ONLINE,GZ,AUTO,CLAIMS,,2014-03-25 12:00,,,',
  // RULES.md A10: an extension to the cap
  'A10,2020-06-10 09:00,ONLINE,GZ,AUTO,CLAIMS,COMPLEX,,2020-08-09,复杂案件需补充材料,分公司总经理',
  // A8's facts with a pause still open: PAUSED
  'PAUSED,2020-06-10 09:00,ONLINE,TH,AUTO,CLAIMS,COMPLEX,,,,',
  // COMPANY_STD, SIMPLE: Mon 2013-03-04, 10 working days (03-05…03-08, 03-11…03-15, 03-18), closed on the last day
  'STD-1,2013-03-04 10:00,ONLINE,TH,AUTO,CLAIMS,,2013-03-18 12:00,,,',
];

const PAUSES = [
  'complaint_ref,kind,start_at,end_at,note',
  'A8,MEDIATION,2020-06-15 09:00,2020-06-25 09:00,调解',
  'A9,APPRAISAL,2014-03-05 00:00,2014-03-15 00:00,鉴定',
  'LATE-PAUSE,TESTING,2014-03-20 00:00,2014-03-22 00:00,检测',
  'PAUSED,MEDIATION,2020-06-15 09:00,,调解中',
];

const DEADLINE = `dueAt dueSource handlingClass status(asOf: "2020-07-31T00:00:00Z")
  deadline { source handlingClass d0 limit { n unit } lastDay pausedLastDay pausedDays cap calendarVersion dueAt matchesStored
    ruleSet { code version name { zh en } simple { n unit } complex { n unit } maxDays current }
    pauses { kind startAt endAt days workingDays counted }
    extension { dueAt reason approver } }`;

let api: TestServer;
let dir: string;

async function load(kind: ImportKind, lines: string[]) {
  const file = path.join(dir, `${kind}.csv`);
  await writeFile(file, lines.join('\n') + '\n');
  await importFile(api.db.url, kind, file);
}

async function complaint(ref: string) {
  const found = await api.as('HQ_ANALYST').query(`{ complaint(ref: "${ref}") { ${DEADLINE} } }`);
  expect(found.errors).toBeUndefined();
  return found.data.complaint;
}

beforeAll(async () => {
  api = await startTestServer((url) => runSql(url, ACCESS_SQL));
  dir = await mkdtemp(path.join(os.tmpdir(), 'crp-deadlines-'));
  await load('complaints', COMPLAINTS);
  await load('pauses', PAUSES);
}, 120_000);
afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
  await api?.close();
  await rm(dir, { recursive: true, force: true });
});

const CBIRC_2020 = {
  code: 'CBIRC_2020',
  version: 1,
  name: { zh: '《银行业保险业消费投诉处理管理办法》（银保监会令2020年第3号）', en: 'CBIRC Order No. 3 of 2020' },
  simple: { n: 15, unit: 'DAYS' },
  complex: { n: 30, unit: 'DAYS' },
  maxDays: 60,
  current: true,
};

describe("a complaint's deadline explained", () => {
  it('A8: 30 days from 06-10 end on 07-10; a 10-day mediation moves them to 07-20; the cap is 60 + 10 days', async () => {
    expect(await complaint('A8')).toEqual({
      dueAt: '2020-07-20T15:59:59.999Z',
      dueSource: 'DEFAULT',
      handlingClass: 'COMPLEX',
      status: 'OVERDUE',
      deadline: {
        source: 'DEFAULT',
        handlingClass: 'COMPLEX',
        d0: '2020-06-10',
        limit: { n: 30, unit: 'DAYS' },
        lastDay: '2020-07-10',
        pausedLastDay: '2020-07-20',
        pausedDays: 10,
        cap: '2020-08-19T15:59:59.999Z',
        calendarVersion: null,
        dueAt: '2020-07-20T15:59:59.999Z',
        matchesStored: true,
        ruleSet: CBIRC_2020,
        pauses: [
          {
            kind: 'MEDIATION',
            startAt: '2020-06-15T01:00:00.000Z',
            endAt: '2020-06-25T01:00:00.000Z',
            days: 10,
            workingDays: null,
            counted: true,
          },
        ],
        extension: null,
      },
    });
  });

  it('A9: the 10th working day after 03-03 is 03-17; an appraisal of p = 10, w = 8 moves it to 03-27', async () => {
    const a9 = await complaint('A9');
    expect(a9.dueAt).toBe('2014-03-27T15:59:59.999Z');
    expect(a9.deadline).toMatchObject({
      source: 'DEFAULT',
      d0: '2014-03-03',
      limit: { n: 10, unit: 'WORKING_DAYS' },
      lastDay: '2014-03-17',
      pausedLastDay: '2014-03-27',
      // 03-03 + 60 + 10 days
      cap: '2014-05-12T15:59:59.999Z',
      calendarVersion: 1,
      dueAt: '2014-03-27T15:59:59.999Z',
      matchesStored: true,
      ruleSet: { code: 'CIRC_2013', version: 1, name: { zh: '《保险消费投诉处理管理办法》（保监会令2013年第8号）' } },
      pauses: [
        {
          kind: 'APPRAISAL',
          startAt: '2014-03-04T16:00:00.000Z',
          endAt: '2014-03-14T16:00:00.000Z',
          days: 10,
          workingDays: 8,
          counted: true,
        },
      ],
    });
  });

  it('a pause that starts after the deadline does not count: it does not revive an overdue complaint', async () => {
    const late = await complaint('LATE-PAUSE');
    expect(late.dueAt).toBe('2014-03-17T15:59:59.999Z');
    expect(late.deadline).toMatchObject({
      lastDay: '2014-03-17',
      pausedLastDay: '2014-03-17',
      pausedDays: 0,
      cap: '2014-05-02T15:59:59.999Z',
      pauses: [{ kind: 'TESTING', days: 2, workingDays: 2, counted: false }],
    });
  });

  it('A10: an extension to the cap, with its reason and approver', async () => {
    const a10 = await complaint('A10');
    expect(a10.dueSource).toBe('EXTENDED');
    expect(a10.deadline).toMatchObject({
      source: 'EXTENDED',
      lastDay: '2020-07-10',
      cap: '2020-08-09T15:59:59.999Z',
      dueAt: '2020-08-09T15:59:59.999Z',
      extension: { dueAt: '2020-08-09T15:59:59.999Z', reason: '复杂案件需补充材料', approver: '分公司总经理' },
      matchesStored: true,
    });
  });

  it('a complaint stored before rule sets (no source) has no explanation', async () => {
    expect((await complaint('IN-GZ')).deadline).toBeNull();
  });
});

describe('a paused complaint', () => {
  it('has no dueAt, is open and never overdue, and counts in the PAUSED bucket of the backlog once its pause began', async () => {
    const paused = await complaint('PAUSED');
    expect(paused).toMatchObject({ dueAt: null, status: 'OPEN' });
    expect(paused.deadline).toMatchObject({ lastDay: '2020-07-10', pausedLastDay: null, dueAt: null });
    expect(paused.deadline.pauses).toEqual([
      expect.objectContaining({ kind: 'MEDIATION', endAt: null, days: null, counted: true }),
    ]);

    const aging = async (asOf: string) =>
      (
        await api
          .as('HQ_ANALYST')
          .query(
            `{ backlogAging(unit: "GZ", asOf: "${asOf}") { total overdue buckets { key minDays maxDays count } } }`,
          )
      ).data.backlogAging;
    // 2020-07-31 00:00 Shanghai: A8 is 11 days past 07-20 (8–15), A10 not yet due, PAUSED paused, and
    // ACCESS_SQL's IN-GZ and IN-TH (January 2013, open) over 90 days past due
    const july = await aging('2020-07-30T16:00:00Z');
    expect(july).toMatchObject({ total: 5, overdue: 3 });
    expect(july.buckets.filter((b: { count: number }) => b.count > 0)).toEqual([
      { key: 'NOT_DUE', minDays: null, maxDays: 0, count: 1 },
      { key: 'PAUSED', minDays: null, maxDays: null, count: 1 },
      { key: 'DAYS_8_15', minDays: 8, maxDays: 15, count: 1 },
      { key: 'OVER_90', minDays: 91, maxDays: null, count: 2 },
    ]);
    // 2020-06-12: before its pause began it was simply not yet due
    const june = await aging('2020-06-12T00:00:00Z');
    expect(june.buckets.find((b: { key: string }) => b.key === 'PAUSED').count).toBe(0);
    expect(june).toMatchObject({ total: 5, overdue: 2 });

    // OVERDUE_OPEN at the end of 2020-07-30 agrees with the overdue buckets: A8, IN-GZ, IN-TH
    const overdue = await api
      .as('HQ_ANALYST')
      .query(
        `{ metric(unit: "GZ", metric: OVERDUE_OPEN, period: { from: "2020-07-01", to: "2020-07-30" }) { value } }`,
      );
    expect(overdue.data.metric.value).toBe(3);
  });
});

describe("a change of the company's standard", () => {
  it('recomputes the stored deadlines computed with it, and a report submitted before restates as RULES_CHANGED', async () => {
    const made = await api
      .as('HQ_ADMIN')
      .query(
        `mutation { createReport(input: { template: BRANCH, unit: "GZ", period: { from: "2013-03-01", to: "2013-03-31" } }) { id } }`,
      );
    const id = made.data.createReport.id;
    expect(
      (await api.as('HQ_ADMIN').query(`mutation { submitReport(id: "${id}") { version } }`)).errors,
    ).toBeUndefined();
    expect((await complaint('STD-1')).deadline).toMatchObject({
      ruleSet: { code: 'COMPANY_STD', version: 1 },
      lastDay: '2013-03-18',
      calendarVersion: 1,
    });

    const CHANGE = `simple: { n: 5, unit: WORKING_DAYS }, complex: { n: 30, unit: DAYS }, maxDays: 60, note: "HQ confirmed 5 working days"`;
    const refused = await api
      .as('HQ_ADMIN')
      .query(`mutation { changeDeadlineRuleSet(code: "CIRC_2013", change: { ${CHANGE} }) { recomputed } }`);
    expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['BAD_USER_INPUT']);

    const changed = await api
      .as('HQ_ADMIN')
      .query(
        `mutation { changeDeadlineRuleSet(code: "COMPANY_STD", change: { ${CHANGE} }) { recomputed ruleSet { code version simple { n unit } current } } }`,
      );
    expect(changed.errors).toBeUndefined();
    // STD-1 is the only complaint computed under COMPANY_STD (ACCESS_SQL's have no recorded rule set)
    expect(changed.data.changeDeadlineRuleSet).toEqual({
      recomputed: 1,
      ruleSet: { code: 'COMPANY_STD', version: 2, simple: { n: 5, unit: 'WORKING_DAYS' }, current: true },
    });
    // 5 working days after Mon 03-04: 03-05…03-08, 03-11; closed on 03-18, now late
    const std = await complaint('STD-1');
    expect(std.dueAt).toBe('2013-03-11T15:59:59.999Z');
    expect(std.deadline).toMatchObject({ ruleSet: { version: 2 }, lastDay: '2013-03-11', matchesStored: true });

    const audit = await api.as('HQ_ADMIN').query(`{ auditLog(first: 1) { edges { node { action subject detail } } } }`);
    const { node } = audit.data.auditLog.edges[0];
    expect(node).toMatchObject({ action: 'RULE_SET_CHANGED', subject: 'COMPANY_STD' });
    expect(JSON.parse(node.detail)).toMatchObject({
      version: 2,
      recomputed: 1,
      before: { simple: { n: 10 } },
      after: { simple: { n: 5 } },
      note: 'HQ confirmed 5 working days',
    });

    const checked = await api.as('HQ_ADMIN').query(`{ report(id: "${id}") { versions { restatement {
      unchanged differences { section row frozen live } causes { kind count refs description { zh en } } } } } }`);
    expect(checked.errors).toBeUndefined();
    const { restatement } = checked.data.report.versions[0];
    expect(restatement.unchanged).toBe(false);
    // TIMELY_RATE: STD-1 was timely (1 of 1), now late (0 of 1)
    expect(restatement.differences).toContainEqual(expect.objectContaining({ frozen: 1, live: 0 }));
    expect(restatement.causes).toEqual([
      {
        kind: 'RULES_CHANGED',
        count: 1,
        refs: ['STD-1'],
        description: {
          zh: '时限规则或工作日历在报送后变更（COMPANY_STD 第1版→第2版）：1宗投诉的处理时限在报送后按新的时限规则或工作日历重算，受理日期在报告期内',
          en: 'deadline rules changed after submission (COMPANY_STD version 1 → 2): 1 complaint with deadlines recomputed under changed rules or calendar after submission, received within the report period',
        },
      },
    ]);
  });
});

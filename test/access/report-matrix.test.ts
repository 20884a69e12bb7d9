// The reports' leak matrix: every caller × four submitted reports × every way to read one (GraphQL
// content, the XLSX, the PDF, the list). Each cell states the outcome and exactly which units the
// answer names: a report the caller may not read answers as an unknown one, and a report it may read
// names only units it could see live on the report's date (in full, or as a ranked peer).
//   reports, of January 2013, submitted by HQ:
//     gzBranch     the report to headquarters of GZ: the provinces ranked (GD, GZ, BJ), GZ's children (TH, CD)
//     gzRegulator  the report to the regulator of GZ's jurisdiction: GZ, TH, CD
//     thBranch     the report to headquarters of TH, below GZ: the cities ranked (TH, CD, and FS under GD)
//     bjRegulator  the report to the regulator of BJ, outside every scoped caller
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../db/domain.js';
import { runSql } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/graphql.js';
import { ACCESS_SQL, JAN_2013 } from './fixtures.js';

type CallerName = 'ANONYMOUS' | Role;
type ReportName = 'gzBranch' | 'gzRegulator' | 'thBranch' | 'bjRegulator';
type Path = 'content' | 'xlsx' | 'pdf' | 'list';
type Code = 'GD' | 'GZ' | 'TH' | 'CD' | 'FS' | 'NH' | 'BJ';

const CALLERS: CallerName[] = ['ANONYMOUS', 'HQ_ADMIN', 'HQ_ANALYST', 'BRANCH', 'REGULATOR'];
const REPORTS: Record<ReportName, { template: 'BRANCH' | 'REGULATOR'; unit: string }> = {
  gzBranch: { template: 'BRANCH', unit: 'GZ' },
  gzRegulator: { template: 'REGULATOR', unit: 'GZ' },
  thBranch: { template: 'BRANCH', unit: 'TH' },
  bjRegulator: { template: 'REGULATOR', unit: 'BJ' },
};
const PATHS: Path[] = ['content', 'xlsx', 'pdf', 'list'];

/** The fixtures' units by name (HQ's own, 总公司, is also part of a channel's name; no report lists it). */
const NAMES: Record<Code, { zh: string; en: string }> = {
  GD: { zh: '广东省分公司', en: 'Guangdong' },
  GZ: { zh: '广州市分公司', en: 'Guangzhou' },
  TH: { zh: '天河支公司', en: 'Tianhe' },
  CD: { zh: '理赔事业部', en: 'Claims Division' },
  FS: { zh: '佛山市分公司', en: 'Foshan' },
  NH: { zh: '南海支公司', en: 'Nanhai' },
  BJ: { zh: '北京分公司', en: 'Beijing' },
};

/** What a caller gets of a report: NOT_FOUND (as an unknown id), or the units named and whether some were withheld. */
type Expected = 'UNAUTHENTICATED' | 'NOT_FOUND' | { names: Code[]; withheld: boolean };
const whole = (...names: Code[]): Expected => ({ names, withheld: false });
const EVERYTHING: Record<ReportName, Expected> = {
  gzBranch: whole('GD', 'GZ', 'TH', 'CD', 'BJ'),
  gzRegulator: whole('GZ', 'TH', 'CD'),
  thBranch: whole('TH', 'CD', 'FS'),
  bjRegulator: whole('BJ'),
};

// The rules, as the README states them.
const EXPECTED: Record<CallerName, Record<ReportName, Expected>> = {
  ANONYMOUS: {
    gzBranch: 'UNAUTHENTICATED',
    gzRegulator: 'UNAUTHENTICATED',
    thBranch: 'UNAUTHENTICATED',
    bjRegulator: 'UNAUTHENTICATED',
  },
  HQ_ADMIN: EVERYTHING,
  HQ_ANALYST: EVERYTHING,
  // GZ's own subtree, and the other provinces as its ranked peers; a city outside its subtree is no peer of a province's.
  BRANCH: {
    gzBranch: EVERYTHING.gzBranch,
    gzRegulator: EVERYTHING.gzRegulator,
    thBranch: { names: ['TH', 'CD'], withheld: true },
    bjRegulator: 'NOT_FOUND',
  },
  // Reports to the regulator of its jurisdiction (GD and GZ) only: a report to headquarters is internal.
  REGULATOR: {
    gzBranch: 'NOT_FOUND',
    gzRegulator: EVERYTHING.gzRegulator,
    thBranch: 'NOT_FOUND',
    bjRegulator: 'NOT_FOUND',
  },
};

const CONTENT = `id unit { code name { zh en } } latest { content { title { zh en } unit { code name { zh en } } narrative { zh en }
  sections { key title { zh en } note { zh en } rows { cells { number text textEn } } chart { series { name { zh en } } } } } }`;

let api: TestServer;
const ids = {} as Record<ReportName, string>;
const tokens = {} as Record<Role, string>;

beforeAll(async () => {
  api = await startTestServer((url) => runSql(url, ACCESS_SQL));
  const hq = api.as('HQ_ADMIN');
  for (const [name, { template, unit }] of Object.entries(REPORTS) as [ReportName, (typeof REPORTS)[ReportName]][]) {
    const made = await hq.query(
      `mutation { createReport(input: { template: ${template}, unit: "${unit}", period: ${JAN_2013} }) { id } }`,
    );
    ids[name] = made.data.createReport.id;
    expect((await hq.query(`mutation { submitReport(id: "${ids[name]}") { version } }`)).errors).toBeUndefined();
  }
  for (const role of CALLERS.slice(1) as Role[]) {
    const username = await api.user(role);
    tokens[role] = (
      await hq.query(`mutation { createApiToken(username: "${username}", name: "report matrix") { token } }`)
    ).data.createApiToken.token;
  }
}, 120_000);
// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
afterAll(() => api?.close());

/** What one path answers a caller: a status (an HTTP status or a GraphQL error code), the text shown, whether listed. */
async function read(caller: CallerName, report: ReportName, via: Path): Promise<{ status: string; text: string }> {
  const id = ids[report];
  if (via === 'content' || via === 'list') {
    const query = via === 'content' ? `{ report(id: "${id}") { ${CONTENT} } }` : `{ reports { ${CONTENT} } }`;
    const response = caller === 'ANONYMOUS' ? await api.query(query) : await api.as(caller).query(query);
    if (response.errors)
      return {
        status: response.errors.map((e) => `${e.extensions?.code}: ${e.message}`).join('; '),
        text: JSON.stringify(response.data),
      };
    const found =
      via === 'content' ? response.data.report : response.data.reports.find((r: { id: string }) => r.id === id);
    return { status: found ? 'DATA' : 'NOT_LISTED', text: JSON.stringify(found ?? null) };
  }
  const headers: Record<string, string> = caller === 'ANONYMOUS' ? {} : { authorization: `Bearer ${tokens[caller]}` };
  const response = await fetch(`${api.server.url}/reports/${id}/v/1.${via}`, { headers });
  if (response.status !== 200) return { status: `${response.status} ${await response.text()}`, text: '' };
  const bytes = Buffer.from(await response.arrayBuffer());
  return { status: 'DATA', text: via === 'xlsx' ? await workbookText(bytes) : pdfText(bytes) };
}

async function workbookText(bytes: Buffer): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  const texts: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => texts.push(cell.text))));
  return texts.join('\n');
}

function pdfText(bytes: Buffer): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'report-matrix-'));
  try {
    writeFileSync(path.join(folder, 'report.pdf'), bytes);
    return execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(folder, 'report.pdf'), '-'], {
      encoding: 'utf8',
    }).replace(/\s+/g, '');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The units a text names, in Chinese (and in English, where the answer carries both languages). */
const named = (text: string, language: 'zh' | 'en') =>
  (Object.keys(NAMES) as Code[]).filter((code) => text.includes(NAMES[code][language])).sort();

describe('the reports’ access matrix', () => {
  const cells = CALLERS.flatMap((caller) =>
    (Object.keys(REPORTS) as ReportName[]).flatMap((report) => PATHS.map((via) => ({ caller, report, via }))),
  );

  it.each(cells)('$caller × $report × $via', async ({ caller, report, via }) => {
    const expected = EXPECTED[caller][report];
    const { status, text } = await read(caller, report, via);
    const id = ids[report];
    if (expected === 'UNAUTHENTICATED') {
      expect(status).toMatch(via === 'xlsx' || via === 'pdf' ? /^401 / : /^UNAUTHENTICATED: /);
    } else if (expected === 'NOT_FOUND') {
      const words = `report \\"${id}\\" does not exist`;
      const answer = {
        content: `NOT_FOUND: report "${id}" does not exist`,
        list: 'NOT_LISTED',
        xlsx: `404 {"error":{"code":"NOT_FOUND","message":"${words}"}}`,
      };
      expect(status).toBe(via === 'pdf' ? answer.xlsx : answer[via]);
    } else {
      expect(status).toBe('DATA');
      expect(named(text, 'zh')).toEqual([...expected.names].sort());
      if (via === 'content' || via === 'list') expect(named(text, 'en')).toEqual([...expected.names].sort());
      expect(text.includes('未列示')).toBe(expected.withheld);
    }
    if (expected !== 'NOT_FOUND' && expected !== 'UNAUTHENTICATED') return;
    for (const { zh, en } of Object.values(NAMES)) expect(`${status} ${text}`).not.toMatch(new RegExp(`${zh}|${en}`));
  });
});

// The scorecard of the report to headquarters (RULES.md §5): a branch reads its own items whole and
// its peers' totals, ranks and last year's totals only, as the live scorecardRanking shows them; no
// report to the regulator has one.
describe('the scorecard in the reports', () => {
  interface Cell {
    number: number | null;
    text: string | null;
  }
  interface Section {
    key: string;
    rows: { cells: Cell[] }[];
  }
  const sectionsOf = async (caller: Role, report: ReportName): Promise<Section[]> => {
    const { data, errors } = await api
      .as(caller)
      .query(
        `{ report(id: "${ids[report]}") { latest { content { sections { key rows { cells { number text } } } } } } }`,
      );
    expect(errors).toBeUndefined();
    return data.report.latest.content.sections as Section[];
  };
  const cellsOf = (sections: Section[], key: string) =>
    sections.find((s) => s.key === key)?.rows.map((row) => row.cells.map((cell) => cell.number ?? cell.text));

  it('shows a branch its peers\u2019 totals and ranks only, its own scorecard whole', async () => {
    const [hq, branch] = await Promise.all([sectionsOf('HQ_ANALYST', 'gzBranch'), sectionsOf('BRANCH', 'gzBranch')]);
    expect(cellsOf(branch, 'scorecard')).toEqual(cellsOf(hq, 'scorecard'));
    const all = cellsOf(hq, 'scorecardRanking') ?? [];
    expect(all.map((cells) => cells[0]).sort()).toEqual([NAMES.BJ.zh, NAMES.GD.zh, NAMES.GZ.zh].sort());
    // unit, score, rank, a year earlier, items without a value: a peer's last cell is not the branch's to see.
    expect(cellsOf(branch, 'scorecardRanking')).toEqual(
      all.map((cells) => (cells[0] === NAMES.GZ.zh ? cells : [...cells.slice(0, 4), null])),
    );
    expect(all.every((cells) => typeof cells[4] === 'number')).toBe(true);
  });

  it('is in no report to the regulator', async () => {
    for (const caller of ['HQ_ANALYST', 'REGULATOR'] as const) {
      const keys = (await sectionsOf(caller, 'gzRegulator')).map((s) => s.key);
      expect(keys.filter((key) => key.startsWith('scorecard'))).toEqual([]);
    }
  });
});

// Editing and deleting (issue 11) the same submitted reports: a report the caller may not read is
// NOT_FOUND, as for reading; one it may read but not edit (a regulator's) FORBIDDEN; one it could
// edit were it a draft BAD_USER_INPUT, since it was submitted. No answer names a unit.
type Refusal = 'UNAUTHENTICATED' | 'NOT_FOUND' | 'FORBIDDEN' | 'BAD_USER_INPUT';
const SUBMITTED: Record<ReportName, Refusal> = {
  gzBranch: 'BAD_USER_INPUT',
  gzRegulator: 'BAD_USER_INPUT',
  thBranch: 'BAD_USER_INPUT',
  bjRegulator: 'BAD_USER_INPUT',
};
const EDITING: Record<CallerName, Record<ReportName, Refusal>> = {
  ANONYMOUS: EXPECTED.ANONYMOUS as Record<ReportName, Refusal>,
  HQ_ADMIN: SUBMITTED,
  HQ_ANALYST: SUBMITTED,
  BRANCH: { ...SUBMITTED, bjRegulator: 'NOT_FOUND' },
  REGULATOR: { gzBranch: 'NOT_FOUND', gzRegulator: 'FORBIDDEN', thBranch: 'NOT_FOUND', bjRegulator: 'NOT_FOUND' },
};

describe('editing and deleting a submitted report, for every caller', () => {
  const cells = CALLERS.flatMap((caller) =>
    (Object.keys(REPORTS) as ReportName[]).flatMap((report) =>
      (['updateReport', 'deleteReport'] as const).map((via) => ({ caller, report, via })),
    ),
  );

  it.each(cells)('$caller × $report × $via', async ({ caller, report, via }) => {
    const id = ids[report];
    const { template, unit } = REPORTS[report];
    const operation =
      via === 'updateReport'
        ? `mutation { updateReport(id: "${id}", input: { template: ${template}, unit: "${unit}", period: { from: "2013-01-01", to: "2013-01-15" } }) { id } }`
        : `mutation { deleteReport(id: "${id}") }`;
    const response = caller === 'ANONYMOUS' ? await api.query(operation) : await api.as(caller).query(operation);
    expect(response.errors?.map((e) => e.extensions?.code)).toEqual([EDITING[caller][report]]);
    expect(response.data?.[via] ?? null).toBeNull();
    for (const { zh, en } of Object.values(NAMES))
      expect(JSON.stringify(response)).not.toMatch(new RegExp(`${zh}|${en}`));
  });

  it('left every report as it was submitted', async () => {
    for (const [name, { unit }] of Object.entries(REPORTS) as [ReportName, (typeof REPORTS)[ReportName]][]) {
      const found = await api.as('HQ_ADMIN').query(`{ report(id: "${ids[name]}") { unit { code } from to status } }`);
      expect(found.data.report).toEqual({
        unit: { code: unit },
        from: '2013-01-01',
        to: '2013-01-31',
        status: 'SUBMITTED',
      });
    }
  });
});

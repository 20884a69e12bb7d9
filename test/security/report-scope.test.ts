// Frozen report content reaches a reader only through the reader's scope (security review, findings 1
// and 15). On the access fixtures, with a second complaint at Foshan so that it ranks above Tianhe:
//   cities on 2013-01-31: FS (under GD) 2 assessed per 100 million yuan, TH (under GZ) 1, CD (under GZ) none.
// HQ submits a BRANCH report of TH: its ranking holds every city, Foshan first. A branch of GZ reads it:
// Foshan lies outside GZ's subtree and is no peer of GZ's (a province), so its row is withheld and said
// to be; TH is re-ranked 1st of 2, the peers' mean and median are those of TH and CD, the narrative's
// rank follows. A regulator never reads a report to headquarters, and a report it may not read answers
// exactly as an unknown one does, in GraphQL and over HTTP.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../db/domain.js';
import { importFile } from '../../db/import/index.js';
import { ACCESS_SQL, createReport, submitReport } from '../reports/helpers.js';
import { complaintSql, runSql } from '../support/fixtures.js';
import { startTestServer, type GraphQLResponse, type TestServer } from '../support/graphql.js';

const FIXTURE = `${ACCESS_SQL}
  ${complaintSql({ ref: 'FS-2', unit: 'FS', at: '2013-01-12T02:00:00Z' })}`;
const JAN = '{ from: "2013-01-01", to: "2013-01-31" }';

const CONTENT = `title { zh } narrative { zh en }
  sections { key note { zh en } rows { highlight cells { number text textEn } } chart { series { name { zh } } } }`;
const RESTATEMENT = `restatement { unchanged differences { section row frozen live } }`;

type Cell = number | string | { zh: string; en: string } | null;
interface Section {
  key: string;
  note: { zh: string; en: string } | null;
  rows: { highlight: boolean; cells: { number: number | null; text: string | null; textEn: string | null }[] }[];
}

const cells = (section: Section): Cell[][] =>
  section.rows.map((row) => row.cells.map((c) => c.number ?? (c.textEn ? { zh: c.text!, en: c.textEn } : c.text)));
const sectionOf = (content: { sections: Section[] }, key: string) => content.sections.find((s) => s.key === key)!;

const FS_NAMES = ['佛山市分公司', 'Foshan'];
const RANKING_NOTE_ZH =
  '按数值由大到小排名，第1名数值最大；并列者名次相同并跳过后续名次；无数值者不排名。该指标越低越好：名次数字变大（如由第1名降至第3名）为改善。全公司水平为全公司投诉量与保费合并计算，不是各机构的平均。';

let api: TestServer;
let dir: string;
const ids = { gzBranch: '', thBranch: '', gzDraft: '' };

/** A bearer token of a role's test user bound to `units`, made by the test administrator. */
let tokensMade = 0;
async function tokenOf(role: Role, units?: string[]): Promise<string> {
  const username = await api.user(role, units);
  tokensMade += 1;
  const made = await api
    .as('HQ_ADMIN')
    .query(`mutation { createApiToken(username: "${username}", name: "scope ${tokensMade}") { token } }`);
  return made.data.createApiToken.token;
}

const download = (path: string, token: string) =>
  fetch(`${api.server.url}${path}`, { headers: { authorization: `Bearer ${token}` } });

async function readWorkbook(bytes: ArrayBuffer): Promise<string[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  const texts: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => texts.push(cell.text))));
  return texts;
}

function pdfText(bytes: ArrayBuffer): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'report-scope-'));
  try {
    const file = path.join(folder, 'report.pdf');
    writeFileSync(file, Buffer.from(bytes));
    return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

beforeAll(async () => {
  api = await startTestServer((url) => runSql(url, FIXTURE));
  dir = await mkdtemp(path.join(tmpdir(), 'crp-report-scope-'));
  const hq = api.as('HQ_ANALYST');
  ids.gzBranch = await createReport(hq, 'GZ', JAN);
  ids.thBranch = await createReport(hq, 'TH', JAN);
  ids.gzDraft = await createReport(hq, 'GZ', JAN);
  for (const id of [ids.gzBranch, ids.thBranch]) expect((await submitReport(hq, id)).errors).toBeUndefined();
}, 120_000);
afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
  await api?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('a report to headquarters, read by a regulator (finding 1)', () => {
  const regulators: string[][] = [['GZ'], ['GD', 'GZ']];

  it.each(regulators)('is neither listed nor readable by a regulator of %s, in GraphQL', async (...units) => {
    const regulator = api.as('REGULATOR', units);
    const listed = await regulator.query(`{ reports { id } }`);
    expect(listed.data.reports).toEqual([]);
    const read = await regulator.query(`{ report(id: "${ids.gzBranch}") { latest { content { ${CONTENT} } } } }`);
    expect(read).toEqual({
      data: null,
      errors: [
        { message: `report "${ids.gzBranch}" does not exist`, path: ['report'], extensions: { code: 'NOT_FOUND' } },
      ],
    });
  });

  it.each(regulators)('is not downloadable by a regulator of %s: 404 as for an unknown report', async (...units) => {
    const token = await tokenOf('REGULATOR', units);
    for (const format of ['xlsx', 'pdf']) {
      const response = await download(`/reports/${ids.gzBranch}/v/1.${format}`, token);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({
        error: { code: 'NOT_FOUND', message: `report "${ids.gzBranch}" does not exist` },
      });
    }
  });
});

describe("a city's report, read by the branch of GZ (finding 1)", () => {
  let content: { narrative: { zh: string[]; en: string[] }; sections: Section[] };
  beforeAll(async () => {
    const read = await api
      .as('BRANCH')
      .query(`{ report(id: "${ids.thBranch}") { latest { content { ${CONTENT} } } } }`);
    expect(read.errors).toBeUndefined();
    content = read.data.report.latest.content;
  });

  it('withholds the city outside its subtree, says so, and re-ranks the rows shown', () => {
    const ranking = sectionOf(content, 'ranking');
    expect(cells(ranking)).toEqual([
      [{ zh: '天河支公司', en: 'Tianhe' }, 1, 1, null, null, null],
      [{ zh: '理赔事业部', en: 'Claims Division' }, null, null, null, null, null],
      [{ zh: '全公司水平', en: 'Company level' }, 6 / 5, null, null, null, null],
      [{ zh: '同级平均', en: 'Peers’ mean' }, 1, null, null, null, null],
      [{ zh: '同级中位数', en: 'Peers’ median' }, 1, null, null, null, null],
    ]);
    expect(ranking.rows.map((row) => row.highlight)).toEqual([true, false, false, false, false]);
    expect(ranking.note).toEqual({
      zh: `${RANKING_NOTE_ZH}另有1家机构未列示。排名、平均数、中位数按列示的机构重新计算。`,
      en: expect.stringContaining(
        ' 1 more unit not shown. Ranks, mean and median are recomputed among the units shown.',
      ),
    });
  });

  it('states the rank among the units shown in the narrative', () => {
    expect(content.narrative.zh).toContain('亿元保费投诉量排名第1名（共2家地市分公司）。');
    expect(content.narrative.en).toContain(
      'Complaints per 100 million yuan of premium ranked 1st, among 2 city branches.',
    );
    expect(content.narrative.zh.join('')).not.toContain('共3家');
  });

  it('names Foshan nowhere', () => {
    const text = JSON.stringify(content);
    for (const name of FS_NAMES) expect(text).not.toContain(name);
  });

  it('nor in the XLSX, which carries the note', async () => {
    const response = await download(`/reports/${ids.thBranch}/v/1.xlsx`, await tokenOf('BRANCH'));
    expect(response.status).toBe(200);
    const texts = await readWorkbook(await response.arrayBuffer());
    expect(texts.join('\n')).not.toContain(FS_NAMES[0]);
    expect(texts.some((text) => text.includes('另有1家机构未列示'))).toBe(true);
    expect(texts).toContain('亿元保费投诉量排名第1名（共2家地市分公司）。');
  });

  it('nor in the PDF, which carries the note', async () => {
    const response = await download(`/reports/${ids.thBranch}/v/1.pdf`, await tokenOf('BRANCH'));
    expect(response.status).toBe(200);
    const text = pdfText(await response.arrayBuffer());
    expect(text).not.toContain(FS_NAMES[0]);
    expect(text).toContain('另有1家机构未列示');
    expect(text).toContain('排名第1名（共2家地市分公司）');
  });

  it('while HQ still reads the frozen version whole', async () => {
    const read = await api
      .as('HQ_ANALYST')
      .query(`{ report(id: "${ids.thBranch}") { latest { content { ${CONTENT} } } } }`);
    const ranking = sectionOf(read.data.report.latest.content, 'ranking');
    expect(cells(ranking).map((row) => [row[0], row[1], row[2]])).toEqual([
      [{ zh: '佛山市分公司', en: 'Foshan' }, 2, 1],
      [{ zh: '天河支公司', en: 'Tianhe' }, 1, 2],
      [{ zh: '理赔事业部', en: 'Claims Division' }, null, null],
      [{ zh: '全公司水平', en: 'Company level' }, 6 / 5, null],
      [{ zh: '同级平均', en: 'Peers’ mean' }, 1.5, null],
      [{ zh: '同级中位数', en: 'Peers’ median' }, 1.5, null],
    ]);
    expect(ranking.note!.zh).toBe(RANKING_NOTE_ZH);
    expect(read.data.report.latest.content.narrative.zh).toContain('亿元保费投诉量排名第2名（共3家地市分公司）。');
  });

  it("leaves a branch's own report whole: the other provinces are its ranked peers", async () => {
    const read = await api
      .as('BRANCH')
      .query(`{ report(id: "${ids.gzBranch}") { latest { content { ${CONTENT} } } } }`);
    const ranking = sectionOf(read.data.report.latest.content, 'ranking');
    expect(
      cells(ranking)
        .slice(0, 3)
        .map((row) => [row[0], row[1], row[2]]),
    ).toEqual([
      [{ zh: '北京分公司', en: 'Beijing' }, 2, 1],
      [{ zh: '广东省分公司', en: 'Guangdong' }, 1, 2],
      [{ zh: '广州市分公司', en: 'Guangzhou' }, 1, 2],
    ]);
    expect(ranking.note!.zh).toBe(RANKING_NOTE_ZH);
  });
});

describe('the restatement check of that report, for the branch (finding 1)', () => {
  const restatement = async () => {
    const read = await api.as('BRANCH').query(`{ report(id: "${ids.thBranch}") { latest { ${RESTATEMENT} } } }`);
    expect(read.errors).toBeUndefined();
    return read.data.report.latest.restatement;
  };

  it("differs nowhere: the frozen rows it may not see are not set against today's", async () => {
    expect(await restatement()).toEqual({ unchanged: true, differences: [] });
  });

  it("and tells nothing of Foshan's figure changing later", async () => {
    const file = path.join(dir, 'late.csv');
    await writeFile(
      file,
      'ref,received_at,channel,unit_code,line,category,closed_at\nLATE-FS,2013-01-20T10:00:00+08:00,ONLINE,FS,AUTO,CLAIMS,\n',
    );
    await importFile(api.db.url, 'complaints', file);
    const found = await restatement();
    expect(JSON.stringify(found)).not.toMatch(/佛山|Foshan/);
    // Only company-wide figures moved (7 assessed complaints per 5 × 100 million yuan now): the
    // benchmark column of the key figures and the company-wide rows; no unit's row.
    expect(found.differences).toContainEqual({ section: 'ranking', row: '全公司水平', frozen: 6 / 5, live: 7 / 5 });
    const rows = found.differences.map((d: { section: string; row: string }) =>
      ['ratios', 'rates'].includes(d.section) ? 'key figure' : d.row,
    );
    expect(new Set(rows)).toEqual(new Set(['key figure', '全公司水平']));
  });
});

describe('a report the caller may not read answers as an unknown one (finding 15)', () => {
  const UNKNOWN = '987654';
  /** The answer with the report's id put back as the unknown one's: identical then, word for word. */
  const asUnknown = (response: GraphQLResponse, id: string) =>
    JSON.parse(JSON.stringify(response).replaceAll(`\\"${id}\\"`, `\\"${UNKNOWN}\\"`));

  const cases: [string, Role, string[] | undefined, keyof typeof ids][] = [
    ["another unit's report, to a branch", 'BRANCH', ['FS'], 'gzBranch'],
    ['a report to headquarters, to a regulator', 'REGULATOR', undefined, 'thBranch'],
    ['a draft, to a regulator', 'REGULATOR', undefined, 'gzDraft'],
  ];

  it.each(cases)('%s: the same GraphQL answer', async (_, role, units, which) => {
    const caller = api.as(role, units);
    const query = (id: string) => `{ report(id: "${id}") { id unit { code name { zh } } from to } }`;
    const unknown = await caller.query(query(UNKNOWN));
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(asUnknown(await caller.query(query(ids[which])), ids[which])).toEqual(unknown);
  });

  it.each(cases)('%s: the same HTTP answer', async (_, role, units, which) => {
    const token = await tokenOf(role, units);
    for (const file of ['v/1.xlsx', 'v/1.pdf', 'draft.pdf']) {
      const unknown = await download(`/reports/${UNKNOWN}/${file}`, token);
      const forbidden = await download(`/reports/${ids[which]}/${file}`, token);
      expect([forbidden.status, unknown.status]).toEqual([404, 404]);
      expect((await forbidden.text()).replaceAll(`\\"${ids[which]}\\"`, `\\"${UNKNOWN}\\"`)).toBe(await unknown.text());
    }
  });
});

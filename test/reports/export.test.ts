import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  formatCell,
  formatInstant,
  renderReportPdf,
  renderReportXlsx,
  sheetName,
} from '../../server/modules/reports/export/index.js';
import { METRICS } from '../../server/modules/metrics/metric-registry.js';
import { verdictOf } from '../../server/modules/reports/report.cells.js';
import { formatJudged } from '../../server/modules/reports/export/export-format.js';
import { GZ_NARRATIVE_ZH, gzReport, gzVersion } from './report-content.fixture.js';

// The exports read back with the tools a reader would use: exceljs for the workbook, poppler's
// pdftotext / pdftoppm / pdffonts for the PDF (Debian poppler-utils, installed by .ci/run).

async function readWorkbook(bytes: Buffer): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

/** Every cell's value, sheet by sheet, to compare two renderings. */
function cellValues(workbook: ExcelJS.Workbook): Record<string, unknown[]> {
  return Object.fromEntries(
    workbook.worksheets.map((sheet) => [
      sheet.name,
      sheet.getSheetValues().map((row) => (Array.isArray(row) ? [...row] : row)),
    ]),
  );
}

/** pdftotext breaks lines where the page does; compare without whitespace. */
const squeeze = (value: string) => value.replace(/\s+/g, '');

describe('formatCell', () => {
  it('reads each value format as the report prints it, in both languages', () => {
    expect(formatCell(12345, 'COUNT', 'zh-CN')).toBe('12,345');
    expect(formatCell(3.456, 'DECIMAL', 'en')).toBe('3.46');
    expect(formatCell(-0.3872, 'PERCENT', 'zh-CN')).toBe('-38.72%');
    expect(formatCell(0.5209, 'POINTS', 'zh-CN')).toBe('+52.09个百分点');
    expect(formatCell(0.5209, 'POINTS', 'en')).toBe('+52.09 pp');
    expect(formatCell(-0.00001, 'POINTS', 'en')).toBe('0.00 pp');
    expect(formatCell(7.1875, 'DAYS', 'zh-CN')).toBe('7.19天');
    expect(formatCell(7.1875, 'DAYS', 'en')).toBe('7.19 days');
    expect(formatCell(1_867_512_345, 'YUAN', 'zh-CN')).toBe('186,751.23万元');
    expect(formatCell(1_867_512_345, 'YUAN', 'en')).toBe('CNY 1,867.51 m');
    expect(formatCell(3, 'RANK', 'zh-CN')).toBe('第3名');
    expect(['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd']).toEqual(
      [1, 2, 3, 4, 11, 12, 13, 21, 22].map((place) => formatCell(place, 'RANK', 'en')),
    );
    const label = { zh: '考核投诉量', en: 'Assessed complaints' };
    expect([formatCell(label, 'TEXT', 'zh-CN'), formatCell(label, 'TEXT', 'en')]).toEqual([
      '考核投诉量',
      'Assessed complaints',
    ]);
    expect(formatCell('广州分公司', 'TEXT', 'zh-CN')).toBe('广州分公司');
    expect(formatCell(null, 'PERCENT', 'zh-CN')).toBe('—');
  });

  it('prints instants as Shanghai wall-clock time whatever the machine zone', () => {
    expect(formatInstant('2026-12-02T02:15:00.000Z', 'zh-CN')).toBe('2026年12月2日 10:15');
    expect(formatInstant('2026-12-02T02:15:00.000Z', 'en')).toBe('2 Dec 2026 10:15');
  });
});

describe('renderReportXlsx', () => {
  let workbook: ExcelJS.Workbook;
  beforeAll(async () => {
    workbook = await readWorkbook(await renderReportXlsx(gzReport, gzVersion, 'zh-CN'));
  });

  it('has a summary sheet, then one sheet per section named by its Chinese title', () => {
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      '概要',
      '主要指标',
      '处理时效',
      '亿元保费投诉量排名',
      '月度趋势',
      '下属机构',
      '指标说明',
    ]);
  });

  it('puts the header facts and the narrative on the summary sheet', () => {
    const summary = workbook.getWorksheet('概要')!;
    const facts = Object.fromEntries(
      summary
        .getSheetValues()
        .flatMap((row) => (Array.isArray(row) && typeof row[2] === 'string' ? [[row[1], row[2]]] : [])),
    );
    expect(summary.getCell('A1').value).toBe('广州分公司投诉情况报告');
    expect(facts).toMatchObject({
      机构: '广州分公司（GZ）',
      期间: '2013年1月1日 — 2013年7月31日',
      比较: '同比',
      数据截至: '2026年12月2日 10:15',
      版本: '第 1 版',
      提交人: '张晓明',
      提交时间: '2026年12月2日 10:30',
      数据指纹: 'sha256:3f2a9c0d51e4b7a8',
    });
    const texts = summary.getColumn(1).values.filter((value) => typeof value === 'string');
    expect(texts).toContain(GZ_NARRATIVE_ZH);
  });

  it('writes Chinese headers, the figures as numbers with number formats, and a frozen header row', () => {
    const metrics = workbook.getWorksheet('主要指标')!;
    expect(metrics.getRow(1).values).toEqual([undefined, '指标', '本期', '上年同期', '增减', '增减率']);
    expect(metrics.getRow(1).font.bold).toBe(true);
    expect(metrics.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(metrics.getRow(2).values).toEqual([undefined, '投诉考核量', 853, 1392, -539, -0.3872]);
    expect(metrics.getCell('B2').numFmt).toBe('#,##0');
    // a change stays a number, worded and coloured by its sign: fewer complaints is an improvement
    expect(metrics.getCell('D2').numFmt).toBe('[Red]+#,##0" 恶化";[Color10]-#,##0" 改善";#,##0" 持平"');
    expect(metrics.getCell('E2').numFmt).toBe('[Red]+0.00%" 恶化";[Color10]-0.00%" 改善";0.00%" 持平"');
    expect(metrics.getCell('C2').numFmt).toBe('#,##0');
    // the null cells of 积压投诉 stay empty, not "—" nor 0
    expect(metrics.getCell('C4').value).toBeNull();
    expect(metrics.getCell('E4').value).toBeNull();
  });

  it('holds points and 万元 in the unit their format shows, days and ranks as plain numbers', () => {
    const rates = workbook.getWorksheet('处理时效')!;
    expect(rates.getCell('B2').value).toBe(0.951);
    expect(rates.getCell('C2').value).toBeCloseTo(52.09, 10);
    // a higher timely rate is better: a rise in points is an improvement
    expect(rates.getCell('C2').numFmt).toBe(
      '[Color10]+0.00"个百分点 改善";[Red]-0.00"个百分点 恶化";0.00"个百分点 持平"',
    );
    expect(rates.getCell('D2').value).toBe(7.1875);
    expect(rates.getCell('D2').numFmt).toBe('0.00');
    const ranking = workbook.getWorksheet('亿元保费投诉量排名')!;
    expect(ranking.getCell('C4').value).toBeCloseTo(186_751.2345, 8);
    expect(ranking.getCell('C4').numFmt).toBe('#,##0.00"万元"');
    expect(ranking.getCell('D4').value).toBe(3);
    expect(ranking.getCell('D4').numFmt).toBe('"第"0"名"');
    expect(ranking.getCell('B4').numFmt).toBe('#,##0.00');
  });

  it('shows the highlighted row (the report’s own unit) in bold', () => {
    const ranking = workbook.getWorksheet('亿元保费投诉量排名')!;
    expect(ranking.getCell('A4').value).toBe('广州分公司');
    expect(ranking.getCell('A4').font.bold).toBe(true);
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- ExcelJS types font as always set; a plain cell has none
    expect(ranking.getCell('A3').font?.bold).toBeFalsy();
  });

  it('words and colours a movement by the metric’s direction: 1st to 3rd on a lower-is-better metric is an improvement', () => {
    const ranking = workbook.getWorksheet('亿元保费投诉量排名')!;
    expect([ranking.getCell('A4').value, ranking.getCell('F4').value]).toEqual(['广州分公司', -2]);
    expect(ranking.getCell('F4').numFmt).toBe('[Red]+#,##0" 恶化";[Color10]-#,##0" 改善";#,##0" 持平"');
    // a rank is no change: it keeps its own format
    expect(ranking.getCell('D4').numFmt).toBe('"第"0"名"');
  });

  it('has a sheet of its own for the glossary: each metric shown, its definition, numerator, denominator, basis and direction', () => {
    const glossary = workbook.getWorksheet('指标说明')!;
    expect(glossary.getRow(1).values).toEqual([
      undefined,
      '指标',
      '本报告口径',
      '定义',
      '分子',
      '分母',
      '口径说明',
      '方向',
      '随截至时点变化',
    ]);
    // the rows of the table, then the note under it
    const rows = glossary
      .getSheetValues()
      .slice(2)
      .filter(Array.isArray)
      .map((row) => (row as unknown[]).slice(1));
    expect(rows.pop()).toEqual([expect.stringMatching(/^定义取自门户的指标登记表/)]);
    expect(rows.map((row) => row[0])).toEqual([
      '投诉量',
      '考核投诉量',
      '亿元保费投诉量',
      '万张保单投诉量',
      '投诉处理及时率',
      '案均处理天数',
      '未结投诉',
      '超时未结',
    ]);
    expect(rows[2]).toEqual([
      '亿元保费投诉量',
      '考核口径',
      METRICS.PER_100M_PREMIUM.definition.zh,
      METRICS.PER_100M_PREMIUM.numerator!.zh,
      METRICS.PER_100M_PREMIUM.denominator!.zh,
      METRICS.PER_100M_PREMIUM.basisNote.zh,
      '越低越好',
      '否',
    ]);
    // a count has no numerator or denominator of its own: the cells are empty
    expect(rows[0].slice(3, 5)).toEqual([undefined, undefined]);
    expect(rows[4].slice(6)).toEqual(['越高越好', '是']);
  });

  it('marks a live draft and writes English headers when asked', async () => {
    const draft = await readWorkbook(await renderReportXlsx(gzReport, null, 'en'));
    expect(draft.worksheets.map((sheet) => sheet.name)).toEqual([
      'Summary',
      'Key metrics',
      'Handling',
      'Ranking complaints per 100M yua',
      'Monthly trend',
      'Subsidiary units',
      'Definitions of the metrics',
    ]);
    const summary = draft.getWorksheet('Summary')!;
    expect(summary.getCell('A1').value).toBe('Complaints report: Guangzhou Branch — DRAFT (live figures)');
    expect(summary.getColumn(2).values).toContain('DRAFT (live figures)');
    expect(summary.getColumn(2).values).not.toContain('张晓明');
    expect(draft.getWorksheet('Key metrics')!.getRow(1).values).toEqual([
      undefined,
      'Metric',
      'This period',
      'A year earlier',
      'Change',
      'Change rate',
    ]);
    // Money in millions, as the English preview reads it: the yuan stored, two scaling commas shown.
    const premium = draft.getWorksheet('Ranking complaints per 100M yua')!.getCell('C4');
    expect([premium.value, premium.numFmt]).toEqual([1_867_512_345, '"CNY "#,##0.00,," m"']);
  });

  it('gives the same cell values when rendered twice', async () => {
    const again = await readWorkbook(await renderReportXlsx(gzReport, gzVersion, 'zh-CN'));
    expect(cellValues(again)).toEqual(cellValues(workbook));
  });

  it('keeps sheet names within Excel’s rules: 31 characters, no []:*?/\\, unique', () => {
    const used = new Set<string>(['概要']);
    expect(sheetName('概要', used)).toBe('概要 (2)');
    expect(sheetName('投诉/处理:[时效]?', used)).toBe('投诉 处理 时效');
    const long = 'A very long section title that goes past the limit';
    const first = sheetName(long, used);
    const second = sheetName(long, used);
    expect(first).toBe('A very long section title that');
    expect(second).toBe('A very long section title t (2)');
    expect(second.endsWith(' (2)')).toBe(true);
  });
});

describe('renderReportPdf', () => {
  let folder: string;
  let pdf: string;
  let pdfText: string;
  beforeAll(async () => {
    folder = mkdtempSync(path.join(tmpdir(), 'report-pdf-'));
    pdf = path.join(folder, 'gz.pdf');
    writeFileSync(pdf, await renderReportPdf(gzReport, gzVersion, 'zh-CN'));
    pdfText = execFileSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' });
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('contains the Chinese narrative, title and section tables as text', () => {
    const text = squeeze(pdfText);
    expect(text).toContain(squeeze(GZ_NARRATIVE_ZH));
    expect(text).toContain('广州分公司投诉情况报告');
    expect(text).toContain('+52.09个百分点');
    expect(text).toContain('186,751.23万元');
    expect(text).toContain('第3名');
    // the chart's title and legend are drawn as text too
    expect(text).toContain('投诉考核量月度趋势');
    expect(text).toContain('2012年');
  });

  it('prints the running header and 第 n 页 / 共 m 页 on every page', () => {
    const pages = pdfText.split('\f').filter((page) => page.trim() !== '');
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, index) => {
      const text = squeeze(page);
      expect(text).toContain('广州分公司·2013年1月1日—2013年7月31日');
      expect(text).toContain('数据截至2026年12月2日10:15');
      expect(text).toContain('第1版');
      expect(text).toContain(`第${index + 1}页/共${pages.length}页`);
    });
  });

  it('repeats the table header on the page a long table runs onto', () => {
    const pages = pdfText.split('\f');
    const last = pages.find((page) => page.includes('广州第48支公司'))!;
    expect(last).not.toContain('广州第1支公司');
    expect(squeeze(last)).toContain('机构');
    expect(squeeze(last)).toContain('投诉处理及时率');
  });

  it('puts the wide tables (the children’s, the glossary) on landscape pages, keeping the running header', () => {
    const sizes = execFileSync('pdfinfo', ['-f', '1', '-l', '99', pdf], { encoding: 'utf8' })
      .split('\n')
      .flatMap((line) => /^Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/.exec(line) ?? [])
      .filter((_, i) => i % 3 !== 0);
    const pages = pdfText.split('\f').filter((page) => page.trim() !== '');
    const layout = (index: number) =>
      Number(sizes[2 * index]) > Number(sizes[2 * index + 1]) ? 'landscape' : 'portrait';
    const onPage = (needle: string) => pages.findIndex((page) => squeeze(page).includes(needle));
    expect(sizes.length).toBe(2 * pages.length);
    expect(layout(0)).toBe('portrait');
    expect(layout(onPage('月度趋势'))).toBe('portrait');
    for (const needle of ['广州第1支公司', '广州第48支公司', '指标说明'])
      expect(layout(onPage(needle)), needle).toBe('landscape');
    // A4 turned: 841.89 × 595.28 points
    expect(sizes.slice(2 * onPage('广州第1支公司'), 2 * onPage('广州第1支公司') + 2)).toEqual(['841.89', '595.28']);
    for (const page of pages) expect(squeeze(page)).toContain('数据截至2026年12月2日10:15');
  });

  it('never splits a figure over two lines: every percentage and change in points reads whole', () => {
    const expected = new Map<string, number>();
    for (const section of gzReport.sections) {
      section.columns.forEach((column, index) => {
        if (column.format !== 'PERCENT' && column.format !== 'POINTS') return;
        for (const row of section.rows) {
          if (typeof row.cells[index] !== 'number') continue;
          const text = formatJudged(row.cells[index], column.format, verdictOf(section, row, index), 'zh-CN');
          expected.set(text, (expected.get(text) ?? 0) + 1);
        }
      });
    }
    expect(expected.size).toBeGreaterThan(150);
    const lines = pdfText.split(/\n|\f/).map((line) => line.trim());
    for (const [text, count] of expected) {
      expect(lines.filter((line) => line.split(/ {2,}/).includes(text)).length, text).toBeGreaterThanOrEqual(count);
    }
  });

  it('words each change and movement by its metric’s direction, the sign kept', () => {
    const lines = pdfText.split('\n').map((line) => line.trim());
    // fewer complaints; a higher timely rate; GZ from 1st to 3rd, Shenzhen from 2nd to 1st, on a lower-is-better metric
    for (const text of ['-539 改善', '-38.72% 改善', '+52.09个百分点 改善', '-2 改善', '+1 恶化'])
      expect(lines, text).toContain(text);
  });

  it('ends with the glossary of the metrics it shows', () => {
    const text = squeeze(pdfText);
    expect(text).toContain('指标说明');
    expect(text).toContain(squeeze(METRICS.TIMELY_RATE.numerator!.zh));
    expect(text.lastIndexOf('指标说明')).toBeGreaterThan(text.lastIndexOf('广州第48支公司'));
  });

  it('embeds its font (a subset), so no system font is needed to read it', () => {
    const fonts = execFileSync('pdffonts', [pdf], { encoding: 'utf8' }).split('\n').slice(2).filter(Boolean);
    expect(fonts.length).toBeGreaterThan(0);
    // columns: name type encoding emb sub uni …
    for (const line of fonts) expect(line).toMatch(/\+NotoSansHans-\w+\s.*\syes\s+yes\s+yes\s/);
    expect(statSync(pdf).size).toBeLessThan(400_000);
  });

  it('renders its first page to an image', () => {
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', pdf, path.join(folder, 'page')]);
    const png = path.join(folder, 'page-1.png');
    expect(statSync(png).size).toBeGreaterThan(20_000);
  });

  it('marks a live draft on every page', async () => {
    const draft = path.join(folder, 'draft.pdf');
    writeFileSync(draft, await renderReportPdf(gzReport, null, 'zh-CN'));
    const pages = execFileSync('pdftotext', ['-enc', 'UTF-8', draft, '-'], { encoding: 'utf8' })
      .split('\f')
      .filter((page) => page.trim() !== '');
    for (const page of pages) expect(squeeze(page)).toContain('草稿（实时数据）');
    expect(squeeze(pages.join(''))).not.toContain('张晓明');
  });
});

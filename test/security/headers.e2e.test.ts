import { readFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_LINE, createUser } from '../../server/modules/access/index.js';
import { transactor } from '../../server/kernel/transact.js';
import { openPortal, type Portal } from '../support/browser.js';
import { runSql } from '../support/fixtures.js';
import { ACCESS_SQL } from '../access/fixtures.js';

// Security review finding 14, in Chromium: the built client, served with the portal's
// Content-Security-Policy, signs in, opens the overview, a ranking (with a chart's tooltip), a unit's
// page and exports an XLSX (the lazily loaded exceljs chunk) without a single violation of the policy
// — none reported to the page (securitypolicyviolation) and no error in the console.

const PASSWORD = 'headers-password-1';
const PERIOD = 'p=2013-01-01..2013-01-31';

let portal: Portal;
let page: Page;

beforeAll(async () => {
  portal = await openPortal({
    screenshotPrefix: 'csp',
    seed: (url) => runSql(url, ACCESS_SQL),
    prepare: async (server) => {
      await createUser(transactor(server.orm), COMMAND_LINE, {
        username: 'analyst',
        password: PASSWORD,
        role: 'HQ_ANALYST',
        units: [],
      });
    },
  });
  page = portal.page;
  // Before any script of the page: every violation the browser reports to the document is kept. (A
  // string, as the tests' TypeScript knows no DOM.)
  await page.addInitScript(`
    window.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => window.cspViolations.push(
      event.effectiveDirective + ' refused ' + (event.blockedURI || 'inline') + ' (' + event.sourceFile + ':' + event.lineNumber + ') ' + event.sample));
  `);
}, 600_000);

// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
afterAll(() => portal?.close());

const violations = () => page.evaluate<string[]>('window.cspViolations');
const card = (title: string | RegExp) =>
  page.locator('.crp-widget', { has: page.locator('.ant-card-head-title', { hasText: title }) });
const ready = (title: string | RegExp) =>
  card(title).and(page.locator('[data-state="success"]')).waitFor({ timeout: 60_000 });

describe('the client under the Content-Security-Policy', () => {
  it('is served with the policy', async () => {
    const response = await page.goto(`${portal.url}/`);
    expect(response!.headers()['content-security-policy']).toContain("script-src 'self';");
    expect(response!.headers()['x-frame-options']).toBe('DENY');
  });

  it('signs in and opens the overview', async () => {
    await page.getByLabel('用户名').fill('analyst');
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/overview');
    await ready('全公司主要指标');
    await ready(/月度趋势/);
    await portal.shot('1-overview');
    expect(await violations()).toEqual([]);
  });

  it('opens a ranking, its chart and the chart’s tooltip', async () => {
    await page.goto(`${portal.url}/rankings?${PERIOD}&m=COMPLAINTS&level=PROVINCE`);
    await ready('排名表');
    await ready('排名图');
    const chart = card('排名图').locator('.crp-chart');
    const box = (await chart.boundingBox())!;
    // across the bars until ECharts shows its tooltip (HTML with style attributes)
    const tooltip = chart.locator('div[style*="z-index"]');
    for (let x = 0.15; x < 0.95 && !(await tooltip.count()); x += 0.1) {
      await page.mouse.move(box.x + box.width * x, box.y + box.height / 2);
      await page.waitForTimeout(150);
    }
    expect(await tooltip.count()).toBe(1);
    await portal.shot('2-ranking');
    expect(await violations()).toEqual([]);
  });

  it('exports the ranking as XLSX, loading exceljs on demand', async () => {
    await card('排名表').getByRole('button', { name: /导出/ }).click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByText('Excel 文件（.xlsx）', { exact: true }).click(),
    ]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await readFile(await file.path())) as unknown as ArrayBuffer);
    // the header block first (what the table answers), then the table's own header row
    expect(workbook.worksheets[0].getCell('A1').value).toBe('内容');
    const header = workbook.worksheets[0].getSheetValues().findIndex((row) => Array.isArray(row) && row[1] === '排名');
    expect(header).toBeGreaterThan(1);
    expect(await violations()).toEqual([]);
  });

  it('opens a unit’s page', async () => {
    await page.goto(`${portal.url}/org/GZ?${PERIOD}`);
    await ready('主要指标');
    await ready(/构成分析/);
    await ready(/投诉清单/);
    await portal.shot('3-unit');
    expect(await violations()).toEqual([]);
  });

  it('logged no error in the console (a refused script or style is one)', () => {
    expect(portal.pageErrors).toEqual([]);
  });
});

import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS, ensureDemoUsers } from '../../server/modules/access/index.js';
import { openPortal, SCREENSHOTS, type Portal } from '../support/browser.js';

// Issue 11's layout in a real browser on the demo data (loaded once for the file): the overview and
// GZ's page on a phone (390 × 844) with the menu in a drawer and nothing wider than the screen; the
// ranking printed to PDF by Chromium with its table on the first page and its header repeated; a
// sorted ranking column; units and a complaint found by search; quick periods counted from the data's
// last day; a bad link parameter named on the page. Screenshots: test-results/screenshots/layout-*.png.

const ISSUE_VIEW = '/rankings?p=2013-01-01..2013-07-31&m=PER_100M_PREMIUM&level=PROVINCE&assessed=1';
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1440, height: 900 };

let portal: Portal;
let page: Page;
let scratch: string;

beforeAll(async () => {
  portal = await openPortal({
    screenshotPrefix: 'layout',
    seed: 'demo',
    prepare: (server) => ensureDemoUsers(server.orm, () => {}),
    reuseUrlFrom: 'LAYOUT_E2E_URL',
    viewport: PHONE,
  });
  page = portal.page;
  scratch = await mkdtemp(path.join(os.tmpdir(), 'crp-layout-'));
}, 600_000);

afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
  await portal?.close();
  if (scratch) await rm(scratch, { recursive: true, force: true });
});

const shot = (name: string) => portal.shot(name);
const card = (title: string | RegExp) =>
  page.locator('.crp-widget', { has: page.locator('.ant-card-head-title', { hasText: title }) });
const ready = (title: string | RegExp) =>
  card(title).and(page.locator('[data-state="success"]')).waitFor({ timeout: 60_000 });
const firstCells = async (within = card('排名表')) =>
  (await within.locator('.ant-table-row').first().locator('td').allTextContents()).map((text) => text.trim());
const unitColumn = (within = card('排名表')) => within.locator('.ant-table-row td:nth-child(4)').allTextContents();
/** How far the page itself is wider than the window (0: not at all; a table scrolling inside its card does not count). */
const overflow = () => page.evaluate<number>('document.scrollingElement.scrollWidth - innerWidth');

async function signInAs(username: string) {
  const { password } = DEMO_USERS.find((user) => user.username === username)!;
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}

describe('on a phone (390 × 844)', () => {
  it('shows the overview no wider than the screen, cards stacked, the menu behind a button', async () => {
    await page.goto(`${portal.url}/overview`);
    await signInAs('analyst');
    await ready('全公司主要指标');
    await ready(/省级分公司排名/);
    await ready(/月度趋势/);
    expect(await overflow()).toBe(0);
    // The header keeps the product's name and a menu button; the horizontal menu is not drawn.
    expect(await page.getByRole('navigation', { name: '主导航' }).count()).toBe(0);
    await page.getByRole('button', { name: '打开菜单' }).waitFor();
    // Cards two abreast at most, each inside the screen; the trend chart as wide as its card.
    const cards = await page
      .locator('.crp-metric-card')
      .evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().right));
    expect(cards).toHaveLength(6);
    for (const right of cards) expect(right).toBeLessThanOrEqual(PHONE.width);
    const chart = await card(/月度趋势/)
      .locator('.crp-chart svg')
      .boundingBox();
    expect(chart!.width).toBeGreaterThan(250);
    expect(chart!.x + chart!.width).toBeLessThanOrEqual(PHONE.width);
    // The ranking table is wider than the phone: it scrolls sideways inside its card.
    const scroller = card(/省级分公司排名/).locator('.ant-table-content');
    expect(await scroller.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    await shot('phone-overview');
  });

  it('opens the menu from the drawer, the user name on one line, and goes to a page from it', async () => {
    await page.getByRole('button', { name: '打开菜单' }).click();
    const drawer = page.getByRole('dialog');
    const menu = drawer.getByRole('navigation', { name: '主导航' });
    for (const item of ['总览', '排名', '对比', '机构', '机构树', '报表'])
      await menu.getByRole('link', { name: item, exact: true }).waitFor();
    const name = await drawer.getByText('analyst', { exact: true }).boundingBox();
    expect(name!.height).toBeLessThan(30);
    expect(name!.width).toBeGreaterThan(40);
    await drawer.getByRole('button', { name: '退出登录' }).waitFor();
    await shot('phone-menu');
    await menu.getByRole('link', { name: '排名', exact: true }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/rankings');
    await expect.poll(() => drawer.isVisible()).toBe(false);
    await ready('排名表');
    expect(await overflow()).toBe(0);
  });

  it('shows GZ’s page no wider than the screen, with its tables scrolling inside their cards', async () => {
    await page.goto(`${portal.url}/org/GZ?p=2013-01-01..2013-07-31`);
    await ready('主要指标');
    await ready(/^下级机构$/);
    await ready(/投诉清单/);
    await ready(/构成分析/);
    expect(await overflow()).toBe(0);
    expect(await page.locator('.crp-metric-card', { hasText: '考核投诉量' }).textContent()).toContain('853');
    const children = card(/^下级机构$/).locator('.ant-table-content');
    expect(await children.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
    // The complaint list's status filter and order stay reachable above the list.
    await card(/投诉清单/)
      .getByRole('combobox', { name: '状态' })
      .waitFor();
    await shot('phone-unit-gz');
  });
});

describe('on paper', () => {
  it('prints the ranking on A4 with the table from the first page, its header on every page', async () => {
    await page.setViewportSize(DESKTOP);
    await page.goto(`${portal.url}${ISSUE_VIEW}&hl=GZ`);
    await ready('排名表');
    await ready('排名图');
    const pdf = path.join(scratch, 'ranking.pdf');
    await writeFile(pdf, await page.pdf({ preferCSSPageSize: true, printBackground: true }));
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    const text = (n: number) =>
      execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', '-f', String(n), '-l', String(n), pdf, '-'], {
        encoding: 'utf8',
      });
    // 37 provinces: the table over two pages, the chart whole on the third.
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(4);
    const first = text(1);
    expect(first).toContain('机构排名：亿元保费投诉量');
    // The value's header carries its basis; a movement its judgement (海南 up to 1st is 恶化 on this
    // lower-is-better metric, GZ down to 3rd 改善).
    const header = /排名\s+上年同期排名\s+名次变化\s+机构\s+亿元保费投诉量\s+考核口径\s+上年同期\s+增减/;
    expect(first).toMatch(header);
    expect(first).toMatch(/\n\s*1\s+2\s+1\s+恶化\s+海南省分公司\s+42\.60\s+48\.11\s+-5\.51（改善）/);
    expect(first).toMatch(/\n\s*3\s+1\s+2\s+改善\s+广州市分公司\s+28\.86\s+57\.71\s+-28\.8\d/);
    // The next page starts with the header again, then the rows that follow.
    expect(text(2).trimStart()).toMatch(new RegExp(`^${header.source}`));
    // Every province printed once, none cut between pages.
    const all = Array.from({ length: pages }, (_, i) => text(i + 1)).join('\n');
    expect(all.match(/\n\s*37\s+37\s+广西分公司\s+16\.06/g)).toHaveLength(1);
    expect(all).toContain('排名图');
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '60',
      '-f',
      '1',
      '-l',
      '2',
      pdf,
      path.join(SCREENSHOTS, 'layout-print-ranking'),
    ]);
  });
});

describe('finding and sorting', () => {
  it('sorts a ranking column by value, empty values last, and by name in Chinese order', async () => {
    const rankPreviousName = (cells: string[]) => [cells[0], cells[1], cells[3]];
    expect(rankPreviousName(await firstCells())).toEqual(['1', '2', '海南省分公司']);
    await card('排名表').getByRole('columnheader', { name: '上年同期排名' }).click();
    // Ascending previous rank: Guangzhou was first a year earlier.
    await expect.poll(async () => (await firstCells()).slice(0, 2)).toEqual(['3', '1']);
    await card('排名表').getByRole('columnheader', { name: '上年同期排名' }).click();
    await expect.poll(async () => (await firstCells())[1]).toBe('37');
    await card('排名表').getByRole('columnheader', { name: '机构' }).click();
    const names = await unitColumn();
    expect(names.slice(0, 2)).toEqual(['安徽省分公司', '北京市分公司']);
    expect(names).toEqual([...names].sort(new Intl.Collator('zh-CN').compare));
    await shot('sorted-ranking');
  });

  it('finds a unit by part of its name from the header and opens its page', async () => {
    await page.getByRole('button', { name: '搜索机构或投诉' }).click();
    await page.getByRole('combobox', { name: '搜索机构或投诉' }).fill('天河');
    const option = page.locator('.ant-select-item-option', { hasText: '天河支公司' });
    await option.waitFor();
    expect(await option.textContent()).toContain('GZ-TIANHE');
    await shot('search-unit');
    await option.click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/org/GZ-TIANHE');
    // The period and filter of the view travel along.
    expect(new URL(page.url()).searchParams.get('p')).toBe('2013-01-01..2013-07-31');
    await ready(/投诉清单/);
  });

  it('finds a complaint by its ref and a unit by its English name in the tree', async () => {
    const ref = (await card(/投诉清单/)
      .locator('.ant-table-row')
      .first()
      .getByRole('link')
      .textContent())!;
    await page.getByRole('button', { name: '搜索机构或投诉' }).click();
    await page.getByRole('combobox', { name: '搜索机构或投诉' }).fill(ref);
    await page.locator('.ant-select-item-option', { hasText: `投诉 ${ref}` }).click();
    await page.getByRole('heading', { name: `投诉详情 ${ref}` }).waitFor();

    await page.goto(`${portal.url}/units`);
    await page.getByRole('combobox', { name: '在机构树中搜索机构' }).fill('foshan');
    await page.locator('.ant-select-item-option', { hasText: '佛山市分公司' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/units/GD-FOSHAN');
    await page.getByRole('tree').locator('.ant-tree-node-selected', { hasText: '佛山市分公司' }).waitFor();
    await shot('search-tree');
  });

  it('offers 上半年 and the quarters of the data’s last year, in the views and the report builder', async () => {
    await page.goto(`${portal.url}/rankings?m=COMPLAINTS`);
    // The default is the year to the last day with complaints: the demo's data end in 2013, not today.
    await expect.poll(() => new URL(page.url()).searchParams.get('p')).toMatch(/^ytd-2013-12-\d\d$/);
    await page.getByRole('button', { name: /常用期间/ }).click();
    for (const pick of ['2013年下半年', '2013年第1季度', '2013年第4季度', '最近6个月', '2012年全年'])
      await page.getByRole('menuitem', { name: pick }).waitFor();
    await shot('quick-periods');
    await page.getByRole('menuitem', { name: '2013年上半年' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('p')).toBe('2013-01-01..2013-06-30');
    await page.getByText('2013年1月1日至2013年6月30日').first().waitFor();

    await page.goto(`${portal.url}/reports/new?unit=GZ`);
    await page.getByPlaceholder('开始日期').click();
    await page.locator('.ant-picker-presets').getByText('2013年上半年', { exact: true }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('p')).toBe('2013-01-01..2013-06-30');
  });

  it('names a bad period of a link on the page after showing the default', async () => {
    await page.goto(`${portal.url}/rankings?p=2013-02-30&m=COMPLAINTS`);
    await expect.poll(() => new URL(page.url()).searchParams.get('p')).toMatch(/^ytd-2013-12-\d\d$/);
    await ready('排名表');
    await page.getByRole('alert').getByText('链接中的统计期间参数“p=2013-02-30”无效，已忽略，按默认值显示。').waitFor();
    await shot('bad-link');
    // Choosing a period answers it.
    await page.getByText('年度', { exact: true }).click();
    await expect.poll(() => page.getByRole('alert').count()).toBe(0);
  });

  it('logged no errors in the browser', () => {
    expect(portal.pageErrors).toEqual([]);
  });
});

import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS, ensureDemoUsers } from '../../server/modules/access/index.js';
import { openPortal, type Portal } from '../support/browser.js';

// Figures that explain themselves (issue 11), in a real browser on the demo data loaded once for the
// file: a metric's definition on a ranking, a drill from Guangzhou's assessed count (853, Jan–Jul
// 2013) to the 853 complaints behind it, Tianhe's backlog card and complaint list agreeing at
// 2013-07-31, a branch user's refusals said as what it may not do and why, and the regulator's
// ranking within its jurisdiction with the jurisdiction's total. Screenshots: figures-*.png.

const JAN_JUL = 'p=2013-01-01..2013-07-31';

let portal: Portal;
let page: Page;

beforeAll(async () => {
  portal = await openPortal({
    screenshotPrefix: 'figures',
    seed: 'demo',
    prepare: (server) => ensureDemoUsers(server.orm, () => {}),
    reuseUrlFrom: 'FIGURES_E2E_URL',
  });
  page = portal.page;
}, 600_000);

// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
afterAll(() => portal?.close());

const shot = (name: string) => portal.shot(name);
const card = (title: string | RegExp) =>
  page.locator('.crp-widget', { has: page.locator('.ant-card-head-title', { hasText: title }) });
const ready = (title: string | RegExp) =>
  card(title).and(page.locator('[data-state="success"]')).waitFor({ timeout: 60_000 });
const text = async (locator: ReturnType<Page['locator']>) =>
  ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();

async function signInAs(username: string) {
  await page.context().clearCookies();
  await page.goto(`${portal.url}/`);
  const { password } = DEMO_USERS.find((user) => user.username === username)!;
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.getByText(username, { exact: true }).waitFor();
}

describe('figures that explain themselves, on the demo data', () => {
  it('shows a metric’s definition on a ranking when its label is hovered', async () => {
    await signInAs('analyst');
    await page.goto(`${portal.url}/rankings?${JAN_JUL}&m=PER_100M_PREMIUM&assessed=1`);
    await ready('排名表');
    await card('排名表').locator('thead .crp-metric-label').hover();
    const popover = page.locator('.ant-popover', { hasText: '亿元保费投诉量' });
    await popover.waitFor();
    const definition = await text(popover);
    expect(definition).toContain('统计范围内投诉件数除以该机构辖属同期保费收入（亿元）');
    expect(definition).toContain('分子：');
    expect(definition).toContain('分母： 该机构辖属同期保费收入（按筛选的险种）÷ 100,000,000元');
    expect(definition).toContain('口径： 考核口径时分子只计考核投诉，分母保费不变。');
    expect(definition).toContain('方向： 越低越好');
    expect(definition).toContain('时点： 与统计时点无关');
    // The basis stands beside the figure, and the company's figure of a ratio is its level.
    expect(await text(card('排名表').locator('thead'))).toContain('考核口径');
    expect(await text(page.locator('.crp-row-reference', { hasText: '全公司水平' }))).toMatch(/^全公司水平\d+\.\d\d$/);
    await shot('1-definition-on-ranking');
  });

  it('drills from Guangzhou’s assessed count (853, Jan–Jul 2013) to the 853 complaints behind it, and exports them all', async () => {
    await page.goto(`${portal.url}/org/GZ?${JAN_JUL}`);
    await ready('主要指标');
    const assessed = page.locator('.crp-metric-card', { hasText: '考核投诉量' });
    expect(await text(assessed)).toContain('考核口径');
    await assessed.getByRole('link', { name: '853' }).click();
    await expect.poll(() => new URL(page.url()).pathname).toBe('/records');
    const params = new URL(page.url()).searchParams;
    expect(Object.fromEntries(params)).toEqual({ unit: 'GZ', p: '2013-01-01..2013-07-31', m: 'ASSESSED_COMPLAINTS' });
    // (the unit page's own 投诉清单 stays until the records page's code has arrived)
    await page.getByRole('heading', { name: '指标对应的投诉清单：考核投诉量' }).waitFor();
    await ready('投诉清单');
    const figure = page.locator('.crp-records-figure');
    await expect.poll(() => text(figure.locator('.crp-records-total'))).toBe('853 件投诉');
    const figureText = await text(figure);
    for (const part of [
      '广州市分公司（GZ）',
      '2013年1月1日至2013年7月31日',
      '考核口径',
      '计入该指标的投诉（即指标本身）',
      '指标值853',
    ]) {
      expect(figureText).toContain(part);
    }
    expect(await text(card('投诉清单'))).toContain('共 853 件 · 第 1 页');
    await shot('2-records-gz-853');

    await card('投诉清单').getByRole('button', { name: /导出/ }).click();
    const [file] = await Promise.all([
      page.waitForEvent('download'),
      page.getByText('CSV 文件', { exact: true }).click(),
    ]);
    expect(file.suggestedFilename()).toBe('GZ_指标投诉清单_考核投诉量（分子）_考核口径_2013-01-01_2013-07-31.csv');
    const lines = (await readFile(await file.path(), 'utf8')).slice(1).split('\r\n');
    const tableStart = lines.indexOf('') + 1;
    expect(lines.slice(0, tableStart)).toContain('导出件数,853 / 853');
    expect(lines[tableStart]).toMatch(/^投诉编号,受理时间,/);
    expect(lines.slice(tableStart + 1).filter(Boolean)).toHaveLength(853);
  });

  it('agrees on Tianhe’s backlog at 2013-07-31: the card, the list’s 未结 and the records behind the card', async () => {
    await page.goto(`${portal.url}/org/GZ-TIANHE?${JAN_JUL}&status=OPEN`);
    await ready(/未结投诉账龄/);
    await ready(/投诉清单/);
    const backlog = card(/未结投诉账龄/);
    expect(await text(backlog)).toContain('截至 2013-07-31 23:59');
    expect(await text(backlog)).toContain('未结合计 5 件');
    const list = card(/投诉清单/);
    expect(await text(list)).toContain('状态按 2013-07-31 23:59（北京时间）判断');
    expect(await text(list)).toContain('共 5 件');
    expect(await list.locator('.ant-table-row').count()).toBe(5);
    await shot('3-tianhe-backlog-and-list');

    await backlog.getByRole('link', { name: '未结合计 5 件' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('m')).toBe('OPEN_BACKLOG');
    await page.getByRole('heading', { name: '指标对应的投诉清单：未结投诉' }).waitFor();
    await ready('投诉清单');
    const figure = page.locator('.crp-records-figure');
    await expect.poll(() => text(figure.locator('.crp-records-total'))).toBe('5 件投诉');
    expect(await text(figure)).toContain('时点 T2013-07-31 23:59（北京时间）');
    expect(await card('投诉清单').locator('.ant-table-row', { hasText: '未结' }).count()).toBe(5);
    await shot('4-tianhe-backlog-records');
  });

  it('reads whole in English: the overview’s card title is not cut short, the Export button covers no breakdown tab', async () => {
    await page.getByText('English', { exact: true }).click();
    await page.goto(`${portal.url}/overview?${JAN_JUL}`);
    await ready(/Provincial branches ranked/);
    const title = card(/Provincial branches ranked/).locator('.ant-card-head-title');
    expect(await title.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
    expect(await text(title)).toBe(
      'Provincial branches ranked: Complaints per 100 million yuan of premiumAll complaints',
    );

    await page.goto(`${portal.url}/org/GZ?${JAN_JUL}&m=PER_100M_PREMIUM&by=CHILD_UNIT`);
    await ready(/Breakdown/);
    const breakdown = card(/Breakdown/);
    const tab = (await breakdown
      .locator('.ant-segmented')
      .getByText('By subordinate unit', { exact: true })
      .boundingBox())!;
    const button = (await breakdown.getByRole('button', { name: /Export/ }).boundingBox())!;
    const overlap =
      tab.x < button.x + button.width &&
      button.x < tab.x + tab.width &&
      tab.y < button.y + button.height &&
      button.y < tab.y + tab.height;
    expect(overlap).toBe(false);
    await shot('5-english-breakdown');
    await page.getByText('中文', { exact: true }).click();
  });

  it('tells a branch user what it may not do and why, with no retry', async () => {
    await signInAs('guangzhou');
    await page.goto(`${portal.url}/rankings?${JAN_JUL}&m=PER_100M_PREMIUM&ch=HOTLINE_95518`);
    const refused = card('排名表').and(page.locator('[data-state="failure"]'));
    await refused.waitFor({ timeout: 60_000 });
    expect(await text(refused.locator('.ant-alert'))).toBe(
      '无法执行此操作查看同级机构排名时不能按受理渠道、险种或投诉类别筛选：这会拆分其他机构的数据，而您只能看到它们的总数。请清除这些筛选条件，或只看本机构的数据。',
    );
    expect(await refused.getByRole('button', { name: /重\s*试/ }).count()).toBe(0);
    await shot('6-branch-refused-filter');

    await page.goto(`${portal.url}/compare?${JAN_JUL}&units=GZ,SZ`);
    const compare = card('对比表').and(page.locator('[data-state="failure"]'));
    await compare.waitFor({ timeout: 60_000 });
    expect(await text(compare)).toContain('机构“SZ”在 2013-07-31 不在您的查看范围内：您只能查看本机构及下属机构的数据');
    expect(await compare.getByRole('button', { name: /重\s*试/ }).count()).toBe(0);
    await shot('7-branch-refused-compare');
  });

  it('ranks the regulator’s units within its jurisdiction, with the jurisdiction’s total', async () => {
    await signInAs('regulator');
    await page.goto(`${portal.url}/rankings?${JAN_JUL}&m=COMPLAINTS`);
    await ready('排名表');
    const table = card('排名表');
    expect(await text(table.locator('thead th').first())).toBe('辖区内排名');
    expect((await table.locator('.ant-table-row').allTextContents()).map((line) => line.replace(/\s+/g, ''))).toEqual([
      expect.stringMatching(/^1.*广东省分公司1,535/),
      expect.stringMatching(/^2.*广州市分公司960/),
    ]);
    expect(await text(table.locator('.crp-row-reference', { hasText: '辖区合计' }))).toBe('辖区合计2,495');
    expect(await text(table.locator('.crp-row-reference', { hasText: '全公司合计' }))).toBe('全公司合计32,543');
    await shot('8-regulator-ranking');
  });

  it('asks the overview’s first requests once each: the page’s entry asks them, the app takes the answers', async () => {
    await signInAs('analyst');
    // The signed-in page left first: its own first requests, still under way, are not this load's.
    await page.goto('about:blank');
    const asked: string[] = [];
    const listen = (request: import('playwright-core').Request) => {
      if (request.url().endsWith('/graphql') && request.method() === 'POST')
        asked.push(String((JSON.parse(request.postData() ?? '{}') as { operationName?: string }).operationName));
    };
    page.on('request', listen);
    try {
      // A fresh load of the page, as a bookmark opens it: the entry asks before the app's code arrives.
      await page.goto(`${portal.url}/overview`);
      await ready(/省级分公司排名/);
      await ready(/月度趋势/);
    } finally {
      page.off('request', listen);
    }
    const counts = Object.fromEntries(
      ['Viewer', 'LatestComplaint', 'MetricDefinitions', 'OverviewCards', 'OverviewRanking', 'OverviewTrend'].map(
        (name) => [name, asked.filter((n) => n === name).length],
      ),
    );
    // Were the app to ask again rather than take the entry's answers, each would be asked twice.
    expect(counts).toEqual({
      Viewer: 1,
      LatestComplaint: 1,
      MetricDefinitions: 1,
      OverviewCards: 1,
      OverviewRanking: 1,
      OverviewTrend: 1,
    });
  });

  it('logged no errors in the browser', () => {
    expect(portal.pageErrors).toEqual([]);
  });
});

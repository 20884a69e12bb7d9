import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS, ensureDemoUsers } from '../../server/modules/access/index.js';
import { openPortal, type Portal } from '../support/browser.js';
import { runSql } from '../support/fixtures.js';
import { SCORECARD_POINTS_SQL, SCORECARD_SQL } from '../support/scorecard-fixture.js';

// The scorecard (考评, RULES.md §5) in a real browser on the hand-computed fixture of the API test:
// the ranking of totals with a tie (并列), a unit's scorecard explained item by item (a formula, a
// band, a missing value, an entered note), the rule set in words; a branch on its own scorecard; no
// 考评 for the regulator. Screenshots go to test-results/screenshots/.

const VIEW = '/scorecard?p=2014-01';
let portal: Portal;
let page: Page;

beforeAll(async () => {
  portal = await openPortal({
    screenshotPrefix: 'scorecard',
    seed: (url) => runSql(url, SCORECARD_SQL + SCORECARD_POINTS_SQL),
    prepare: (server) => ensureDemoUsers(server.orm, () => {}),
  });
  page = portal.page;
}, 600_000);
// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
afterAll(() => portal?.close());

const card = (title: string | RegExp) =>
  page.locator('.crp-widget', { has: page.locator('.ant-card-head-title', { hasText: title }) });
const ready = (title: string | RegExp) =>
  card(title).and(page.locator('[data-state="success"]')).waitFor({ timeout: 60_000 });
const row = (title: string, name: string) => card(title).locator('.ant-table-row', { hasText: name }).first();
const cells = async (title: string, name: string) =>
  (await row(title, name).locator('td').allTextContents()).map((text) => text.trim());

async function signInAs(username: string) {
  const user = DEMO_USERS.find((candidate) => candidate.username === username);
  if (!user) throw new Error(`no demo user ${username}`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(user.password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
}

describe('考评', () => {
  it('ranks the totals with a tie, and explains a unit\u2019s score item by item', async () => {
    await page.goto(`${portal.url}${VIEW}`);
    await signInAs('analyst');
    await ready('考评得分排名');
    // BJ and GZ both score 60: 并列1; GD 45 is 3rd.
    expect((await cells('考评得分排名', '北京分公司')).slice(0, 3)).toEqual(['并列1', '北京分公司', '60.00']);
    expect((await cells('考评得分排名', '广州市分公司')).slice(0, 3)).toEqual(['并列1', '广州市分公司', '60.00']);
    expect((await cells('考评得分排名', '广东省分公司')).slice(0, 3)).toEqual(['3', '广东省分公司', '45.00']);
    await shot('1-ranking-tie');

    await row('考评得分排名', '广州市分公司').locator('td').first().click();
    await expect.poll(() => new URL(page.url()).searchParams.get('u')).toBe('GZ');
    await ready('广州市分公司考评明细');
    expect(await cells('广州市分公司考评明细', 'M4')).toEqual([
      'M4 监管转办件及时率',
      '指标线性',
      '50.00%',
      '20 × (0 − 0.5) ÷ (0 − 1)',
      '10.00 / 20',
    ]);
    expect((await cells('广州市分公司考评明细', 'M2')).slice(2)).toEqual([
      '2.0000，由好到差第2名（共3家）',
      '40 × (3 − 2) ÷ 2',
      '20.00 / 40',
    ]);
    expect((await cells('广州市分公司考评明细', 'Q1')).slice(3)).toEqual(['制度齐全', '20.00 / 20']);
    await ready('考评办法');
    expect(await card('考评办法').textContent()).toContain('由好到差排名（并列同名次）');
    await shot('2-unit-scorecard');

    await row('考评得分排名', '广东省分公司').locator('td').first().click();
    await ready('广东省分公司考评明细');
    expect((await cells('广东省分公司考评明细', 'M4')).slice(3)).toEqual(['无数据，0分', '0.00 / 20']);
    expect((await cells('广东省分公司考评明细', 'D1')).slice(2)).toEqual(['1起', '−min(1 × 5, 10)', '-5.00']);
    await shot('3-missing-value-and-deduction');
  });

  it('shows a branch its own scorecard and its peers\u2019 totals only, and the regulator no 考评', async () => {
    await page.context().clearCookies();
    await page.goto(`${portal.url}${VIEW}`);
    await signInAs('guangzhou');
    await ready('广州市分公司考评明细');
    await ready('考评得分排名');
    // A peer's total and rank, not how many of its items had no value; its items are not offered.
    expect(await cells('考评得分排名', '北京分公司')).toEqual(['并列1', '北京分公司', '60.00', '0.00', '+60.00', '']);
    await row('考评得分排名', '北京分公司').locator('td').first().click();
    expect(new URL(page.url()).searchParams.get('u')).toBeNull();
    await shot('4-branch');

    // On a phone: the cards stacked, nothing wider than the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    await ready('广州市分公司考评明细');
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await shot('5-branch-phone');
    await page.setViewportSize({ width: 1440, height: 900 });

    // A period no rule set covers is said so, not shown as a failure.
    await page.goto(`${portal.url}/scorecard?p=2011`);
    await card('考评得分排名').and(page.locator('[data-state="empty"]')).waitFor();
    expect(await card('考评得分排名').textContent()).toContain('没有适用于该期间的考评办法');

    await page.context().clearCookies();
    await page.goto(`${portal.url}/reports`);
    await signInAs('regulator');
    await page.getByRole('navigation').first().waitFor();
    expect(await page.getByRole('link', { name: '考评' }).count()).toBe(0);
    expect(portal.pageErrors).toEqual([]);
  });

  it('lets the administrator enter a MANUAL item’s points with a note, and the ranking follows', async () => {
    await page.context().clearCookies();
    await page.goto(`${portal.url}${VIEW}&u=BJ`);
    await signInAs('admin');
    await ready('北京分公司考评明细');
    expect((await cells('北京分公司考评明细', 'Q1')).slice(3)).toEqual(['无数据，0分录入', '0.00 / 20']);
    await row('北京分公司考评明细', 'Q1').getByRole('button', { name: '录入' }).click();
    const dialog = page.getByRole('dialog', { name: '录入Q1得分' });
    await dialog.getByLabel('得分（0至20分）').fill('5');
    await dialog.getByLabel('说明（评分依据）').fill('制度尚在完善');
    await dialog.getByRole('button', { name: /保\s*存/ }).click();
    await expect
      .poll(() => cells('北京分公司考评明细', 'Q1').then((c) => c.slice(3)))
      .toEqual(['制度尚在完善录入', '5.00 / 20']);
    // BJ 65 alone first now; GZ 60 second.
    await expect
      .poll(() => cells('考评得分排名', '北京分公司').then((c) => c.slice(0, 3)))
      .toEqual(['1', '北京分公司', '65.00']);
    expect((await cells('考评得分排名', '广州市分公司')).slice(0, 3)).toEqual(['2', '广州市分公司', '60.00']);
    await shot('6-admin-entered');
    expect(portal.pageErrors).toEqual([]);
  });
});

const shot = (name: string) => portal.shot(name);

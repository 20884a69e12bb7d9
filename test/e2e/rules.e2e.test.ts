import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS, ensureDemoUsers } from '../../server/modules/access/index.js';
import { openPortal, type Portal } from '../support/browser.js';
import { runSql } from '../support/fixtures.js';
import { SCORECARD_SQL } from '../support/scorecard-fixture.js';

// The rules page (规则, RULES.md §1, §5) in a real browser, one page load: the administrator sees the
// deadline rule sets in words and changes the company standard (a new version, the recomputed count
// said), then edits the fixture's scorecard rule set TEST_KP — a row added, the total raised — saved
// in place (no report used it) and shown in words; on a phone nothing is wider than the screen.
// Screenshots go to test-results/screenshots/.

let portal: Portal;
let page: Page;

beforeAll(async () => {
  portal = await openPortal({
    screenshotPrefix: 'rules',
    seed: (url) => runSql(url, SCORECARD_SQL),
    prepare: (server) => ensureDemoUsers(server.orm, () => {}),
  });
  page = portal.page;
}, 600_000);
// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
afterAll(() => portal?.close());

const card = (title: string) =>
  page.locator('.crp-widget', { has: page.locator('.ant-card-head-title', { hasText: title }) });
const ready = (title: string) => card(title).and(page.locator('[data-state="success"]')).waitFor({ timeout: 60_000 });

describe('规则', () => {
  it('shows both kinds of rule sets, changes the company standard and saves a scorecard edit', async () => {
    const admin = DEMO_USERS.find((user) => user.username === 'admin');
    if (!admin) throw new Error('no demo user admin');
    await page.goto(`${portal.url}/rules`);
    await page.getByLabel('用户名').fill(admin.username);
    await page.getByLabel('密码').fill(admin.password);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await ready('处理时限规则');
    await ready('考评办法');
    expect(await page.getByRole('link', { name: '规则' }).count()).toBeGreaterThan(0);
    const deadlines = await card('处理时限规则').textContent();
    expect(deadlines).toContain('简单投诉 10 个工作日，复杂投诉 30 日（自然日）；含延期最长 60 日');
    expect(deadlines).toContain('CBIRC_2020');
    await portal.shot('1-rule-sets');

    // The company standard again with a longer maximum: version 2; the fixture's complaints fall under CIRC_2013.
    const standard = page.getByTestId('company-standard-form');
    await standard.getByLabel('最长期限（自然日，含延期）').fill('90');
    await standard.getByRole('button', { name: '保存为新版本并重算' }).click();
    await standard.getByText('已保存为第2版，重算了 0 件投诉的处理时限。').waitFor();
    await expect.poll(() => card('处理时限规则').textContent()).toContain('含延期最长 90 日');

    await page
      .locator('.ant-collapse-item', { hasText: 'TEST_KP 第1版' })
      .locator('button', { hasText: /编\s*辑/ })
      .click();
    const drawer = page.locator('.ant-drawer');
    await drawer.locator('#nameZh').fill('测试考评（修订）');
    await drawer.getByRole('button', { name: '添加项目' }).click();
    await drawer.locator('#items_5_code').fill('Q2');
    await drawer.locator('#items_5_nameZh').fill('服务质量');
    await drawer.locator('#items_5_nameEn').fill('Service');
    await drawer.locator('#items_5_max').fill('10');
    await drawer.locator('#total').fill('110');
    await drawer.getByText('非扣分项满分合计 110，办法满分 110').waitFor();
    await portal.shot('2-editor');
    await drawer.getByRole('button', { name: /保\s*存/ }).click();
    await page.getByText('已保存：TEST_KP 第1版，并记入审计日志').waitFor();
    const edited = page.locator('.ant-collapse-item', { hasText: '测试考评（修订） · TEST_KP 第1版' });
    await edited.waitFor();
    expect(await edited.textContent()).toContain('Q2 服务质量');
    expect(await edited.textContent()).toContain('满分110分');
    await portal.shot('3-saved');

    await page.setViewportSize({ width: 390, height: 844 });
    await ready('考评办法');
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await portal.shot('4-phone');
    expect(portal.pageErrors).toEqual([]);
  });
});

import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_USERS, ensureDemoUsers } from '../../server/modules/access/index.js';
import path from 'node:path';
import { openPortal, SCREENSHOTS, type Portal } from '../support/browser.js';

// Reports (issue 6) in a real browser against a real server on the demo data: headquarters'
// analyst builds the GZ branch report for January–July 2013 from the menu, sees the source
// document's sentences in the preview, its changes worded by direction, its counts linked to their
// complaints and its glossary (issue 11), saves and submits it, downloads both files, and finds
// nothing to restate; edits another draft and deletes it; then the regulator, to whom a report to
// headquarters is internal, finds it neither listed nor behind its link. Screenshots go to
// test-results/screenshots/ (git-ignored) for a human to look at.

let portal: Portal;
let page: Page;
let reportUrl: string;

beforeAll(async () => {
  portal = await openPortal({
    screenshotPrefix: 'reports',
    seed: 'demo',
    prepare: (server) => ensureDemoUsers(server.orm, () => {}),
    reuseUrlFrom: 'REPORTS_E2E_URL',
  });
  page = portal.page;
}, 600_000);

// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
afterAll(() => portal?.close());

const shot = (name: string) => portal.shot(name);
const nav = () => page.getByRole('navigation', { name: '主导航' });
const report = () => page.locator('article.crp-report');
// Chinese text without the spaces a template may put around figures ("减少 539 宗").
const plain = async (locator: ReturnType<Page['locator']>) => ((await locator.textContent()) ?? '').replace(/\s+/g, '');

async function signInAs(username: string) {
  const { password } = DEMO_USERS.find((user) => user.username === username)!;
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  // Signed in once the form is gone and "/" has sent the viewer on to its home page, so a click on
  // the menu that follows is not undone by that redirect.
  await page.getByLabel('密码').waitFor({ state: 'detached', timeout: 60_000 });
  await expect.poll(() => new URL(page.url()).pathname, { timeout: 60_000 }).not.toBe('/');
}

/** Clicks a download link and returns the file's suggested name and bytes. */
async function download(link: ReturnType<Page['locator']>) {
  const [file] = await Promise.all([page.waitForEvent('download', { timeout: 120_000 }), link.click()]);
  return { name: file.suggestedFilename(), bytes: await readFile(await file.path()) };
}

describe('reports on the demo data', () => {
  it('builds the GZ branch report for January–July 2013 from the menu, with the source document’s sentences in the preview', async () => {
    await page.goto(`${portal.url}/`);
    await signInAs('analyst');
    await expect.poll(() => new URL(page.url()).pathname).toBe('/overview');

    await nav().getByRole('link', { name: '报表' }).click();
    // A lazily loaded page's route commits once its code has arrived: allow for a busy machine.
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 60_000 }).toBe('/reports');
    // The overview stays on screen until the reports page can render (a transition): its button first.
    await page
      .getByRole('button', { name: /新建报表/ })
      .first()
      .waitFor({ timeout: 60_000 });
    await page
      .locator('.crp-widget[data-state="success"], .crp-widget[data-state="empty"]')
      .waitFor({ timeout: 60_000 });
    await page
      .getByRole('button', { name: /新建报表/ })
      .first()
      .click();
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 60_000 }).toBe('/reports/new');
    await page.getByRole('heading', { name: '新建报表' }).waitFor();

    await page.locator('.ant-segmented-item', { hasText: '分支机构投诉情况报告' }).click();

    // The period first: the unit picker offers the tree as it stood at the period's end.
    await page.getByPlaceholder('开始日期').click();
    await page.getByPlaceholder('开始日期').fill('2013-01-01');
    await page.keyboard.press('Enter');
    await page.getByPlaceholder('结束日期').fill('2013-07-31');
    await page.keyboard.press('Enter');
    await expect.poll(() => new URL(page.url()).searchParams.get('p')).toBe('2013-01-01..2013-07-31');

    await page.getByRole('combobox', { name: '机构' }).click();
    await page.getByRole('combobox', { name: '机构' }).fill('GZ');
    await page.locator('.ant-select-item-option', { hasText: /^广州市分公司（/ }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('unit')).toBe('GZ');
    // The builder's choices are all in the link: template and comparison at their defaults are left out.
    expect(new URL(page.url()).searchParams.get('cmp')).toBeNull();
    await shot('1-builder');

    // The preview of these choices (not the one of the defaults before them), once assembled.
    await report()
      .locator('.crp-report-header', { hasText: '广州市分公司 · 2013年1月1日至2013年7月31日' })
      .waitFor({ timeout: 120_000 });
    await page.locator('.ant-spin-spinning').waitFor({ state: 'detached', timeout: 120_000 });
    await report().getByRole('heading', { name: '广州市分公司2013年1-7月投诉情况报告' }).waitFor();
    expect(await report().getByText('草稿', { exact: true }).count()).toBe(1);
    const narrative = await plain(report().getByRole('region', { name: '综述' }));
    expect(narrative).toContain('考核投诉量853宗，同比减少539宗，下降38.72%');
    expect(narrative).toContain('由第1名降至第3名');
    // Sections are tables with Chinese headers and formatted figures.
    expect(await report().locator('.crp-report-section').count()).toBeGreaterThan(3);
    expect(await report().locator('.crp-report-section thead').first().textContent()).toMatch(/[\u4e00-\u9fa5]/);
    expect(await report().locator('.crp-report-row-highlight').count()).toBeGreaterThan(0);
    expect(await page.evaluate(`document.fonts.check('16px "Noto Sans CJK SC"', '广州')`)).toBe(true);
    await shot('2-preview');
    // the first report of a fresh server reads the demo's rollups cold: allow for it
  }, 300_000);

  it('words the changes by direction, links each count to its complaints, and ends with the glossary', async () => {
    // GZ fell from 1st to 3rd on a lower-is-better ratio: an improvement, in green; fewer assessed complaints too.
    const ranking = report().getByRole('region', { name: /亿元保费投诉量（考核口径）排名/ });
    const gz = ranking.locator('.crp-report-row-highlight');
    expect(await gz.locator('.ant-typography-success', { hasText: '-2 改善' }).count()).toBe(1);
    const metrics = report().getByRole('region', { name: '投诉量', exact: true });
    const assessed = metrics.locator('tr', { hasText: '考核投诉量' });
    expect(await assessed.locator('.ant-typography-success', { hasText: /^-539 改善$/ }).count()).toBe(1);
    expect(await assessed.textContent()).toContain('考核口径');
    const link = assessed.getByRole('link', { name: '853' });
    const href = new URL((await link.getAttribute('href'))!, portal.url);
    expect(href.pathname).toBe('/records');
    expect(Object.fromEntries(href.searchParams)).toMatchObject({
      unit: 'GZ',
      at: '2013-07-31',
      p: '2013-01-01..2013-07-31',
      m: 'ASSESSED_COMPLAINTS',
      part: 'numerator',
    });
    expect(href.searchParams.get('asOf')).toMatch(/^\d{4}-\d\d-\d\dT/);

    const glossary = report().getByRole('region', { name: '指标说明' });
    await glossary.scrollIntoViewIfNeeded();
    expect(await glossary.locator('tbody tr').count()).toBe(10);
    const per100m = glossary.locator('tr', { hasText: '亿元保费投诉量' });
    expect(await plain(per100m)).toContain('考核口径');
    expect(await plain(per100m)).toContain('该机构辖属同期保费收入');
    await glossary.screenshot({ path: path.join(SCREENSHOTS, 'reports-2b-glossary.png') });
  });

  it('scores GZ under the regulator\u2019s 2013 scorecard item by item, and ranks it among the provinces', async () => {
    const items = report().getByRole('region', { name: /^服务效能考评：投诉处理考评/ });
    await items.scrollIntoViewIfNeeded();
    // Q1–Q3, M1–M6, D1–D2, then the total and last year's.
    expect(await items.locator('tbody tr.ant-table-row').count()).toBe(13);
    expect(await plain(items.locator('tr', { hasText: 'M2 亿元保费投诉量' }))).toMatch(/由好到差第\d+名（共\d+家）/);
    expect(await plain(items.locator('tr', { hasText: '合计' }))).toMatch(/100/);
    const ranking = report().getByRole('region', { name: '考评得分排名（省级分公司）' });
    expect(await ranking.locator('.crp-report-row-highlight').textContent()).toContain('广州市分公司');
    const narrative = await plain(report().getByRole('region', { name: '综述' }));
    expect(narrative).toMatch(/按投诉处理考评（保监消保〔2013〕162号）考评，得分\d+\.\d\d分（满分100分）/);
    expect(narrative).toMatch(/考评得分(并列)?第\d+名（共\d+家省级分公司）/);
    await items.screenshot({ path: path.join(SCREENSHOTS, 'reports-2c-scorecard.png') });
  });

  it('saves the draft, submits it after confirming, and shows version 1 as submitted', async () => {
    await page.getByRole('button', { name: /保存草稿/ }).click();
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 60_000 }).toMatch(/^\/reports\/(?!new)[^/]+$/);
    reportUrl = page.url();
    await page.getByRole('heading', { name: '分支机构投诉情况报告：广州市分公司' }).waitFor();
    await page.locator('.ant-tag', { hasText: '草稿' }).first().waitFor();
    // The draft shows its live figures until it is submitted.
    await report().waitFor({ timeout: 120_000 });
    expect(await plain(report())).toContain('考核投诉量853宗');

    await page.getByRole('button', { name: /报\s*送/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('.ant-modal-confirm-title', { hasText: '确认报送？' }).waitFor();
    expect(await dialog.textContent()).toContain('将按此刻冻结为版本 1');
    await dialog.getByRole('button', { name: /确认报送/ }).click();

    await page.locator('.ant-tag', { hasText: '已报送' }).waitFor({ timeout: 120_000 });
    await page.locator('.ant-tag', { hasText: '版本 1' }).waitFor();
    await report().locator('.crp-report-header', { hasText: '版本 1' }).waitFor();
    expect(await report().getByText('草稿', { exact: true }).count()).toBe(0);
    expect(await plain(report())).toContain('考核投诉量853宗，同比减少539宗，下降38.72%');
    // A submitted report offers a correction, never a second plain submission.
    await page.getByRole('button', { name: /报送更正版本/ }).waitFor();

    await page.getByRole('tab', { name: /版本记录/ }).click();
    const version = page.locator('.ant-table-row', { hasText: '版本 1' });
    await version.waitFor();
    expect(await version.textContent()).toContain('首次报送');
    expect(await version.textContent()).toContain('analyst');
    await shot('3-submitted');
  });

  it('downloads the submitted version as XLSX and PDF', async () => {
    const links = page.locator('.ant-descriptions');
    const xlsx = await download(links.getByRole('link', { name: /Excel（XLSX）/ }));
    expect(xlsx.name).toMatch(/\.xlsx$/);
    expect(xlsx.bytes.length).toBeGreaterThan(0);
    expect(xlsx.bytes.subarray(0, 2).toString('latin1')).toBe('PK');

    const pdf = await download(links.getByRole('link', { name: /PDF/ }));
    expect(pdf.name).toMatch(/\.pdf$/);
    expect(pdf.bytes.length).toBeGreaterThan(0);
    expect(pdf.bytes.subarray(0, 4).toString('latin1')).toBe('%PDF');
  });

  it('finds nothing to restate right after submitting', async () => {
    await page.getByRole('tab', { name: '重述检查' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('tab')).toBe('restatement');
    await page.getByText('数据未发生变化', { exact: true }).waitFor({ timeout: 120_000 });
    await shot('4-restatement');
  });

  it('edits a draft’s parameters from its page, then deletes the draft after confirming', async () => {
    await page.goto(`${portal.url}/reports/new?unit=GZ&p=2013-01-01..2013-06-30`);
    await report()
      .locator('.crp-report-header', { hasText: '2013年1月1日至2013年6月30日' })
      .waitFor({ timeout: 120_000 });
    await page.locator('.ant-spin-spinning').waitFor({ state: 'detached', timeout: 120_000 });
    await page.getByRole('button', { name: /保存草稿/ }).click();
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 60_000 }).toMatch(/^\/reports\/(?!new)[^/]+$/);
    const draftPath = new URL(page.url()).pathname;

    await page.getByRole('link', { name: /编\s*辑/ }).click();
    await page.getByRole('heading', { name: '编辑草稿' }).waitFor();
    expect(new URL(page.url()).searchParams.get('edit')).toBe(draftPath.split('/').at(-1));
    await page.locator('.ant-segmented-item', { hasText: '环比' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('cmp')).toBe('PREVIOUS');
    // the preview of the new choice, compared with the previous period, once assembled
    await expect
      .poll(() => plain(report().getByRole('region', { name: '综述' })), { timeout: 120_000 })
      .toContain('环比');
    await page.locator('.ant-spin-spinning').waitFor({ state: 'detached', timeout: 120_000 });
    await shot('5a-editing-draft');
    await page.getByRole('button', { name: /保存修改/ }).click();

    // saved (or, should it fail, the message that says why)
    const said = page
      .locator('.ant-message-notice', { hasText: '修改已保存' })
      .or(page.locator('.ant-message-error'))
      .first();
    await said.waitFor({ timeout: 60_000 });
    expect(await said.textContent()).toContain('修改已保存');
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 60_000 }).toBe(draftPath);
    const parameters = page.locator('.ant-descriptions');
    await parameters.getByText('环比', { exact: true }).waitFor({ timeout: 60_000 });
    // the draft's live figures, compared now with the previous period
    await expect
      .poll(() => plain(report().getByRole('region', { name: '综述' })), { timeout: 120_000 })
      .toContain('环比');
    await shot('5b-edited-draft');

    await page.getByRole('button', { name: /删\s*除/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.locator('.ant-modal-confirm-title', { hasText: '确认删除这份草稿？' }).waitFor();
    await dialog.getByRole('button', { name: /确认删除/ }).click();
    await expect.poll(() => new URL(page.url()).pathname, { timeout: 60_000 }).toBe('/reports');
    await page.goto(`${portal.url}${draftPath}`);
    await page.getByText('报表不存在', { exact: true }).waitFor({ timeout: 60_000 });
  }, 300_000);

  it('shows the regulator no report to headquarters: not listed, and its link answers as for no report; no builder', async () => {
    await page.context().clearCookies();
    await page.goto(`${portal.url}/reports`);
    await signInAs('regulator');
    await page
      .locator('.crp-widget[data-state="success"], .crp-widget[data-state="empty"]')
      .waitFor({ timeout: 60_000 });
    expect(await page.getByRole('button', { name: /新建报表/ }).count()).toBe(0);
    expect(await page.locator('.ant-table-row', { hasText: '分支机构投诉情况报告' }).count()).toBe(0);
    await page.goto(reportUrl);
    await page.getByText('报表不存在', { exact: true }).waitFor({ timeout: 60_000 });

    await page.goto(`${portal.url}/reports/new`);
    await page.getByText('无权访问', { exact: true }).waitFor();
  });

  it('logged no errors in the browser', () => {
    expect(portal.pageErrors).toEqual([]);
  });
});

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_LINE, createUser } from '../../server/modules/access/index.js';
import { transactor } from '../../server/kernel/transact.js';
import { runSql, TREE_SQL } from '../support/fixtures.js';
import { openPortal, type Portal } from '../support/browser.js';

// The client shell in a real browser against a real server and database: signing in (and a wrong
// password), the unit tree in Chinese, lazy expansion, details, the hierarchy date in the URL, the
// English switch, an unknown unit code, signing out, and a branch's own tree. Screenshots go to
// test-results/screenshots/ for a human to look at.

const PASSWORD = 'shell-password-1';

let portal: Portal;
let page: Page;

beforeAll(async () => {
  portal = await openPortal({
    screenshotPrefix: 'shell',
    seed: (url) => runSql(url, TREE_SQL),
    prepare: async (server) => {
      const transact = transactor(server.orm);
      await createUser(transact, COMMAND_LINE, {
        username: 'analyst',
        password: PASSWORD,
        role: 'HQ_ANALYST',
        units: [],
      });
      await createUser(transact, COMMAND_LINE, {
        username: 'gz-branch',
        password: PASSWORD,
        role: 'BRANCH',
        units: ['GZ'],
      });
    },
    viewport: { width: 1280, height: 800 },
  });
  page = portal.page;
}, 600_000);

// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
afterAll(() => portal?.close());

const tree = () => page.getByRole('tree');
const details = () => page.locator('.crp-print-full');
const treeNode = (name: string) => page.locator('.ant-tree-treenode', { hasText: name });
const shot = (name: string) => portal.shot(name);

async function signIn(username: string, password: string) {
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  // antd spaces out two-character Chinese button labels: 登 录.
  await page.getByRole('button', { name: /登\s*录/ }).click();
}

describe('the client shell', () => {
  it('shows an anonymous visitor the sign-in page, and says so plainly when the password is wrong', async () => {
    await page.goto(`${portal.url}/`);
    await page.getByLabel('用户名').waitFor();
    expect(await page.locator('body').textContent()).toContain('投诉报表门户');
    expect(await tree().count()).toBe(0);
    await signIn('analyst', 'not-the-password');
    await page.getByRole('alert').getByText('用户名或密码错误。').waitFor();
    await shot('0-sign-in-wrong-password-zh');
  });

  it('signs in and shows the unit tree in Chinese, with HQ expanded to its provinces', async () => {
    await signIn('analyst', PASSWORD);
    // The start page is the viewer's home (HQ: the overview, tested in views.e2e.test.ts); the tree is
    // one entry of the main menu.
    // (its default period follows in the address at once: the overview's data is asked for early)
    await expect.poll(() => new URL(page.url()).pathname).toBe('/overview');
    await page.locator('header').getByText('analyst').waitFor();
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '机构树' }).click();
    await expect.poll(() => page.url()).toBe(`${portal.url}/units`);
    expect(await page.locator('header').textContent()).toContain('总公司分析员');
    await tree().getByText('总公司').waitFor();
    await tree().getByText('广东省分公司').waitFor();
    await tree().getByText('广州市分公司').waitFor();
    expect(await page.locator('header').textContent()).toContain('投诉报表门户');
    expect(await page.locator('header').textContent()).toContain('机构树日期');
    expect(await details().textContent()).toContain('请在左侧机构树中选择一个机构');
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await shot('1-tree-zh');
  });

  it('loads a node’s children when it is expanded, and shows a unit chosen in the tree', async () => {
    expect(await tree().getByText('佛山市分公司').count()).toBe(0);
    await treeNode('广东省分公司').locator('.ant-tree-switcher').click();
    await tree().getByText('佛山市分公司').click();

    await expect.poll(() => new URL(page.url()).pathname).toBe('/units/FS');
    await details().getByRole('heading', { name: '佛山市分公司' }).waitFor();
    const text = await details().textContent();
    expect(text).toContain('地市分公司');
    expect(text).toContain('分支机构');
    expect(await details().getByRole('navigation').textContent()).toContain('总公司/广东省分公司/佛山市分公司');
    await details().getByRole('link', { name: '南海支公司' }).waitFor();
    await shot('2-unit-zh');
  });

  it('switches to English, and remembers the choice after a reload', async () => {
    await page.getByText('English', { exact: true }).click();
    await details().getByRole('heading', { name: 'Foshan' }).waitFor();
    expect(await page.locator('header').textContent()).toContain('Complaint Reporting Portal');
    expect(await page.locator('header').textContent()).toContain('Hierarchy date');
    const text = await details().textContent();
    expect(text).toContain('City branch');
    expect(text).toContain('Unit code');
    expect(await details().getByRole('navigation').textContent()).toContain('Head Office/Guangdong/Foshan');
    await tree().getByText('Guangdong').waitFor();
    await shot('3-unit-en');

    await page.reload();
    await details().getByRole('heading', { name: 'Foshan' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
  });

  it('shows the tree of another date from ?at=, and the date picker writes ?at=', async () => {
    await page.goto(`${portal.url}/units/TH?at=2010-06-30`);
    await details().getByRole('heading', { name: 'Tianhe' }).waitFor();
    // In 2010 Guangzhou was a city under Guangdong: the tree opens down to Tianhe.
    expect(await details().textContent()).toContain('County branch');
    expect(await details().getByRole('navigation').textContent()).toContain('Head Office/Guangdong/Guangzhou/Tianhe');
    await treeNode('Tianhe').first().waitFor();
    expect(await page.getByRole('textbox', { name: 'Hierarchy date' }).inputValue()).toBe('2010-06-30');
    await shot('4-at-2010-en');

    const picker = page.getByRole('textbox', { name: 'Hierarchy date' });
    await picker.click();
    await picker.fill('2011-01-01');
    await picker.press('Enter');
    await expect.poll(() => new URL(page.url()).search).toBe('?at=2011-01-01');
    await expect.poll(async () => details().textContent()).toContain('Head Office/Guangzhou/Tianhe');
    expect(await details().textContent()).toContain('City branch');

    await page.goBack();
    await expect.poll(() => new URL(page.url()).search).toBe('?at=2010-06-30');
    await expect.poll(async () => details().textContent()).toContain('County branch');
  });

  it('says 机构不存在 for an unknown unit code, and keeps the tree usable', async () => {
    await page.getByText('中文', { exact: true }).click();
    await page.goto(`${portal.url}/units/NOPE`);
    await page.getByText('机构不存在').waitFor();
    expect(await details().textContent()).toContain('找不到机构代码“NOPE”');
    await tree().getByText('总公司').waitFor();
    await shot('5-unknown-unit-zh');
  });

  it('shows an empty tree before the organisation existed, and a unit not in the tree then', async () => {
    await page.goto(`${portal.url}/units/GD?at=1999-01-01`);
    await page.getByText('1999年1月1日 没有机构').waitFor();
    expect(await tree().count()).toBe(0);
    await details().getByText('1999年1月1日 该机构不在机构树中。').waitFor();
    await shot('6-empty-1999-zh');
  });

  it('warns about an invalid ?at= and shows today instead', async () => {
    await page.goto(`${portal.url}/units?at=2013-02-30`);
    await page.getByText('链接中的日期“2013-02-30”无效').waitFor();
    await tree().getByText('总公司').waitFor();
  });

  it('shows the failure state when the server cannot be reached, and recovers on retry', async () => {
    await page.route('**/graphql', (route) => route.abort());
    await page.goto(`${portal.url}/units/GD`);
    // Since sign-in, the first request of a page load asks who is signed in: one failure, before the tree's.
    await expect.poll(() => page.getByText('无法连接服务器，请检查网络后重试。').count()).toBe(1);
    await shot('7-failure-zh');
    portal.pageErrors.length = 0; // the aborted requests were logged as errors on purpose
    await page.unroute('**/graphql');
    // antd spaces out two-character Chinese button labels: 重 试.
    await page
      .getByRole('button', { name: /重\s*试/ })
      .first()
      .click();
    await tree().getByText('总公司').waitFor();
  });

  it('prints the unit without the tree and controls, naming the hierarchy date', async () => {
    await page.goto(`${portal.url}/units/TH?at=2010-06-30`);
    await details().getByRole('heading', { name: '天河支公司' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByText('机构树日期：2010年6月30日').isVisible()).toBe(true);
    expect(await tree().isVisible()).toBe(false);
    expect(await page.getByText('English', { exact: true }).isVisible()).toBe(false);
    await shot('8-print-zh');
    await page.emulateMedia({ media: 'screen' });
  });

  it('shows a not-found page for an unknown address', async () => {
    await page.goto(`${portal.url}/no/such/page`);
    await page.getByText('页面不存在').waitFor();
  });

  it('signs out to the sign-in page, and shows a branch its own subtree only', async () => {
    await page.goto(`${portal.url}/units`);
    await page.getByRole('button', { name: '退出登录' }).click();
    await page.getByLabel('用户名').waitFor();
    await signIn('gz-branch', PASSWORD);
    await tree().getByText('广州市分公司').waitFor();
    expect(await tree().getByText('总公司').count()).toBe(0);
    expect(await tree().getByText('广东省分公司').count()).toBe(0);
    await tree().getByText('天河支公司').waitFor();
    await page.goto(`${portal.url}/units/GD`);
    await page.getByText('您无权查看该数据。').waitFor();
    await shot('9-branch-zh');
  });

  it('logged no errors in the browser', () => {
    expect(portal.pageErrors).toEqual([]);
  });
});

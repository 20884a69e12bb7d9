import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importFile, type ImportKind } from '../../db/import/index.js';
import { transactor } from '../../server/kernel/transact.js';
import { COMMAND_LINE, createUser } from '../../server/modules/access/index.js';
import { openPortal, type Portal } from '../support/browser.js';
import { runSql, TREE_SQL } from '../support/fixtures.js';

// A complaint's deadline explained in a real browser (RULES.md §3): RULES.md's A9 (10 working days,
// an appraisal of p = 10, w = 8), a pause that started after the deadline and does not count, and a
// paused complaint with no deadline yet, in Chinese and in English. Screenshots deadlines-*.png in
// test-results/screenshots/ for a human to look at.

const PASSWORD = 'deadline-password-1';

const FILES: Record<string, string[]> = {
  complaints: [
    'ref,received_at,channel,unit_code,line,category,handling_class,closed_at',
    'A9,2014-03-03 10:00,ONLINE,GZ,AUTO,CLAIMS,,2014-03-25 12:00',
    'LATE-PAUSE,2014-03-03 10:00,ONLINE,GZ,AUTO,CLAIMS,,2014-03-25 12:00',
    'PAUSED,2020-06-10 09:00,ONLINE,TH,AUTO,CLAIMS,COMPLEX,',
  ],
  pauses: [
    'complaint_ref,kind,start_at,end_at,note',
    'A9,APPRAISAL,2014-03-05 00:00,2014-03-15 00:00,鉴定',
    'LATE-PAUSE,TESTING,2014-03-20 00:00,2014-03-22 00:00,检测',
    'PAUSED,MEDIATION,2020-06-15 09:00,,调解中',
  ],
};

async function seed(url: string) {
  await runSql(url, TREE_SQL);
  const dir = await mkdtemp(path.join(os.tmpdir(), 'crp-deadlines-e2e-'));
  try {
    for (const [kind, lines] of Object.entries(FILES)) {
      const file = path.join(dir, `${kind}.csv`);
      await writeFile(file, lines.join('\n') + '\n');
      await importFile(url, kind as ImportKind, file);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

let portal: Portal;
let page: Page;

beforeAll(async () => {
  portal = await openPortal({
    screenshotPrefix: 'deadlines',
    seed,
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
}, 600_000);

// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
afterAll(() => portal?.close());

const explanation = () => page.locator('.crp-deadline');
const field = (label: string) =>
  explanation()
    .locator('tr', { has: page.locator('th', { hasText: label }) })
    .locator('td');

describe("a complaint's deadline explained", () => {
  it('A9: 10 working days from 2014-03-03, an appraisal of p = 10 and w = 8, due 2014-03-27', async () => {
    await page.goto(`${portal.url}/complaints/A9`);
    await page.getByLabel('用户名').fill('analyst');
    await page.getByLabel('密码').fill(PASSWORD);
    await page.getByRole('button', { name: /登\s*录/ }).click();
    await explanation().getByText('处理时限的计算').waitFor();

    expect(await field('时限规则').textContent()).toBe(
      '《保险消费投诉处理管理办法》（保监会令2013年第8号）CIRC_2013 · 第1版',
    );
    expect(await field('处理类别').textContent()).toBe('简单（事实清楚、争议简单）');
    expect(await field('时限来源').textContent()).toBe('按规则计算');
    expect(await field('受理日').textContent()).toBe('2014年3月3日（当日不计入）');
    expect(await field('期限').first().textContent()).toBe('10 个工作日');
    expect(await field('期限最后一日').textContent()).toBe('2014年3月17日');
    expect(await field('暂停（不计入处理期限）').textContent()).toBe(
      '鉴定 2014-03-05 00:00 – 2014-03-15 00:00 · p = 10 日 · w = 8 个工作日计入，期限顺延',
    );
    expect(await field('顺延后最后一日').textContent()).toBe('2014年3月27日');
    expect(await field('最长期限').textContent()).toBe('2014-05-12 23:59（受理日后 60 日，另加暂停 10 日）');
    expect(await field('工作日历版本').textContent()).toBe('第1版');
    expect(await field('处理时限').last().textContent()).toBe('2014-03-27 23:59');
    expect(portal.pageErrors).toEqual([]);
    await portal.shot('a9-zh');
  });

  it('says that a pause starting after the deadline does not count, and does not revive an overdue complaint', async () => {
    await page.goto(`${portal.url}/complaints/LATE-PAUSE`);
    await explanation().getByText('处理时限的计算').waitFor();
    expect(await field('暂停（不计入处理期限）').textContent()).toContain(
      '不计入：暂停开始于已算得的期限之后，不使已超时的投诉恢复',
    );
    expect(await field('顺延后最后一日').textContent()).toBe('2014年3月17日');
    await portal.shot('late-pause-zh');
  });

  it('shows a paused complaint with no deadline yet, and the same explanation in English', async () => {
    await page.goto(`${portal.url}/complaints/PAUSED`);
    await explanation().getByText('处理时限的计算').waitFor();
    expect(await field('顺延后最后一日').textContent()).toBe('暂停中，处理时限待暂停结束后确定');
    expect(await field('处理时限').last().textContent()).toBe('暂停中');
    await portal.shot('paused-zh');

    await page.goto(`${portal.url}/complaints/A9`);
    await explanation().getByText('处理时限的计算').waitFor();
    await page.getByText('English', { exact: true }).click();
    await explanation().getByText('How the deadline was computed').waitFor();
    expect(await field('Rule set').textContent()).toBe('CIRC Order No. 8 of 2013CIRC_2013 · version 1');
    expect(await field('Pauses (not counted)').textContent()).toContain('p = 10 days · w = 8 working days');
    await portal.shot('a9-en');
  });
});

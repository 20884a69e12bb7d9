import { afterAll, beforeAll, expect, test } from 'vitest';
import { DEMO_USERS, ensureDemoUsers } from '../../server/modules/access/index.js';
import { createTestOrm } from '../support/database.js';
import { runSql, TREE_SQL } from '../support/fixtures.js';

let fx: Awaited<ReturnType<typeof createTestOrm>>;
beforeAll(async () => {
  fx = await createTestOrm();
  await runSql(fx.db.url, TREE_SQL);
});
afterAll(() => fx.close());

test('creates one demo user per role on the demo units and prints their credentials, once', async () => {
  const lines: string[] = [];
  await ensureDemoUsers(fx.orm, (line) => lines.push(line));
  expect(lines).toEqual([
    'demo users (first start only; listed in the README):',
    '  admin      admin-demo-2026      HQ_ADMIN',
    '  analyst    analyst-demo-2026    HQ_ANALYST',
    '  guangzhou  branch-demo-2026     BRANCH GZ',
    '  regulator  regulator-demo-2026  REGULATOR GD, GZ',
  ]);
  expect(DEMO_USERS.map((user) => user.role)).toEqual(['HQ_ADMIN', 'HQ_ANALYST', 'BRANCH', 'REGULATOR']);
  const again: string[] = [];
  await ensureDemoUsers(fx.orm, (line) => again.push(line));
  expect(again).toEqual([]);
});

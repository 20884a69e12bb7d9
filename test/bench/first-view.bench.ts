// The portal's first view in Chromium: the overview of the demo data, signed in as HQ's analyst, each
// time in a fresh browser context (nothing cached): from navigation until every card on the page has
// its figures, and how many bytes came over the wire. The first visit apart (the server's caches
// cold), then the median of the next ones. The client is built as `npm start` builds it (compressed
// assets), or with --uncompressed as before the assets were compressed.
//   npm run bench:first-view [-- --runs 7] [-- --uncompressed]
// Uses BENCH_DATABASE_URL (a superuser URL; a database is created beside it) or an embedded PostgreSQL.
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { chromium } from 'playwright-core';
import { loadDemo } from '../../db/demo/index.js';
import { migrate } from '../../db/migrate.js';
import { createOrm } from '../../db/orm.js';
import { startServer } from '../../server/app.js';
import { DEMO_USERS, ensureDemoUsers } from '../../server/modules/access/index.js';
import { startThrowawayPostgres } from '../support/throwaway-postgres.js';

const { values } = parseArgs({ options: { runs: { type: 'string' }, uncompressed: { type: 'boolean' } } });
const RUNS = Number(values.runs ?? 7);
const log = (line: string) => console.log(line);

const clientDir = await mkdtemp(path.join(os.tmpdir(), 'crp-first-view-'));
const postgres = await startThrowawayPostgres(process.env.BENCH_DATABASE_URL, { durable: true });
try {
  execFileSync('npm', ['run', '--silent', 'build:client', '--', '--outDir', clientDir, '--emptyOutDir'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: { ...process.env, NODE_ENV: 'production', CLIENT_COMPRESSION: values.uncompressed ? 'off' : 'on' },
  });
  const url = await demoDatabase(postgres.adminUrl, 'crp_bench_first_view');
  const server = await startServer({ databaseUrl: url, port: 0, host: '127.0.0.1', clientDir });
  try {
    await ensureDemoUsers(server.orm, () => {});
    const browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
    });
    try {
      const { username, password } = DEMO_USERS.find((user) => user.role === 'HQ_ANALYST')!;
      const signing = await browser.newContext({ locale: 'zh-CN' });
      const signIn = await signing.newPage();
      await signIn.goto(`${server.url}/`);
      await signIn.getByLabel('用户名').fill(username);
      await signIn.getByLabel('密码').fill(password);
      await signIn.getByRole('button', { name: /登\s*录/ }).click();
      await signIn.waitForURL(/\/overview/);
      const storageState = await signing.storageState();
      await signing.close();

      const visits: { ms: number; bytes: number }[] = [];
      for (let i = 0; i <= RUNS; i += 1) {
        const context = await browser.newContext({
          locale: 'zh-CN',
          storageState,
          viewport: { width: 1440, height: 900 },
        });
        const page = await context.newPage();
        const slowest: { what: string; ms: number }[] = [];
        page.on('requestfinished', (request) => {
          const timing = request.timing();
          const body = request.postData() ?? '';
          slowest.push({
            what: `${request.url().replace(server.url, '')} ${/"operationName":"(\w+)"/.exec(body)?.[1] ?? ''}`,
            ms: timing.responseEnd,
          });
        });
        const started = performance.now();
        await page.goto(`${server.url}/overview`);
        // Every card settled: at least one, none still loading.
        await page.locator('.crp-widget[data-state="success"]').first().waitFor({ timeout: 60_000 });
        await page.waitForFunction('!document.querySelector(\'.crp-widget[data-state="loading"]\')', undefined, {
          timeout: 60_000,
        });
        const ms = performance.now() - started;
        // What came over the wire: the page and every resource it loaded, headers and compression included.
        const bytes = await page.evaluate<number>(
          `performance.getEntriesByType('resource').concat(performance.getEntriesByType('navigation'))
            .reduce((sum, entry) => sum + entry.transferSize, 0)`,
        );
        visits.push({ ms, bytes });
        if (process.env.FIRST_VIEW_DETAIL)
          log(
            slowest
              .sort((a, b) => b.ms - a.ms)
              .slice(0, 8)
              .map((r) => `  ${Math.round(r.ms)} ms ${r.what}`)
              .join('\n'),
          );
        await context.close();
      }
      const [first, ...rest] = visits;
      const sorted = rest.map((visit) => visit.ms).sort((a, b) => a - b);
      const median =
        sorted.length % 2
          ? sorted[(sorted.length - 1) / 2]
          : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
      const result = {
        assets: values.uncompressed ? 'uncompressed' : 'brotli/gzip',
        firstMs: Math.round(first.ms),
        medianMs: Math.round(median),
        slowestMs: Math.round(sorted.at(-1) ?? 0),
        kilobytes: Math.round(rest[0].bytes / 1024),
        runs: RUNS,
      };
      log(
        `overview, first view (${result.assets} assets, ${result.kilobytes} kB over the wire): first visit ${result.firstMs} ms; ` +
          `then median ${result.medianMs} ms, slowest ${result.slowestMs} ms of ${RUNS}`,
      );
      await mkdir('bench-results', { recursive: true });
      await writeFile('bench-results/first-view.json', `${JSON.stringify(result, null, 2)}\n`);
    } finally {
      await browser.close();
    }
  } finally {
    await server.close();
  }
} finally {
  await postgres.stop();
  await rm(clientDir, { recursive: true, force: true });
}

/** A fresh database with the demo data (kept by name for the next run when it is already loaded). */
async function demoDatabase(adminUrl: string, name: string): Promise<string> {
  const target = new URL(adminUrl);
  target.pathname = `/${name}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
  if (!exists) await admin.query(`create database ${name}`);
  await admin.end();
  const orm = await createOrm(target.toString());
  await migrate(orm);
  const loaded = await orm.em.getConnection().execute<{ n: number }[]>('select count(*)::int as n from complaint');
  await orm.close();
  if (!exists || loaded[0].n === 0) await loadDemo(target.toString(), { log });
  return target.toString();
}

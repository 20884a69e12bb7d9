// The portal's first view in Chromium: the overview of the demo data, signed in as HQ's analyst, each
// time in a fresh browser context (nothing cached): from navigation until every card on the page has
// its figures (and, reported beside it, until its charts are drawn), and how many bytes came over the
// wire. The first visit apart (the server's caches cold), then the median of the next ones. The
// client is built as `npm start` builds it (compressed assets), or with --uncompressed as before the
// assets were compressed, or taken as built with --client-dir (to compare builds in alternation).
//   npm run bench:first-view [-- --runs 7] [-- --uncompressed] [-- --client-dir /tmp/built-client]
// FIRST_VIEW_DETAIL=1 prints each visit's requests as a waterfall and where the page's main thread
// went (Chromium's sampling profiler, by script and function; it slows the visits it measures).
// Uses BENCH_DATABASE_URL (a superuser URL; a database is created beside it) or an embedded PostgreSQL.
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { chromium, type Page } from 'playwright-core';
import { loadDemo } from '../../db/demo/index.js';
import { migrate } from '../../db/migrate.js';
import { createOrm } from '../../db/orm.js';
import { startServer } from '../../server/app.js';
import { DEMO_USERS, ensureDemoUsers } from '../../server/modules/access/index.js';
import { startThrowawayPostgres } from '../support/throwaway-postgres.js';

const { values } = parseArgs({
  options: { runs: { type: 'string' }, uncompressed: { type: 'boolean' }, 'client-dir': { type: 'string' } },
});
const RUNS = Number(values.runs ?? 7);
const log = (line: string) => console.log(line);

// --client-dir: a client built beforehand (measured as it is, not rebuilt), for comparing builds.
const builtClient = values['client-dir'];
const clientDir = builtClient ?? (await mkdtemp(path.join(os.tmpdir(), 'crp-first-view-')));
const postgres = await startThrowawayPostgres(process.env.BENCH_DATABASE_URL, { durable: true });
try {
  if (!builtClient)
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

      const visits: { ms: number; chartsMs: number; cpuMs: number; bytes: number }[] = [];
      for (let i = 0; i <= RUNS; i += 1) {
        const context = await browser.newContext({
          locale: 'zh-CN',
          storageState,
          viewport: { width: 1440, height: 900 },
        });
        const page = await context.newPage();
        // FIRST_VIEW_DETAIL=1: when each request started and ended after the navigation began (the
        // waterfall), and where the browser's main thread spent its time (CDP Performance metrics).
        const requests: { what: string; start: number; end: number }[] = [];
        let navigationStart = 0;
        page.on('requestfinished', (request) => {
          const timing = request.timing();
          const body = request.postData() ?? '';
          const start = timing.startTime - navigationStart;
          requests.push({
            what: `${request.url().replace(server.url, '')} ${/"operationName":"(\w+)"/.exec(body)?.[1] ?? ''}`,
            start,
            end: start + timing.responseEnd,
          });
        });
        const cdp = await context.newCDPSession(page);
        await cdp.send('Performance.enable');
        const detail = !!process.env.FIRST_VIEW_DETAIL;
        if (detail) {
          await cdp.send('Profiler.enable');
          await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
          await cdp.send('Profiler.start');
        }
        const started = performance.now();
        navigationStart = Date.now();
        await page.goto(`${server.url}/overview`);
        // Every card settled: at least one, none still loading.
        await page.locator('.crp-widget[data-state="success"]').first().waitFor({ timeout: 60_000 });
        await until(page, '!document.querySelector(\'.crp-widget[data-state="loading"]\')');
        const ms = performance.now() - started;
        // The charts, which may be drawn after the figures (ECharts loads with the first chart).
        await until(page, "[...document.querySelectorAll('.crp-chart')].every((chart) => chart.querySelector('svg'))");
        const chartsMs = performance.now() - started;
        // What came over the wire: the page and every resource it loaded, headers and compression included.
        const bytes = await page.evaluate<number>(
          `performance.getEntriesByType('resource').concat(performance.getEntriesByType('navigation'))
            .reduce((sum, entry) => sum + entry.transferSize, 0)`,
        );
        // The page's main thread's CPU time (to the charts drawn): the work itself, which the other
        // processes of a shared machine delay but do not add to, unlike the time on the clock.
        const { metrics } = await cdp.send('Performance.getMetrics');
        const msOf = (name: string) => Math.round((metrics.find((m) => m.name === name)?.value ?? 0) * 1000);
        visits.push({ ms, chartsMs, cpuMs: msOf('ThreadTime'), bytes });
        if (detail) {
          const { profile } = await cdp.send('Profiler.stop');
          log(selfTimeByScript(profile, server.url));
          log(
            `visit ${i}: ${Math.round(ms)} ms (charts ${Math.round(chartsMs)} ms); main thread: script ${msOf('ScriptDuration')} ms, ` +
              `layout ${msOf('LayoutDuration')} ms, style ${msOf('RecalcStyleDuration')} ms, ` +
              `tasks ${msOf('TaskDuration')} ms`,
          );
          log(
            requests
              .sort((a, b) => a.start - b.start)
              .map((r) => `  ${Math.round(r.start)}–${Math.round(r.end)} ms ${r.what}`)
              .join('\n'),
          );
        }
        await context.close();
      }
      const [first, ...rest] = visits;
      const sorted = rest.map((visit) => visit.ms).sort((a, b) => a - b);
      const median = medianOf(sorted);
      const result = {
        assets: values.uncompressed ? 'uncompressed' : 'brotli/gzip',
        firstMs: Math.round(first.ms),
        medianMs: Math.round(median),
        chartsMedianMs: Math.round(medianOf(rest.map((visit) => visit.chartsMs).sort((a, b) => a - b))),
        mainThreadCpuMedianMs: medianOf(rest.map((visit) => visit.cpuMs).sort((a, b) => a - b)),
        slowestMs: Math.round(sorted.at(-1) ?? 0),
        kilobytes: Math.round(rest[0].bytes / 1024),
        runs: RUNS,
      };
      log(
        `overview, first view (${result.assets} assets, ${result.kilobytes} kB over the wire): first visit ${result.firstMs} ms; ` +
          `then median ${result.medianMs} ms, slowest ${result.slowestMs} ms of ${RUNS} (charts drawn: median ${result.chartsMedianMs} ms; ` +
          `the page's main thread busy ${result.mainThreadCpuMedianMs} ms of CPU)`,
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
  if (!builtClient) await rm(clientDir, { recursive: true, force: true });
}

/**
 * Until an expression holds in the page, asked every 20 ms. Not waitForFunction: its polling
 * evaluates a string in the page, which the portal's CSP (no 'unsafe-eval') refuses.
 */
async function until(page: Page, expression: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!(await page.evaluate<boolean>(expression))) {
    if (Date.now() > deadline) throw new Error(`still not so after 60 s: ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function medianOf(sorted: number[]): number {
  return sorted.length % 2
    ? sorted[(sorted.length - 1) / 2]
    : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
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

/** Where the sampled main-thread time went: self time by script (chunk), then the busiest functions. */
function selfTimeByScript(
  profile: {
    nodes: { id: number; callFrame: { url: string; functionName: string; lineNumber: number } }[];
    samples?: number[];
    timeDeltas?: number[];
  },
  origin: string,
): string {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const byScript = new Map<string, number>();
  const byFunction = new Map<string, number>();
  (profile.samples ?? []).forEach((id, i) => {
    const frame = nodes.get(id)!;
    const ms = (profile.timeDeltas?.[i + 1] ?? 0) / 1000;
    const script = frame.url.replace(origin, '') || `(${frame.functionName || 'native'})`;
    byScript.set(script, (byScript.get(script) ?? 0) + ms);
    const fn = `${script} ${frame.functionName || '(anonymous)'}:${frame.lineNumber}`;
    byFunction.set(fn, (byFunction.get(fn) ?? 0) + ms);
  });
  const top = (map: Map<string, number>, n: number) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([what, ms]) => `    ${Math.round(ms)} ms ${what}`)
      .join('\n');
  return `  self time by script:\n${top(byScript, 12)}\n  busiest functions:\n${top(byFunction, 12)}`;
}

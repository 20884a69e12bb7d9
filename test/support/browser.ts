import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServer } from '../../server/app.js';
import { createSeededDatabase, type Seed, type TestDatabase } from './database.js';

// The browser tests' harness: a private client build, a real server on a database of the test's
// own, and Debian's Chromium driven by playwright-core (a downloaded browser does not work here),
// with every page error and console error collected for the test to assert there were none.

const CHROMIUM = '/usr/bin/chromium';
export const SCREENSHOTS = path.resolve('test-results/screenshots');

export interface Portal {
  url: string;
  page: Page;
  /** Uncaught page errors and console errors, in order. */
  pageErrors: string[];
  /** A full-page screenshot in test-results/screenshots/ (git-ignored), for a human to look at. */
  shot: (name: string) => Promise<unknown>;
  close: () => Promise<void>;
}

export interface PortalOptions {
  /** What the test's database holds when the server starts: `'demo'` (the demo data), or a function that fills it (a small tree). */
  seed: Seed;
  /** After the server has started: users, say. */
  prepare?: (server: Awaited<ReturnType<typeof startServer>>) => Promise<void>;
  /** An environment variable naming a portal already running (npm start): no build, no seed. */
  reuseUrlFrom?: string;
  viewport?: { width: number; height: number };
  /** Screenshots are named `<prefix>-<name>.png`. */
  screenshotPrefix: string;
}

export async function openPortal(options: PortalOptions): Promise<Portal> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: apt-get install -y chromium fonts-noto-cjk`);
  const cleanups: (() => Promise<unknown>)[] = [];
  const close = async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
  try {
    const reused = options.reuseUrlFrom ? process.env[options.reuseUrlFrom] : undefined;
    const url = reused ?? (await startPrivatePortal(options, cleanups));
    await mkdir(SCREENSHOTS, { recursive: true });
    const browser: Browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    cleanups.push(() => browser.close());
    const context = await browser.newContext({
      viewport: options.viewport ?? { width: 1440, height: 900 },
      locale: 'zh-CN',
      acceptDownloads: true,
    });
    const page = await context.newPage();
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') pageErrors.push(message.text());
    });
    const shot = (name: string) =>
      page.screenshot({ path: path.join(SCREENSHOTS, `${options.screenshotPrefix}-${name}.png`), fullPage: true });
    return { url, page, pageErrors, shot, close };
  } catch (error) {
    await close();
    throw error;
  }
}

async function startPrivatePortal(options: PortalOptions, cleanups: (() => Promise<unknown>)[]): Promise<string> {
  // A private build, so the test never serves a stale client/dist nor empties it under a developer
  // (or a parallel run) using it.
  const clientDir = await mkdtemp(path.join(os.tmpdir(), 'crp-client-'));
  cleanups.push(() => rm(clientDir, { recursive: true, force: true }));
  execFileSync('npm', ['run', '--silent', 'build:client', '--', '--outDir', clientDir, '--emptyOutDir'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build. Compressing
    // the assets would triple the build's time for nothing a test looks at.
    env: { ...process.env, NODE_ENV: 'production', CLIENT_COMPRESSION: 'off' },
  });
  const db: TestDatabase = await createSeededDatabase(options.seed);
  cleanups.push(() => db.drop());
  const server = await startServer({ databaseUrl: db.url, port: 0, clientDir });
  cleanups.push(() => server.close());
  await options.prepare?.(server);
  return server.url;
}

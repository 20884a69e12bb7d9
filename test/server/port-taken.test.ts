import { spawn } from 'node:child_process';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { freePort } from '../support/throwaway-postgres.js';

// The portal started as `npm start` runs it while another program holds one of its ports: it must
// say which port, which setting moves it, and exit — not "could not start: undefined".

const cleanups: (() => Promise<unknown>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** Another program listening on a port of ours, as on a developer's machine. */
async function holdPort(): Promise<number> {
  const port = await freePort();
  const holder = net.createServer((socket) => socket.destroy());
  await new Promise<void>((resolve) => holder.listen(port, '127.0.0.1', resolve));
  cleanups.push(() => new Promise((resolve) => holder.close(resolve)));
  return port;
}

/** Runs the server to its end; resolves with its exit code and everything it printed. */
function runPortal(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn('node_modules/.bin/tsx', ['server/main.ts'], {
    env: { ...process.env, HOST: '127.0.0.1', LOAD_DEMO: 'false', CLIENT_DIR: 'no-client', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 90_000);
  return new Promise((resolve) =>
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, output });
    }),
  );
}

describe('npm start with a port already taken', () => {
  it("names the embedded database's port and EMBEDDED_PG_PORT", async () => {
    const parent = await mkdtemp(path.join(os.tmpdir(), 'crp-port-'));
    await chmod(parent, 0o755);
    cleanups.push(() => rm(parent, { recursive: true, force: true }));
    const port = await holdPort();

    const { code, output } = await runPortal({
      EMBEDDED_PG_DIR: path.join(parent, 'pg'),
      EMBEDDED_PG_PORT: String(port),
      PORT: '0',
    });

    expect(code).toBe(1);
    expect(output).toContain(
      `"msg":"could not start: port ${port} (EMBEDDED_PG_PORT), where the embedded PostgreSQL should listen, is taken by another program: ` +
        'stop it, or set EMBEDDED_PG_PORT to a free port (or DATABASE_URL to a PostgreSQL of yours)',
    );
    expect(output).not.toContain('undefined');
  });

  it('names the HTTP port and PORT', async () => {
    const db: TestDatabase = await createTestDatabase();
    cleanups.push(() => db.drop());
    const port = await holdPort();

    const { code, output } = await runPortal({ DATABASE_URL: db.url, PORT: String(port) });

    expect(code).toBe(1);
    expect(output).toContain(
      `"msg":"could not start: port ${port} (PORT), where the portal should listen, is taken by another program: stop it, or set PORT to a free port`,
    );
  });
});

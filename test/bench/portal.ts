import { execFile, spawn } from 'node:child_process';
import type { Role } from '../../db/domain.js';
import { createOrm } from '../../db/orm.js';
import { COMMAND_LINE, createApiToken, createUser } from '../../server/modules/access/index.js';
import { transactor } from '../../server/kernel/transact.js';
import { SERVER_NODE_OPTIONS } from '../support/portal-process.js';
import { freePort } from '../support/throwaway-postgres.js';

// The benchmarks' portal: as production runs it, in a process of its own (so the load generator does
// not share its event loop), and users to send requests as.

/** A new API token of a bench user of the role and units (the user is created on the first run on this database). */
export async function benchToken(url: string, username: string, role: Role, units: string[] = []): Promise<string> {
  const orm = await createOrm(url);
  try {
    const transact = transactor(orm);
    await createUser(transact, COMMAND_LINE, { username, password: 'bench-password-1', role, units }).catch(
      (error: unknown) => {
        if (!(error instanceof Error && error.message.includes('already exists'))) throw error;
      },
    );
    return (await createApiToken(transact, COMMAND_LINE, { username, name: 'bench', now: new Date() })).token;
  } finally {
    await orm.close();
  }
}

let built: Promise<void> | undefined;

/** The server compiled by the script `npm start` compiles it with (`build:server`), once per bench run. */
function buildServer(): Promise<void> {
  return (built ??= new Promise<void>((resolve, reject) => {
    execFile('npm', ['run', 'build:server', '--silent'], (error, stdout) =>
      error ? reject(new Error(`the server did not compile:\n${stdout}`)) : resolve(),
    );
  }));
}

/**
 * The portal as `npm start` runs it: the compiled server (built first) with its Node options. Run
 * through tsx instead, each inner function carried esbuild's naming helper, a cost production does not pay.
 */
export async function startPortal(url: string, env: Record<string, string> = {}) {
  await buildServer();
  const port = await freePort();
  const child = spawn(process.execPath, [...SERVER_NODE_OPTIONS.split(' '), 'dist/server/main.js'], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOAD_DEMO: 'false',
      NODE_ENV: 'production',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('portal at') && resolve());
    child.once('exit', (code) => reject(new Error(`the portal exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () => new Promise<void>((resolve) => (child.once('exit', () => resolve()), child.kill('SIGTERM'))),
  };
}

import { spawn } from 'node:child_process';
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

export async function startPortal(url: string, env: Record<string, string> = {}) {
  const port = await freePort();
  const child = spawn('node_modules/.bin/tsx', ['server/main.ts'], {
    env: {
      ...process.env,
      DATABASE_URL: url,
      PORT: String(port),
      HOST: '127.0.0.1',
      LOAD_DEMO: 'false',
      NODE_ENV: 'production',
      NODE_OPTIONS: [process.env.NODE_OPTIONS, SERVER_NODE_OPTIONS].filter(Boolean).join(' '),
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

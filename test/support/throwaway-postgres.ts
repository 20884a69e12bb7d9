import { mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import EmbeddedPostgres from '../../db/embedded-postgres.js';

export interface ThrowawayPostgres {
  /** A superuser URL of the `postgres` database. */
  adminUrl: string;
  /**
   * The embedded cluster's data folder and the settings it was started with on its command line (what
   * a replica of it must repeat); unset for a server named by URL.
   */
  embedded?: { dataDir: string; settings: string[] };
  stop: () => Promise<void>;
}

/**
 * A real PostgreSQL for tests and benchmarks: the server named by `url` when given, else an embedded
 * one in a temporary folder of its own (as root, embedded-postgres hands the folder to a `postgres`
 * user), deleted when stopped. `durable: false` (tests) trades crash safety for speed; benchmarks keep
 * PostgreSQL's defaults so their figures mean something.
 */
export async function startThrowawayPostgres(
  url: string | undefined,
  options: { durable: boolean },
): Promise<ThrowawayPostgres> {
  if (url) return { adminUrl: url, stop: async () => {} };
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'crp-pg-'));
  const port = await freePort();
  const settings = options.durable ? [] : ['fsync=off', 'synchronous_commit=off', 'full_page_writes=off'];
  const embedded = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: 'postgres',
    password: 'postgres',
    persistent: false,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: settings.flatMap((setting) => ['-c', setting]),
    onLog: () => {},
  });
  await embedded.initialise();
  await embedded.start();
  return {
    adminUrl: `postgres://postgres:postgres@127.0.0.1:${port}/postgres`,
    embedded: { dataDir, settings },
    stop: async () => {
      await embedded.stop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A TCP port nothing listens on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

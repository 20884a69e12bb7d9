import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import net from 'node:net';
import EmbeddedPostgres from './embedded-postgres.js';
import type { DatabaseSettings } from './database-config.js';
import { portInUse, portTakenError } from './port-in-use.js';

/** A PostgreSQL to talk to, and how to let go of it. */
export interface DatabaseHandle {
  url: string;
  /** True when this process started the embedded server (and so must stop it). */
  owned: boolean;
  release: () => Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';
const DATABASE = 'portal';

export interface OpenOptions {
  /**
   * Connections the embedded PostgreSQL must accept when this process starts it (its default, 100, is
   * kept when it is enough): a portal of several processes holds a pool in each.
   */
  maxConnections?: number;
}

/**
 * Opens the database the settings name: `DATABASE_URL` as it is, or else the embedded PostgreSQL in
 * the data folder — initialised on first use, started unless another process of ours (the server, say)
 * already runs it, in which case we connect to that one and leave it running.
 */
export async function openDatabase(
  settings: DatabaseSettings,
  log: (line: string) => void = () => {
    // No log asked for: the server's progress goes unsaid.
  },
  options: OpenOptions = {},
): Promise<DatabaseHandle> {
  if (settings.url) return { url: settings.url, owned: false, release: keepRunning };

  const dir = settings.embeddedDir;
  const port = await runningPort(dir);
  if (port !== undefined) {
    return { url: urlFor(port, DATABASE), owned: false, release: keepRunning };
  }

  const taken = () =>
    portTakenError(
      settings.embeddedPort,
      'EMBEDDED_PG_PORT',
      'the embedded PostgreSQL',
      'or DATABASE_URL to a PostgreSQL of yours',
    );
  if (await portInUse(settings.embeddedPort)) throw taken();
  // PostgreSQL's own words, kept for the error when it exits while starting (the package rejects with nothing).
  const recent: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dir,
    port: settings.embeddedPort,
    user: USER,
    password: PASSWORD,
    persistent: true,
    postgresFlags:
      options.maxConnections && options.maxConnections > 100 ? ['-c', `max_connections=${options.maxConnections}`] : [],
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message) => {
      recent.push(...message.trim().split('\n'));
      recent.splice(0, Math.max(0, recent.length - 5));
    },
    onError: (error) => log(`embedded PostgreSQL: ${String(error)}`),
  });
  const fresh = !existsSync(`${dir}/PG_VERSION`);
  if (fresh) {
    await mkdir(dir, { recursive: true });
    log(`initialising an embedded PostgreSQL in ${dir}`);
    await server.initialise();
  }
  try {
    await server.start();
  } catch (error) {
    // Another program may have taken the port since the check.
    if (await portInUse(settings.embeddedPort)) throw taken();
    const said = recent.length ? `; it said: ${recent.join(' | ')}` : '';
    throw new Error(
      `the embedded PostgreSQL (data in ${dir}, port ${settings.embeddedPort}) exited while starting${said}`,
      { cause: error },
    );
  }
  if (fresh) await server.createDatabase(DATABASE);
  log(`embedded PostgreSQL running on port ${settings.embeddedPort} (data in ${dir})`);

  let stopped: Promise<void> | undefined;
  return {
    url: urlFor(settings.embeddedPort, DATABASE),
    owned: true,
    release: () => (stopped ??= server.stop()),
  };
}

/** The release of a server this process did not start. */
async function keepRunning(): Promise<void> {
  // Nothing to stop: the server is left to whoever started it.
}

function urlFor(port: number, database: string): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/** The port of a postmaster already serving `dir`, if its pid file names one that accepts connections. */
async function runningPort(dir: string): Promise<number | undefined> {
  const pidFile = `${dir}/postmaster.pid`;
  if (!existsSync(pidFile)) return undefined;
  const lines = (await readFile(pidFile, 'utf8')).split('\n');
  const pid = Number(lines[0]);
  const port = Number(lines[3]);
  if (!pid || !port || !processAlive(pid)) return undefined;
  return (await portOpen(port)) ? port : undefined;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

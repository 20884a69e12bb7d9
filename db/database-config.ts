import path from 'node:path';

/**
 * Where the data lives. Read from the environment once, by `server/config.ts` and by the command-line
 * tools, so the server and `npm run import` always agree on the database.
 */
export interface DatabaseSettings {
  /** An external PostgreSQL (`DATABASE_URL`); when absent, an embedded one is started. */
  url?: string;
  /** Data folder of the embedded PostgreSQL (`EMBEDDED_PG_DIR`, default `.data/postgres`). */
  embeddedDir: string;
  /** Port of the embedded PostgreSQL (`EMBEDDED_PG_PORT`, default 54320). */
  embeddedPort: number;
  /** Apply pending migrations when a program opens the database (`MIGRATE_ON_START`, default true). */
  migrateOnStart: boolean;
}

export function readDatabaseSettings(env: NodeJS.ProcessEnv = process.env): DatabaseSettings {
  // An empty DATABASE_URL is no URL: the embedded PostgreSQL then.
  const url = env.DATABASE_URL?.trim();
  return {
    url: url === '' ? undefined : url,
    embeddedDir: path.resolve(env.EMBEDDED_PG_DIR ?? '.data/postgres'),
    embeddedPort: parsePort(env.EMBEDDED_PG_PORT, 54320, 'EMBEDDED_PG_PORT'),
    migrateOnStart: parseFlag(env.MIGRATE_ON_START, true, 'MIGRATE_ON_START'),
  };
}

export function parsePort(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined || raw === '') return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`${name} must be a port number (0-65535), not "${raw}"`);
  }
  return port;
}

export function parseFlag(raw: string | undefined, fallback: boolean, name: string): boolean {
  if (raw === undefined || raw === '') return fallback;
  const value = raw.trim().toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(value)) return true;
  if (['0', 'false', 'no', 'off'].includes(value)) return false;
  throw new Error(`${name} must be true or false, not "${raw}"`);
}

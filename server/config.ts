import { parseFlag, parsePort, readDatabaseSettings, type DatabaseSettings } from '../db/database-config.js';

/** Every setting of the server, read from the environment and checked once, at start. */
export interface Config {
  database: DatabaseSettings;
  /** `PORT`, default 4000. */
  port: number;
  /** `HOST`, default 0.0.0.0. */
  host: string;
  /** `LOAD_DEMO`: load the demo data set when the database is empty; default true, false in production. */
  loadDemo: boolean;
  /** `NODE_ENV=production`: introspection off. */
  production: boolean;
  /** The built client served at / (`CLIENT_DIR`, default client/dist). */
  clientDir: string;
  /** `COOKIE_SECURE`: the session cookie only over HTTPS; default true in production, false otherwise. */
  cookieSecure: boolean;
  /** `SESSION_HOURS`: how long a browser session lasts, 1 to 720; default 12. */
  sessionHours: number;
  /**
   * `TRUST_PROXY`: Express's `trust proxy` (false, true, a hop count, or addresses/subnets), so that
   * the client address seen for sign-in throttling and the audit log is the real one behind a proxy.
   */
  trustProxy: boolean | number | string;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  return {
    database: readDatabaseSettings(env),
    port: parsePort(env.PORT, 4000, 'PORT'),
    host: env.HOST?.trim() || '0.0.0.0',
    loadDemo: parseFlag(env.LOAD_DEMO, !production, 'LOAD_DEMO'),
    production,
    clientDir: env.CLIENT_DIR?.trim() || 'client/dist',
    cookieSecure: parseFlag(env.COOKIE_SECURE, production, 'COOKIE_SECURE'),
    sessionHours: parseHours(env.SESSION_HOURS),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
  };
}

function parseHours(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return 12;
  const hours = Number(raw);
  if (!Number.isInteger(hours) || hours < 1 || hours > 720) throw new Error(`SESSION_HOURS must be 1 to 720, not "${raw}"`);
  return hours;
}

function parseTrustProxy(raw: string | undefined): boolean | number | string {
  const value = raw?.trim() ?? '';
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

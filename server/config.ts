import os from 'node:os';
import { parseFlag, parsePort, readDatabaseSettings, type DatabaseSettings } from '../db/database-config.js';
import { LOG_LEVELS } from './kernel/log.js';
import { DEFAULT_REPLICA_TIMING } from './kernel/replicas.js';
import { DEFAULT_CAPACITY, type CapacitySettings } from './modules/capacity/index.js';
import {
  DEFAULT_METRICS_ALLOW,
  MIN_METRICS_TOKEN_LENGTH,
  parseAllowList,
  type MetricsAccessSettings,
} from './modules/operations/index.js';

/** Every setting of the server, read from the environment and checked once, at start. */
export interface Config {
  database: DatabaseSettings;
  /**
   * `DATABASE_REPLICA_URLS`: PostgreSQL streaming replicas of DATABASE_URL, comma-separated, which
   * serve the reads outside a write's transaction in turn; none by default (every read on the primary).
   */
  replicaUrls: string[];
  /**
   * With replicas: `REPLICA_WAIT_MS` (how long a read waits for a replica to replay what its caller has
   * seen before it reads on the primary, 0 to 10000, default 1000) and `REPLICA_CHECK_MS` (how often
   * each replica is checked, 100 to 60000, default 1000).
   */
  replicaTiming: { waitMs: number; checkMs: number };
  /** `PORT`, default 4000. */
  port: number;
  /** `HOST`, default 0.0.0.0. */
  host: string;
  /**
   * `PORTAL_PROCESSES`: server processes sharing the port and nothing but PostgreSQL, 1 to 64; default
   * one per core (`os.availableParallelism()`). 1 is a single process, without a primary.
   */
  processes: number;
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
  /**
   * What one request may cost: `QUERY_BUDGET_MS` (its time for database work, default 10000),
   * `MAX_REQUEST_COST` (rows it may ask to read, default 20,000,000), `HEAVY_COST` (a statement priced
   * above this queues in the heavy lanes, default 200,000), `HEAVY_CONCURRENCY` (heavy statements at
   * once per process, default 2), `STATEMENTS_PER_REQUEST` (a request's statements at once, default 3).
   */
  capacity: CapacitySettings;
  /**
   * Who may read /metrics: `METRICS_ALLOW` (addresses and ranges, comma-separated, or `none`; default
   * loopback) and `METRICS_TOKEN` (a bearer token of at least 16 characters that opens it from anywhere).
   */
  metricsAccess: MetricsAccessSettings;
  /** `LOG_LEVEL`: the least severe log lines written (default info; `debug` adds the probes' requests). */
  logLevel: (typeof LOG_LEVELS)[number];
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const production = env.NODE_ENV === 'production';
  const database = readDatabaseSettings(env);
  return {
    database,
    replicaUrls: parseReplicaUrls(env.DATABASE_REPLICA_URLS, database),
    replicaTiming: {
      waitMs: parseWhole(env.REPLICA_WAIT_MS, DEFAULT_REPLICA_TIMING.waitMs, 'REPLICA_WAIT_MS', 0, 10_000),
      checkMs: parseWhole(env.REPLICA_CHECK_MS, DEFAULT_REPLICA_TIMING.checkMs, 'REPLICA_CHECK_MS', 100, 60_000),
    },
    port: parsePort(env.PORT, 4000, 'PORT'),
    host: (env.HOST ?? '').trim() || '0.0.0.0',
    processes: parseWhole(env.PORTAL_PROCESSES, Math.min(64, os.availableParallelism()), 'PORTAL_PROCESSES', 1, 64),
    loadDemo: parseFlag(env.LOAD_DEMO, !production, 'LOAD_DEMO'),
    production,
    clientDir: (env.CLIENT_DIR ?? '').trim() || 'client/dist',
    cookieSecure: parseFlag(env.COOKIE_SECURE, production, 'COOKIE_SECURE'),
    sessionHours: parseHours(env.SESSION_HOURS),
    trustProxy: parseTrustProxy(env.TRUST_PROXY),
    capacity: {
      budgetMs: parseWhole(env.QUERY_BUDGET_MS, DEFAULT_CAPACITY.budgetMs, 'QUERY_BUDGET_MS', 100, 600_000),
      maxCost: parseWhole(env.MAX_REQUEST_COST, DEFAULT_CAPACITY.maxCost, 'MAX_REQUEST_COST', 1_000, 1e12),
      heavyCost: parseWhole(env.HEAVY_COST, DEFAULT_CAPACITY.heavyCost, 'HEAVY_COST', 0, 1e12),
      heavyConcurrency: parseWhole(
        env.HEAVY_CONCURRENCY,
        DEFAULT_CAPACITY.heavyConcurrency,
        'HEAVY_CONCURRENCY',
        1,
        64,
      ),
      statementsPerRequest: parseWhole(
        env.STATEMENTS_PER_REQUEST,
        DEFAULT_CAPACITY.statementsPerRequest,
        'STATEMENTS_PER_REQUEST',
        1,
        64,
      ),
    },
    metricsAccess: parseMetricsAccess(env.METRICS_ALLOW, env.METRICS_TOKEN),
    logLevel: parseLogLevel(env.LOG_LEVEL),
  };
}

function parseLogLevel(raw: string | undefined): (typeof LOG_LEVELS)[number] {
  const value = (raw ?? '').trim() || 'info';
  const level = LOG_LEVELS.find((known) => known === value);
  if (!level) throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, not "${raw}"`);
  return level;
}

function parseMetricsAccess(allowRaw: string | undefined, tokenRaw: string | undefined): MetricsAccessSettings {
  const allow = (allowRaw ?? '').trim() || DEFAULT_METRICS_ALLOW;
  parseAllowList(allow); // throws naming the entry it cannot read
  const token = (tokenRaw ?? '').trim() || undefined;
  if (token !== undefined && token.length < MIN_METRICS_TOKEN_LENGTH)
    throw new Error(`METRICS_TOKEN must be at least ${MIN_METRICS_TOKEN_LENGTH} characters long`);
  return { allow, token };
}

function parseWhole(raw: string | undefined, fallback: number, name: string, min: number, max: number): number {
  if (raw === undefined || raw.trim() === '') return fallback;
  const value = Number(raw.replaceAll('_', ''));
  if (!Number.isInteger(value) || value < min || value > max)
    throw new Error(`${name} must be a whole number from ${min} to ${max}, not "${raw}"`);
  return value;
}

/** The replicas' URLs; each a postgres:// URL, none twice, and only beside a primary of DATABASE_URL. */
function parseReplicaUrls(raw: string | undefined, database: DatabaseSettings): string[] {
  const urls = (raw ?? '')
    .split(',')
    .map((url) => url.trim())
    .filter((url) => url !== '');
  if (urls.length === 0) return [];
  // The embedded PostgreSQL is made on the first start, so no replica of it can exist beforehand.
  if (!database.url)
    throw new Error('DATABASE_REPLICA_URLS needs DATABASE_URL: replicas stream from a PostgreSQL of yours');
  for (const url of urls) {
    let protocol: string | undefined;
    try {
      protocol = new URL(url).protocol;
    } catch {
      // not a URL: said below, without echoing a password it may hold
    }
    if (protocol !== 'postgres:' && protocol !== 'postgresql:')
      throw new Error(`DATABASE_REPLICA_URLS: replica ${urls.indexOf(url) + 1} is not a postgres:// URL`);
  }
  if (new Set(urls).size !== urls.length) throw new Error('DATABASE_REPLICA_URLS names a replica twice');
  return urls;
}

function parseHours(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return 12;
  const hours = Number(raw);
  if (!Number.isInteger(hours) || hours < 1 || hours > 720)
    throw new Error(`SESSION_HOURS must be 1 to 720, not "${raw}"`);
  return hours;
}

function parseTrustProxy(raw: string | undefined): boolean | number | string {
  const value = raw?.trim() ?? '';
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  return /^\d+$/.test(value) ? Number(value) : value;
}

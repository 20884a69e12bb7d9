import os from 'node:os';
import { describe, expect, it } from 'vitest';
import { readConfig } from './config.js';

describe('readConfig', () => {
  it('defaults to port 4000, an embedded database and the demo data', () => {
    const config = readConfig({});
    expect(config.port).toBe(4000);
    expect(config.database.url).toBeUndefined();
    expect(config.database.migrateOnStart).toBe(true);
    expect(config.loadDemo).toBe(true);
  });

  it('takes DATABASE_URL and PORT, and loads no demo in production unless asked', () => {
    const config = readConfig({ DATABASE_URL: 'postgres://x@db/portal', PORT: '8080', NODE_ENV: 'production' });
    expect(config).toMatchObject({ port: 8080, loadDemo: false, production: true });
    expect(config.database.url).toBe('postgres://x@db/portal');
    expect(readConfig({ NODE_ENV: 'production', LOAD_DEMO: 'true' }).loadDemo).toBe(true);
  });

  it('names a setting it cannot read', () => {
    expect(() => readConfig({ PORT: 'http' })).toThrow('PORT must be a port number (0-65535), not "http"');
    expect(() => readConfig({ LOAD_DEMO: 'maybe' })).toThrow('LOAD_DEMO must be true or false, not "maybe"');
  });

  it('makes the session cookie Secure in production, sessions 12 hours long, and trusts no proxy unless told', () => {
    expect(readConfig({})).toMatchObject({ cookieSecure: false, sessionHours: 12, trustProxy: false });
    expect(readConfig({ NODE_ENV: 'production' }).cookieSecure).toBe(true);
    expect(
      readConfig({ NODE_ENV: 'production', COOKIE_SECURE: 'false', SESSION_HOURS: '8', TRUST_PROXY: '1' }),
    ).toMatchObject({
      cookieSecure: false,
      sessionHours: 8,
      trustProxy: 1,
    });
    expect(readConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe('loopback, 10.0.0.0/8');
    expect(() => readConfig({ SESSION_HOURS: '0' })).toThrow('SESSION_HOURS must be 1 to 720, not "0"');
  });
});

describe('readConfig: processes', () => {
  it('runs one server process per core unless PORTAL_PROCESSES says how many', () => {
    expect(readConfig({}).processes).toBe(Math.min(64, os.availableParallelism()));
    expect(readConfig({ PORTAL_PROCESSES: '1' }).processes).toBe(1);
    expect(readConfig({ PORTAL_PROCESSES: ' 3 ' }).processes).toBe(3);
  });

  it('names PORTAL_PROCESSES out of range', () => {
    expect(() => readConfig({ PORTAL_PROCESSES: '0' })).toThrow(
      'PORTAL_PROCESSES must be a whole number from 1 to 64, not "0"',
    );
    expect(() => readConfig({ PORTAL_PROCESSES: 'all' })).toThrow(
      'PORTAL_PROCESSES must be a whole number from 1 to 64, not "all"',
    );
  });
});

describe('readConfig: capacity', () => {
  it('gives every request a 10 s budget, 20 million rows and two heavy lanes unless told otherwise', () => {
    expect(readConfig({}).capacity).toEqual({
      budgetMs: 10_000,
      maxCost: 20_000_000,
      heavyCost: 200_000,
      heavyConcurrency: 2,
      statementsPerRequest: 3,
    });
    expect(
      readConfig({ QUERY_BUDGET_MS: '5000', MAX_REQUEST_COST: '1_000_000', HEAVY_CONCURRENCY: '4' }).capacity,
    ).toMatchObject({
      budgetMs: 5000,
      maxCost: 1_000_000,
      heavyConcurrency: 4,
    });
  });

  it('names a capacity setting out of range', () => {
    expect(() => readConfig({ QUERY_BUDGET_MS: '10s' })).toThrow(
      'QUERY_BUDGET_MS must be a whole number from 100 to 600000, not "10s"',
    );
    expect(() => readConfig({ HEAVY_CONCURRENCY: '0' })).toThrow(
      'HEAVY_CONCURRENCY must be a whole number from 1 to 64, not "0"',
    );
  });

  it('opens /metrics to loopback only unless told, and refuses a range or token it cannot use', () => {
    expect(readConfig({}).metricsAccess).toEqual({ allow: 'loopback', token: undefined });
    expect(readConfig({ METRICS_ALLOW: 'none', METRICS_TOKEN: 'a'.repeat(16) }).metricsAccess).toEqual({
      allow: 'none',
      token: 'a'.repeat(16),
    });
    expect(() => readConfig({ METRICS_ALLOW: '10.0.0.0/33' })).toThrow(
      'METRICS_ALLOW: "10.0.0.0/33" is not an address',
    );
    expect(() => readConfig({ METRICS_TOKEN: 'short' })).toThrow('METRICS_TOKEN must be at least 16 characters long');
    expect(readConfig({}).logLevel).toBe('info');
    expect(() => readConfig({ LOG_LEVEL: 'loud' })).toThrow('LOG_LEVEL must be one of fatal, error, warn');
  });
});

describe('readConfig: read replicas', () => {
  const primary = { DATABASE_URL: 'postgres://portal@primary/portal' };

  it('has none unless DATABASE_REPLICA_URLS names them, comma-separated', () => {
    expect(readConfig(primary).replicaUrls).toEqual([]);
    expect(readConfig({ ...primary, DATABASE_REPLICA_URLS: ' ' }).replicaUrls).toEqual([]);
    expect(
      readConfig({
        ...primary,
        DATABASE_REPLICA_URLS: 'postgres://portal@r1/portal, postgresql://portal@r2:5433/portal',
      }).replicaUrls,
    ).toEqual(['postgres://portal@r1/portal', 'postgresql://portal@r2:5433/portal']);
  });

  it('refuses replicas of the embedded PostgreSQL, a URL that is not postgres://, and a replica named twice', () => {
    expect(() => readConfig({ DATABASE_REPLICA_URLS: 'postgres://portal@r1/portal' })).toThrow(
      'DATABASE_REPLICA_URLS needs DATABASE_URL: replicas stream from a PostgreSQL of yours',
    );
    expect(() =>
      readConfig({ ...primary, DATABASE_REPLICA_URLS: 'postgres://portal@r1/portal,r2:5432/portal' }),
    ).toThrow('DATABASE_REPLICA_URLS: replica 2 is not a postgres:// URL');
    expect(() =>
      readConfig({ ...primary, DATABASE_REPLICA_URLS: 'postgres://portal@r1/portal,postgres://portal@r1/portal' }),
    ).toThrow('DATABASE_REPLICA_URLS names a replica twice');
  });
});

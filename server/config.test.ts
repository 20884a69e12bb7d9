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
    expect(readConfig({ NODE_ENV: 'production', COOKIE_SECURE: 'false', SESSION_HOURS: '8', TRUST_PROXY: '1' })).toMatchObject({
      cookieSecure: false,
      sessionHours: 8,
      trustProxy: 1,
    });
    expect(readConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe('loopback, 10.0.0.0/8');
    expect(() => readConfig({ SESSION_HOURS: '0' })).toThrow('SESSION_HOURS must be 1 to 720, not "0"');
  });
});

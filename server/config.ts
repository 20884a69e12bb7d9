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
  };
}

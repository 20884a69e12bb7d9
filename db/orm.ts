import { MikroORM, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { ENTITIES } from './entities/index.js';
import { MIGRATIONS } from './migrations/index.js';

export interface OrmOptions {
  /** Called with every SQL statement the ORM sends; tests count statements with it. */
  onQuery?: (sql: string) => void;
  poolSize?: number;
}

export function ormConfig(url: string, options: OrmOptions = {}): Options {
  return {
    clientUrl: url,
    entities: ENTITIES,
    extensions: [Migrator],
    migrations: {
      tableName: 'mikro_orm_migrations',
      path: 'db/migrations',
      pathTs: 'db/migrations',
      migrationsList: MIGRATIONS,
      snapshot: true,
      snapshotOnMigrate: false,
      emit: 'ts',
      silent: true,
    },
    // Instants are stored as timestamptz and read in UTC; every Shanghai-local date is computed in SQL
    // with the zone named explicitly, never by the server's or the session's zone.
    forceUtcTimezone: true,
    pool: { min: 0, max: options.poolSize ?? 10 },
    debug: options.onQuery ? ['query'] : false,
    logger: options.onQuery ? (message: string) => options.onQuery!(message) : () => {},
    allowGlobalContext: false,
  };
}

export function createOrm(url: string, options: OrmOptions = {}): Promise<MikroORM> {
  return MikroORM.init(ormConfig(url, options));
}

import { MikroORM, PostgreSqlDriver, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { DatabaseConnection, Kysely } from 'kysely';
import type { Pool } from 'pg';
import { ENTITIES } from './entities/index.js';
import { MIGRATIONS } from './migrations/index.js';

/** Connections an ORM keeps at most, unless told otherwise: each server process holds one such pool. */
export const DEFAULT_POOL_SIZE = 10;

export interface OrmOptions {
  /** Called with every SQL statement the ORM sends; tests count statements with it. */
  onQuery?: (sql: string) => void;
  poolSize?: number;
  /**
   * PostgreSQL's statement_timeout on every connection, in milliseconds: the server's backstop behind
   * its requests' time budget. Absent for the command-line tools, whose imports legitimately run long.
   */
  statementTimeoutMs?: number;
  /**
   * Handed each pg pool once it exists (created with the first statement on it), with the server it
   * is a pool of (`primary`, `replica 1`, …): the server's metrics read their use.
   */
  onPool?: (pool: Pool, server: string) => void;
  /**
   * Read replicas (the server's `DATABASE_REPLICA_URLS`): `readKysely(orm, index)` reads on one of
   * them; everything else — writes, transactions, the entity manager, the migrator — stays on the
   * primary. None: every handle is the primary's.
   */
  replicaUrls?: readonly string[];
}

export function ormConfig(url: string, options: OrmOptions = {}): Options {
  const { onQuery, onPool } = options;
  const replicaUrls = options.replicaUrls ?? [];
  // No JIT: the portal's statements are small and many; compiling one (hundreds of milliseconds when
  // the planner's estimates for a report's CTEs run high) costs far more than it could save.
  const driverOptions = (server: string) => ({
    // No connectionTimeoutMillis: pg-pool's also bounds the wait for a free connection, which the
    // capacity lanes rely on; a request waiting on a server gone silent ends at its budget instead.
    keepAlive: true,
    options: `-c jit=off${options.statementTimeoutMs ? ` -c statement_timeout=${Math.round(options.statementTimeoutMs)}` : ''}`,
    onPoolCreated: onPool && ((pool: Pool) => onPool(pool, server)),
  });
  return {
    clientUrl: url,
    // MikroORM's own replicas: each a pool of its own, with the primary's pool size, driver options
    // (jit, statement_timeout) and statement hook. Only reads asked for as such go there: MikroORM
    // would send any entity-manager read outside a transaction (preferReadReplicas, on by default),
    // which no code of ours was written to expect, so the choice stays with the caller.
    ...(replicaUrls.length
      ? {
          driver: PortalDriver,
          replicas: replicaUrls.map((clientUrl, i) => ({
            clientUrl,
            name: `replica ${i + 1}`,
            driverOptions: driverOptions(`replica ${i + 1}`),
          })),
          preferReadReplicas: false,
        }
      : {}),
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
    pool: { min: 0, max: options.poolSize ?? DEFAULT_POOL_SIZE },
    driverOptions: driverOptions('primary'),
    // Counting happens at the driver, under every path (entity manager, query builder, Kysely), so a
    // statement-count test cannot be fooled by a query that bypasses the path it watches.
    onCreateConnection: onQuery
      ? (connection) => {
          countStatements(connection as DatabaseConnection, onQuery);
          return Promise.resolve();
        }
      : undefined,
    debug: false,
    logger: () => {
      // Silent: statements are counted at the driver above, and errors reach their callers.
    },
    allowGlobalContext: false,
  };
}

function countStatements(connection: DatabaseConnection, onQuery: (sql: string) => void): void {
  const execute = connection.executeQuery.bind(connection);
  connection.executeQuery = (query) => {
    onQuery(query.sql);
    return execute(query);
  };
}

/**
 * PostgreSQL's driver with its read replicas reachable by their place in the list: the server's read
 * router (server/kernel/replicas.ts) chooses the replica a request reads on, by what each has replayed
 * and whether it answers, rather than MikroORM's random choice.
 */
export class PortalDriver extends PostgreSqlDriver {
  /** The Kysely of replica `index` (0-based, in the order of `replicaUrls`). */
  replicaKysely<DB>(index: number): Kysely<DB> {
    const replica = this.replicas.at(index);
    if (!replica) throw new Error(`there is no replica ${index + 1}`);
    return replica.getClient();
  }
}

/** Where a request reads: the primary's pool, or a replica's (see PortalDriver). */
export function readKysely<DB>(orm: MikroORM, replica: number | 'primary'): Kysely<DB> {
  if (replica === 'primary') return orm.em.fork().getKysely() as unknown as Kysely<DB>;
  const driver = orm.em.getDriver();
  if (!(driver instanceof PortalDriver)) throw new Error('this ORM has no read replicas');
  return driver.replicaKysely<DB>(replica);
}

export function createOrm(url: string, options: OrmOptions = {}): Promise<MikroORM> {
  return MikroORM.init(ormConfig(url, options));
}

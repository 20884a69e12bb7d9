import type { ConnectionType } from '@mikro-orm/core';
import { MikroORM, PostgreSqlDriver, type Options } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import type { DatabaseConnection } from 'kysely';
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
  /** Handed the pg pool once it exists (created with the first statement): the server's metrics read its use. */
  onPool?: (pool: Pool) => void;
  /**
   * Read replicas (the server's `DATABASE_REPLICA_URLS`): a Kysely asked for with `getKysely({ type:
   * 'read' })` runs on one of them, in turn; everything else — writes, transactions, the entity
   * manager, the migrator — stays on the primary. None: every handle is the primary's, as before.
   */
  replicaUrls?: readonly string[];
}

export function ormConfig(url: string, options: OrmOptions = {}): Options {
  const { onQuery } = options;
  const replicaUrls = options.replicaUrls ?? [];
  return {
    clientUrl: url,
    // MikroORM's own replicas: each a pool of its own, with the primary's pool size, driver options
    // (jit, statement_timeout) and statement hook. Only reads asked for as such go there: MikroORM
    // would send any entity-manager read outside a transaction (preferReadReplicas, on by default),
    // which no code of ours was written to expect, so the choice stays with the caller.
    ...(replicaUrls.length
      ? {
          driver: ReplicaRoundRobinDriver,
          replicas: replicaUrls.map((clientUrl, i) => ({ clientUrl, name: `replica ${i + 1}` })),
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
    // No JIT: the portal's statements are small and many; compiling one (hundreds of milliseconds when
    // the planner's estimates for a report's CTEs run high) costs far more than it could save.
    driverOptions: {
      options: `-c jit=off${options.statementTimeoutMs ? ` -c statement_timeout=${Math.round(options.statementTimeoutMs)}` : ''}`,
      onPoolCreated: options.onPool,
    },
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
 * PostgreSQL's driver choosing a read replica in turn rather than at random (MikroORM's own choice):
 * with few replicas and few requests, as in a test or a quiet hour, each gets its share at once.
 */
export class ReplicaRoundRobinDriver extends PostgreSqlDriver {
  #next = 0;

  override getConnection(type: ConnectionType = 'write') {
    if (type === 'write' || this.replicas.length === 0) return this.connection;
    const replica = this.replicas[this.#next % this.replicas.length];
    this.#next = (this.#next + 1) % this.replicas.length;
    return replica;
  }
}

export function createOrm(url: string, options: OrmOptions = {}): Promise<MikroORM> {
  return MikroORM.init(ormConfig(url, options));
}

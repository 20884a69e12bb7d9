import type { MikroORM } from '@mikro-orm/postgresql';

/** An arbitrary, fixed key: every program of ours that migrates takes this advisory lock first. */
const MIGRATION_LOCK = 815_020_110;

/**
 * Applies pending migrations under a PostgreSQL advisory lock, so that a server and a command-line
 * tool started together do not race; the second waits, then finds nothing pending.
 */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const em = orm.em.fork();
  const connection = em.getConnection();
  return connection.transactional(async (trx) => {
    await connection.execute('select pg_advisory_xact_lock(?)', [MIGRATION_LOCK], 'run', trx);
    const applied = await orm.migrator.up({ transaction: trx } as never);
    return applied.map((migration) => migration.name);
  });
}

export async function pendingMigrations(orm: MikroORM): Promise<string[]> {
  const pending = await orm.migrator.getPending();
  return pending.map((migration) => migration.name);
}

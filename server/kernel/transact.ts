import type { MikroORM } from '@mikro-orm/postgresql';
import type { DB } from '../../db/database.js';
import type { Db } from '../../db/sql.js';

/** Runs work in one transaction; its Db is bound to that transaction. */
export type Transact = <T>(work: (db: Db) => Promise<T>) => Promise<T>;

/** `repeatable read`: every statement of the work reads one snapshot (a report's figures and its fingerprint). */
export function transactor(orm: MikroORM, isolationLevel?: 'repeatable read'): Transact {
  return (work) =>
    orm.em.fork().transactional((em) => work(em.getKysely<DB>()), isolationLevel ? { isolationLevel } : undefined);
}

/**
 * The same transactions, each followed, once committed, by `committed`: what the server keeps of the
 * database may be stale, and its next request must see the write without waiting for the notification.
 */
export function thenCommitted(transact: Transact, committed: () => void): Transact {
  return async (work) => {
    const result = await transact(work);
    committed();
    return result;
  };
}

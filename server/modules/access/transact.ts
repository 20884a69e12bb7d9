import type { MikroORM } from '@mikro-orm/postgresql';
import type { Db } from '../../../db/sql.js';

/** Runs work in one transaction; its Db is bound to that transaction. */
export type Transact = <T>(work: (db: Db) => Promise<T>) => Promise<T>;

export function transactor(orm: MikroORM): Transact {
  return (work) => orm.em.fork().transactional((em) => work(em.getKysely() as Db));
}

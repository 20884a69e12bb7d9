import type { MikroORM } from '@mikro-orm/postgresql';
import type { Db } from '../../db/sql.js';
import { createComplaintLoaders } from '../modules/complaints/complaint.loaders.js';
import { createMetricLoaders } from '../modules/metrics/metric.loaders.js';
import { shanghaiDate } from '../modules/time/index.js';
import { createUnitLoaders } from '../modules/units/unit.loaders.js';

/** What every resolver gets: the request's database handle, its clock, and its own DataLoaders. */
export interface Context {
  db: Db;
  /** The request's instant: `asOf` and "today" defaults are taken from it, once. */
  now: Date;
  /** The Shanghai-local date of `now`, the default date the tree is looked at. */
  today: string;
  loaders: {
    units: ReturnType<typeof createUnitLoaders>;
    complaints: ReturnType<typeof createComplaintLoaders>;
    metrics: ReturnType<typeof createMetricLoaders>;
  };
}

/** A new context per request: a forked entity manager and fresh loaders, so nothing leaks between requests. */
export function createContext(orm: MikroORM, now = new Date()): Context {
  const db = orm.em.fork().getKysely() as Db;
  return {
    db,
    now,
    today: shanghaiDate(now),
    loaders: { units: createUnitLoaders(db), complaints: createComplaintLoaders(db), metrics: createMetricLoaders(db, now) },
  };
}

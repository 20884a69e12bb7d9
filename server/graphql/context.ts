import type { MikroORM } from '@mikro-orm/postgresql';
import type { DB } from '../../db/database.js';
import type { Db } from '../../db/sql.js';
import {
  createAccountReader,
  identify,
  Scope,
  type AccountReader,
  type HttpSession,
  type Identity,
} from '../modules/access/index.js';
import { transactor, type Transact } from '../kernel/transact.js';
import { createActivityReader, type ActivityReader } from '../modules/activities/index.js';
import { createBacklogReader, type BacklogReader } from '../modules/backlog/index.js';
import { UNBOUNDED_WORK, type Capacity, type Work } from '../modules/capacity/index.js';
import { createComplaintReader, type ComplaintReader } from '../modules/complaints/index.js';
import { createDeadlineReader, type DeadlineReader } from '../modules/deadlines/index.js';
import {
  createMeasureCache,
  createMetricLoaders,
  createMetricReader,
  type MeasureCache,
  type MetricReader,
} from '../modules/metrics/index.js';
import { ReportReader, type ReportReaders } from '../modules/reports/index.js';
import { ScorecardReader } from '../modules/scorecard/index.js';
import { shanghaiDate } from '../kernel/shanghai-time.js';
import { createUnitLoaders, UnitReader } from '../modules/units/index.js';

/**
 * What every resolver gets: the request's clock, its scope, and readers that take the scope first.
 * There is no database handle here: a resolver reads data only through a reader, and a reader only
 * for units the scope granted, so an unscoped read cannot be written by accident.
 */
export interface Context {
  /** The request's instant: `asOf` and "today" defaults are taken from it, once. */
  now: Date;
  /** The Shanghai-local date of `now`, the default date the tree is looked at. */
  today: string;
  /** Who is asking and what they may see, computed once from the session cookie or API token. */
  scope: Scope;
  units: UnitReader;
  complaints: ComplaintReader;
  /** Deadlines explained, the rule sets, HQ's change of the company standard. */
  deadlines: DeadlineReader;
  metrics: MetricReader;
  activities: ActivityReader;
  backlog: BacklogReader;
  /** Reports: drafts, submitted versions, restatements and downloads. */
  reports: ReportReader;
  /** Sign-in, sign-out, user administration, the audit log. */
  accounts: AccountReader;
  /** The scorecard's rule sets, MANUAL points and incidents. */
  scorecards: ScorecardReader;
}

export interface ContextSettings {
  /** How long a browser session lasts. */
  sessionHours: number;
  /** What a request may cost and where heavy work queues (the server's); the command line's work is unbounded. */
  capacity?: Capacity;
  /**
   * The measures kept across requests (the server's, made once in startServer); without it, the
   * context keeps its own, for its requests alone (the command line's one run).
   */
  measureCache?: MeasureCache;
  /**
   * Read on the primary even when the server has read replicas: a mutation's request, whose reads
   * must see its own writes (see operation-kind.ts).
   */
  readOnPrimary?: boolean;
}

/** A context's own cache holds one run's scopes, not a server's dashboards. */
const CONTEXT_CACHE_SIZE = 10_000;

/**
 * A new context per request: a forked entity manager, fresh loaders, and the scope of the request's
 * credentials (one statement when it presents any, none when anonymous).
 */
export async function createContext(
  orm: MikroORM,
  http: HttpSession,
  settings: ContextSettings,
  now = new Date(),
  /** Who is asking, when it is not the request's credentials (the command line). */
  identity?: Identity,
): Promise<Context> {
  // A query's reads go to a read replica when the server has any (each request to the next one, all
  // of its reads to that one), else to the primary; writes, transactions and a mutation's reads to
  // the primary. Credentials are checked on the primary: a session just opened or ended counts at once.
  const primary = orm.em.fork().getKysely<DB>();
  const db = settings.readOnPrimary ? primary : orm.em.fork().getKysely<DB>({ type: 'read' });
  const unitLoaders = createUnitLoaders(db);
  const scope = new Scope(identity ?? (await identify(primary, http.credentials, now)), {
    ancestorIds: (id, date) => unitLoaders.ancestorIds.load({ id, date }),
    placement: (id, date) => unitLoaders.placement.load({ id, date }),
  });
  const work =
    settings.capacity?.begin(scope.viewer ? `user:${scope.viewer.userId}` : `address:${http.address}`) ??
    UNBOUNDED_WORK;
  const measureCache = settings.measureCache ?? createMeasureCache(CONTEXT_CACHE_SIZE);
  const address = identity ? null : http.address;
  const writes = { transact: transactor(orm), address };
  const readers = readersOn(db, scope, now, work, measureCache, writes, unitLoaders);
  return {
    ...readers,
    complaints: createComplaintReader(db, scope, readers.units, now, readers.today),
    deadlines: createDeadlineReader({ db, transact: transactor(orm), scope, address }),
    reports: new ReportReader({
      db,
      primary,
      transact: transactor(orm, 'repeatable read'),
      transactLatest: transactor(orm),
      scope,
      readers,
      // A submission assembles its figures inside its own transaction, through readers bound to it.
      readersOn: (tx) => readersOn(tx, scope, now, work, measureCache, writes),
      address,
    }),
    accounts: createAccountReader({
      db,
      primary,
      transact: transactor(orm),
      scope,
      http,
      now,
      sessionHours: settings.sessionHours,
    }),
  };
}

/** The scoped readers a report is assembled through, on a database handle (the request's or a transaction's). */
function readersOn(
  db: Db,
  scope: Scope,
  now: Date,
  work: Work,
  measureCache: MeasureCache,
  /** Where the scorecard's MANUAL points are written, and who from (never from a report). */
  writes: { transact: Transact; address: string | null },
  unitLoaders = createUnitLoaders(db),
): ReportReaders {
  const today = shanghaiDate(now);
  const units = new UnitReader(db, scope, unitLoaders, today);
  return {
    now,
    today,
    scope,
    units,
    metrics: createMetricReader(createMetricLoaders(db, now, work, measureCache), (grant) => units.levelPeers(grant)),
    activities: createActivityReader(db, scope),
    backlog: createBacklogReader(db, scope),
    scorecards: new ScorecardReader({ db, scope, ...writes }),
  };
}

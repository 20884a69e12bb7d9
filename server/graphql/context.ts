import type { MikroORM } from '@mikro-orm/postgresql';
import type { DB } from '../../db/database.js';
import { sql } from 'kysely';
import { readKysely } from '../../db/orm.js';
import { rows, type Db } from '../../db/sql.js';
import { databaseFailure, WAL_POSITION_SQL, type ReadTarget } from '../kernel/replicas.js';
import {
  createAccountReader,
  createCredentialCache,
  identify,
  type CredentialCache,
  Scope,
  type AccountReader,
  type HttpSession,
  type Identity,
} from '../modules/access/index.js';
import { NO_FEED, type ChangeFeed } from '../kernel/change-feed.js';
import { createKeptReads, type KeptReads } from '../kernel/kept-reads.js';
import { thenCommitted, transactor, type Transact } from '../kernel/transact.js';
import { createActivityReader, type ActivityReader } from '../modules/activities/index.js';
import { createBacklogReader, type BacklogReader } from '../modules/backlog/index.js';
import { UNBOUNDED_WORK, type Capacity, type Work } from '../modules/capacity/index.js';
import { createComplaintReader, type ComplaintReader } from '../modules/complaints/index.js';
import { createDeadlineReader, type DeadlineReader } from '../modules/deadlines/index.js';
import {
  createDataStates,
  createMeasureCache,
  createMetricLoaders,
  createMetricReader,
  readDataState,
  type DataState,
  type DataStates,
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
  /** What the whole-answer cache (response-cache.ts) needs: the data's state, and whether the feed holds. */
  freshness: {
    dataState: () => Promise<DataState>;
    /** undefined while the change feed does not listen (keep nothing). */
    mark: () => number | undefined;
    holds: (mark: number) => boolean;
    /**
     * The WAL position the request's reads have reached, once they are done: the replica's replay, or
     * the primary's position (after a mutation, its writes). The caller's token for its next request.
     */
    position: () => Promise<string>;
  };
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
  /** What else the server keeps from the database across requests (made once in startServer); without it, nothing is kept. */
  memory?: ServerMemory;
  /**
   * Where the request reads outside its transactions (default: the primary): a read replica the
   * server's read router chose (server/kernel/replicas.ts). A mutation's request reads on the primary,
   * so that its reads see its own writes (see operation-kind.ts).
   */
  reads?: ReadTarget;
  /** Whether the primary answers (the read router's last check); while it does not, credentials are checked where the request reads. */
  primaryAnswers?: () => boolean;
}

/**
 * What a server keeps from the database across its requests besides the measures, each under its
 * change feed (server/kernel/change-feed.ts): the data's state, the credentials presented, the unit
 * tree at the dates asked. With a feed that does not listen, nothing is kept and every request reads.
 */
export interface ServerMemory {
  feed: ChangeFeed;
  /** The feed the data's state, the tree and whole answers are kept under (see createServerMemory). */
  dataFeed: ChangeFeed;
  dataStates: DataStates;
  credentials: CredentialCache;
  tree: KeptReads;
}

/**
 * `dataFeed`: the feed for what is read from the data. A server with read replicas keeps none of it
 * (NO_FEED): the primary notifies a write at its commit, before a replica has replayed it, so what a
 * request read on the replica meanwhile would be kept as current. Its credentials are read on the
 * primary, and kept under the feed.
 */
export function createServerMemory(feed: ChangeFeed = NO_FEED, dataFeed: ChangeFeed = feed): ServerMemory {
  return {
    feed,
    dataFeed,
    dataStates: createDataStates(dataFeed),
    credentials: createCredentialCache(feed),
    tree: createKeptReads(dataFeed, 'data'),
  };
}

/** How far the server a handle reads on has come (replicas.ts says how). */
const WAL_POSITION = sql<{ lsn: string }>`select ${sql.raw(WAL_POSITION_SQL)} as lsn`;

/** A context's own cache holds one run's scopes, not a server's dashboards. */
const CONTEXT_CACHE_SIZE = 10_000;

/**
 * A new context per request: a forked entity manager, fresh loaders, and the scope of the request's
 * credentials (one statement when it presents any the server does not keep already, none when anonymous).
 */
export async function createContext(
  orm: MikroORM,
  http: HttpSession,
  settings: ContextSettings,
  now = new Date(),
  /** Who is asking, when it is not the request's credentials (the command line). */
  identity?: Identity,
): Promise<Context> {
  // A query's reads go to the read replica chosen for it, all of them, else to the primary; writes,
  // transactions and a mutation's reads to the primary. Credentials are checked on the primary: a
  // session just opened or ended counts at once.
  const primary = orm.em.fork().getKysely<DB>();
  const db = readKysely<DB>(orm, settings.reads ?? 'primary');
  const memory = settings.memory ?? createServerMemory();
  const unitLoaders = createUnitLoaders(db, memory.tree);
  // Checked on the primary; while the primary cannot be reached (a failover), a request that reads on a
  // replica is identified there, so reads go on: a sign-out or revocation then counts once replayed.
  const onReplica = db !== primary;
  const identified =
    identity ??
    (onReplica && settings.primaryAnswers?.() === false
      ? await identify(db, http.credentials, now)
      : await identify(primary, http.credentials, now, memory.credentials).catch((error: unknown) => {
          if (!onReplica || databaseFailure(error) !== 'lost') throw error;
          return identify(db, http.credentials, now);
        }));
  const scope = new Scope(identified, {
    ancestorIds: (id, date) => unitLoaders.ancestorIds.load({ id, date }),
    placement: (id, date) => unitLoaders.placement.load({ id, date }),
  });
  const work =
    settings.capacity?.begin(scope.viewer ? `user:${scope.viewer.userId}` : `address:${http.address}`) ??
    UNBOUNDED_WORK;
  const measureCache = settings.measureCache ?? createMeasureCache(CONTEXT_CACHE_SIZE);
  const address = identity ? null : http.address;
  // Every write of the request forgets what the server kept, once committed.
  const transact = (isolationLevel?: 'repeatable read') =>
    thenCommitted(transactor(orm, isolationLevel), () => memory.feed.changed());
  const writes = { transact: transact(), address };
  let state: Promise<DataState> | undefined;
  const dataState = () => (state ??= memory.dataStates.at(db, now));
  const readers = readersOn(db, scope, now, work, measureCache, writes, dataState, unitLoaders);
  return {
    ...readers,
    freshness: {
      dataState,
      mark: () => memory.dataFeed.mark('data'),
      holds: (mark) => memory.dataFeed.holds('data', mark),
      position: async () => (await rows(db, WAL_POSITION))[0].lsn,
    },
    complaints: createComplaintReader(db, scope, readers.units, now, readers.today),
    deadlines: createDeadlineReader({ db, transact: transact(), scope, address }),
    reports: new ReportReader({
      db,
      primary,
      transact: transact('repeatable read'),
      transactLatest: transact(),
      scope,
      readers,
      // A submission assembles its figures inside its own transaction, through readers bound to it (the
      // data's state and the units read in it too, so that its figures and their version agree).
      readersOn: (tx) => {
        let inside: Promise<DataState> | undefined;
        return readersOn(tx, scope, now, work, measureCache, writes, () => (inside ??= readDataState(tx, now)));
      },
      address,
    }),
    accounts: createAccountReader({
      db,
      primary,
      transact: transact(),
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
  dataState: () => Promise<DataState>,
  unitLoaders = createUnitLoaders(db),
): ReportReaders {
  const today = shanghaiDate(now);
  const units = new UnitReader(db, scope, unitLoaders, today);
  return {
    now,
    today,
    scope,
    units,
    metrics: createMetricReader(createMetricLoaders(db, now, work, measureCache, dataState), (grant) =>
      units.levelPeers(grant),
    ),
    activities: createActivityReader(db, scope),
    backlog: createBacklogReader(db, scope),
    scorecards: new ScorecardReader({ db, scope, ...writes }),
  };
}

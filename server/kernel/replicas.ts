import pg from 'pg';
import { log } from './log.js';

// Where a request's reads go when the server has read replicas (DATABASE_REPLICA_URLS), and what the
// server process knows of each: whether it answers, how far it has replayed the primary's WAL, how far
// behind it is. One connection of the process's own per replica (and one to the primary) checks them
// every `checkMs`, outside the pools, so that a replica which stops answering costs no pool
// connection and no request's time: a check that fails or does not answer within `checkTimeoutMs`
// takes the replica out of rotation, and the next check that succeeds takes it back.
//
// Never older than what the caller has seen: a read goes to a replica only once that replica has
// replayed the WAL position (an LSN) the request must see — the highest of the caller's token (the
// position of what its earlier answers were read at, or of its last write) and the position of the
// primary when this process last heard of a change to the data (its change feed). A replica behind
// that is waited for, `waitMs` at most, polling its replay position; then the request reads on the
// primary, which is never behind.

/** A WAL position, as PostgreSQL's pg_lsn `X/Y` (two 32-bit halves in hexadecimal). */
export type Lsn = bigint;

const LSN = /^([0-9A-F]{1,8})\/([0-9A-F]{1,8})$/i;

export function parseLsn(text: string): Lsn | undefined {
  const match = LSN.exec(text.trim());
  return match ? (BigInt(`0x${match[1]}`) << 32n) + BigInt(`0x${match[2]}`) : undefined;
}

export function formatLsn(lsn: Lsn): string {
  return `${(lsn >> 32n).toString(16).toUpperCase()}/${(lsn & 0xffffffffn).toString(16).toUpperCase()}`;
}

/** Where a request reads: a replica by its place in DATABASE_REPLICA_URLS (0-based), or the primary. */
export type ReadTarget = number | 'primary';

export interface ReplicaState {
  /** `replica 1`, `replica 2`, … in the order of DATABASE_REPLICA_URLS: never its address. */
  name: string;
  /** In rotation: its last check answered. */
  up: boolean;
  /** Seconds behind the primary's last transaction it has received (0 when it has replayed all it received); null until checked. */
  lagSeconds: number | null;
  /** Bytes of WAL between the primary's position and the replica's replay at the last check; null until checked. */
  lagBytes: number | null;
}

export interface ReadRouter {
  /** A replica in rotation that has replayed `seen` (waiting `waitMs` at most), the next in turn; else the primary. */
  choose: (seen: Lsn) => Promise<ReadTarget>;
  /** A request's statement on that replica failed as a server lost does: out of rotation until a check answers. */
  lost: (replica: number, error: unknown) => void;
  /** The process heard of a change committed on the primary: reads from now on must see it. */
  primaryChanged: () => void;
  /** Whether the primary answered the last check (while it does not, a request's credentials are checked on its replica). */
  primaryAnswers: () => boolean;
  states: () => ReplicaState[];
  close: () => Promise<void>;
}

export interface ReadRouterOptions {
  /** How long a request waits for a replica to replay what it must see, before it reads on the primary. */
  waitMs: number;
  /** How often each replica (and the primary's position) is checked. */
  checkMs: number;
  /** A check not answered within this is a replica not answering. */
  checkTimeoutMs?: number;
}

/** REPLICA_WAIT_MS and REPLICA_CHECK_MS by default. */
export const DEFAULT_REPLICA_TIMING = { waitMs: 1_000, checkMs: 1_000 };

/** Between two polls of a replica's replay while a request waits for it. */
const POLL_MS = 10;

interface Replica {
  name: string;
  url: string;
  up: boolean;
  /** What it had replayed at its last answer (never goes back). */
  replayed: Lsn;
  lagSeconds: number | null;
  lagBytes: number | null;
  client?: Promise<pg.Client>;
  /** The check in flight, shared by the timer and the requests waiting. */
  checking?: Promise<void>;
}

/**
 * What an error says of the server a statement ran on: lost (refused, cut, shutting down), or, on a
 * standby, only this statement cancelled by a conflict with its recovery.
 */
export type DatabaseFailure = 'lost' | 'conflict';

/** Node's and pg's words for a connection refused, cut or timed out. */
const CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH']);
const CONNECTION_MESSAGES = ['Connection terminated', 'Client has encountered a connection error', 'Connection ended'];

/** Whether an error (or what caused it, through GraphQL's and our wrappers) is a server failing as such. */
export function databaseFailure(error: unknown, depth = 0): DatabaseFailure | undefined {
  if (typeof error !== 'object' || error === null || depth > 5) return undefined;
  const { code, message, originalError, cause } = error as {
    code?: unknown;
    message?: unknown;
    originalError?: unknown;
    cause?: unknown;
  };
  if (typeof code === 'string') {
    // 08: connection exceptions; 57P01-57P03: the server shutting down or starting; 40001 on a standby:
    // "canceling statement due to conflict with recovery" (the replica is fine; the statement was not).
    if (CONNECTION_CODES.has(code) || code.startsWith('08') || /^57P0[1-3]$/.test(code)) return 'lost';
    if (code === '40001') return 'conflict';
  }
  if (typeof message === 'string' && CONNECTION_MESSAGES.some((words) => message.includes(words))) return 'lost';
  return databaseFailure(originalError, depth + 1) ?? databaseFailure(cause, depth + 1);
}

/** One connection of its own, bounded: a server that takes the connection and never answers fails the check. */
function connect(url: string, timeoutMs: number): Promise<pg.Client> {
  const client = new pg.Client({
    connectionString: url,
    connectionTimeoutMillis: timeoutMs,
    query_timeout: timeoutMs,
    keepAlive: true,
    application_name: 'portal replica check',
  });
  client.on('error', () => undefined);
  return client.connect().then(() => client);
}

/** Asks on a kept connection; a failure drops it, so a hung one is never asked again. */
async function ask<Row extends pg.QueryResultRow>(
  holder: { client?: Promise<pg.Client> },
  url: string,
  timeoutMs: number,
  text: string,
): Promise<Row> {
  holder.client ??= connect(url, timeoutMs);
  const pending = holder.client;
  try {
    const client = await pending;
    return (await client.query<Row>(text)).rows[0];
  } catch (error) {
    if (holder.client === pending) holder.client = undefined;
    void pending.then((client) => client.end()).catch(() => undefined);
    throw error;
  }
}

/**
 * How far a server has come, as text: a standby's replay, a primary's WAL as inserted (with
 * asynchronous commit a committed transaction's record may not be written yet: its insert position is
 * past it, its write position not always). The checks here and a request's answer (its position) read it.
 */
export const WAL_POSITION_SQL =
  '(case when pg_is_in_recovery() then pg_last_wal_replay_lsn() else pg_current_wal_insert_lsn() end)::text';

const REPLAY_SQL = `select ${WAL_POSITION_SQL} as lsn,
  case when not pg_is_in_recovery() or pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() then 0
       else coalesce(extract(epoch from now() - pg_last_xact_replay_timestamp()), 0) end::float8 as lag`;

export function startReadRouter(
  primaryUrl: string,
  replicaUrls: readonly string[],
  options: ReadRouterOptions,
): ReadRouter {
  const checkTimeoutMs = options.checkTimeoutMs ?? Math.max(500, options.checkMs);
  const replicas: Replica[] = replicaUrls.map((url, i) => ({
    name: `replica ${i + 1}`,
    url,
    // Until its first check, a replica is taken to answer: a read on it that fails is retried on the primary.
    up: true,
    replayed: 0n,
    lagSeconds: null,
    lagBytes: null,
  }));
  const primary: { client?: Promise<pg.Client>; position: Lsn; answers: boolean; checking?: Promise<Lsn> } = {
    position: 0n,
    answers: true,
  };
  /** What every read of this process must see: the primary's position when a change was last heard of. */
  let floor: Lsn = 0n;
  let floorPending: Promise<void> | undefined;
  let next = 0;
  let closed = false;

  function down(replica: Replica, why: string): void {
    if (replica.up) log.warn(`${replica.name} ${why}: out of rotation, its reads go elsewhere until it answers`);
    replica.up = false;
  }

  function check(replica: Replica): Promise<void> {
    replica.checking ??= ask<{ lsn: string; lag: number }>(replica, replica.url, checkTimeoutMs, REPLAY_SQL)
      .then(({ lsn, lag }) => {
        const replayed = parseLsn(lsn) ?? 0n;
        if (replayed > replica.replayed) replica.replayed = replayed;
        replica.lagSeconds = lag;
        replica.lagBytes = primary.position > replica.replayed ? Number(primary.position - replica.replayed) : 0;
        if (!replica.up && !closed) log.warn(`${replica.name} answers again: back in rotation`);
        replica.up = true;
      })
      .catch((error: unknown) => {
        down(replica, `does not answer (${error instanceof Error ? error.message : String(error)})`);
      })
      .finally(() => (replica.checking = undefined));
    return replica.checking;
  }

  /**
   * The primary's WAL as inserted: past every committed transaction's record, even one committed
   * asynchronously. Callers at the same moment share one question.
   */
  function primaryPosition(): Promise<Lsn> {
    primary.checking ??= askPrimary().finally(() => (primary.checking = undefined));
    return primary.checking;
  }

  async function askPrimary(): Promise<Lsn> {
    try {
      const { lsn } = await ask<{ lsn: string }>(
        primary,
        primaryUrl,
        checkTimeoutMs,
        `select ${WAL_POSITION_SQL} as lsn`,
      );
      const position = parseLsn(lsn) ?? 0n;
      if (position > primary.position) primary.position = position;
      if (!primary.answers) log.warn('the primary answers again');
      primary.answers = true;
      return position;
    } catch (error) {
      if (primary.answers)
        log.warn(
          `the primary does not answer (${error instanceof Error ? error.message : String(error)}): reads go on on the replicas`,
        );
      primary.answers = false;
      throw error;
    }
  }

  let timer: NodeJS.Timeout | undefined;
  async function checkAll(): Promise<void> {
    await primaryPosition().catch(() => undefined);
    await Promise.all(replicas.map(check));
    if (!closed) timer = setTimeout(() => void checkAll(), options.checkMs);
  }
  void checkAll();

  /** The next replica in turn among those in rotation that have replayed `needed`. */
  function ready(needed: Lsn): number | undefined {
    for (let k = 0; k < replicas.length; k += 1) {
      const i = (next + k) % replicas.length;
      if (replicas[i].up && replicas[i].replayed >= needed) {
        next = (i + 1) % replicas.length;
        return i;
      }
    }
    return undefined;
  }

  return {
    async choose(seen) {
      if (floorPending) await floorPending;
      // A caller's token past the primary's position is none it was given: it waits for no more than the primary has.
      let needed = seen > floor ? seen : floor;
      if (needed > primary.position && primary.answers)
        needed = await primaryPosition()
          .then((p) => (needed < p ? needed : p))
          .catch(() => needed);
      const deadline = performance.now() + options.waitMs;
      let found = ready(needed);
      while (found === undefined) {
        const waiting = replicas.filter((replica) => replica.up);
        if (!waiting.length || performance.now() >= deadline) return 'primary';
        await Promise.all(waiting.map(check));
        found = ready(needed);
        if (found === undefined) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
      }
      return found;
    },
    lost(i, error) {
      const replica = replicas.at(i);
      if (replica) down(replica, `failed a request (${error instanceof Error ? error.message : String(error)})`);
    },
    primaryChanged() {
      const pending: Promise<void> = primaryPosition()
        .then((position) => {
          if (position > floor) floor = position;
        })
        .catch(() => undefined)
        .finally(() => {
          if (floorPending === pending) floorPending = undefined;
        });
      floorPending = pending;
    },
    primaryAnswers: () => primary.answers,
    states: () => replicas.map(({ name, up, lagSeconds, lagBytes }) => ({ name, up, lagSeconds, lagBytes })),
    async close() {
      closed = true;
      clearTimeout(timer);
      // A check in flight may be connecting: let it end, then close what it opened.
      await Promise.all(replicas.map((replica) => replica.checking ?? Promise.resolve()));
      const clients = [primary, ...replicas].map((holder) => holder.client);
      await Promise.all(
        clients.map((client) => (client ? client.then((c) => c.end()).catch(() => undefined) : Promise.resolve())),
      );
    },
  };
}

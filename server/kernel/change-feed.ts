import pg from 'pg';
import { log } from './log.js';

// What a server process learns from PostgreSQL without asking per request: one connection of its own
// (not from the pool, which it would hold forever) LISTENs on the portal's channels, and the database
// NOTIFYs them at the commit of every write they cover (data_version_bump.sql, credentials_changed.sql).
// Whatever the process keeps from the database for those channels (the data's state, credentials, the
// unit tree) is kept under a mark, and served only while the mark holds: nothing was notified since,
// this process committed no write since, and the connection stayed up all along. While it is down,
// nothing holds and every request reads as if there were no feed; it reconnects with a backoff, and
// what was read before is never served again (notifications may have been missed meanwhile).

/** The channels, as the database functions name them. */
const CHANNELS = { data: 'crp_data', credentials: 'crp_credentials' } as const;
export type Channel = keyof typeof CHANNELS;

const FIRST_RETRY_MS = 100;
const MAX_RETRY_MS = 5_000;
const CONNECT_TIMEOUT_MS = 3_000;

export interface ChangeFeed {
  /** What is known of the channel now, for a read starting now; undefined while not listening (keep nothing). */
  mark: (channel: Channel) => number | undefined;
  /** Whether what was read under `mark` is still current: nothing changed since, and listening all along. */
  holds: (channel: Channel, mark: number | undefined) => boolean;
  /** This process committed a write: what it kept may be stale, at once (its next request must see the write). */
  changed: () => void;
  /** Whether the connection listens now (tests wait for it after killing it). */
  readonly listening: boolean;
  close: () => Promise<void>;
}

export interface ChangeFeedOptions {
  /** The pause before the first attempt to connect again (default 100 ms), doubling up to 5 s. */
  firstRetryMs?: number;
  log?: (line: string) => void;
  /** Told of every notification on a channel, as it arrives (the read router follows the primary's changes by it). */
  onNotified?: (channel: Channel) => void;
}

/** A feed that never listens: every request reads (the command line, and servers told not to listen). */
export const NO_FEED: ChangeFeed = {
  mark: () => undefined,
  holds: () => false,
  changed: () => undefined,
  listening: false,
  close: () => Promise.resolve(),
};

/**
 * Starts listening on `databaseUrl`; resolves once the first attempt succeeded or failed (a failed one
 * is retried in the background: the server works without it, reading per request).
 */
export async function startChangeFeed(databaseUrl: string, options: ChangeFeedOptions = {}): Promise<ChangeFeed> {
  const firstRetryMs = options.firstRetryMs ?? FIRST_RETRY_MS;
  // An outage and its end are both warnings: someone reading the log wants to know how long it lasted.
  const warn = options.log ?? ((line: string) => log.warn(line));
  // Bumped on every notification, local write and change of the connection: a mark is a count.
  const counts: Record<Channel, number> = { data: 0, credentials: 0 };
  const bump = (...channels: Channel[]) => channels.forEach((channel) => (counts[channel] += 1));
  let client: pg.Client | undefined;
  let listening = false;
  let closed = false;
  let retryMs = firstRetryMs;
  let timer: NodeJS.Timeout | undefined;
  /** Whether this connection replaces one lost (said when it listens). */
  let retried = false;

  function lost(which: pg.Client, error?: Error): void {
    if (which !== client) return;
    client = undefined;
    // Said once per outage (a connection lost, or the first attempt failing), not at every retry.
    if (listening || !retried)
      warn(
        `not listening for changes (${error?.message ?? 'connection ended'}): reading per request until reconnected`,
      );
    listening = false;
    bump('data', 'credentials');
    which.removeAllListeners();
    // An error after this (the socket's, once ended) must not be an unhandled 'error' event.
    which.on('error', () => undefined);
    void which.end().catch(() => undefined);
    if (!closed) {
      retried = true;
      timer = setTimeout(() => void connect(), retryMs);
      retryMs = Math.min(MAX_RETRY_MS, retryMs * 2);
    }
  }

  async function connect(): Promise<void> {
    timer = undefined;
    // TCP keepalive from 10 s of silence: a connection cut without a reset is found in minutes (the
    // system's probes), not the two hours of the system's default delay.
    // Bounded, as the server's start waits for the first attempt: a database that takes connections
    // and never answers leaves the server reading per request, not unable to start.
    const next = new pg.Client({
      connectionString: databaseUrl,
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
      connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
      query_timeout: CONNECT_TIMEOUT_MS,
    });
    client = next;
    next.on('error', (error) => lost(next, error));
    next.on('end', () => lost(next));
    next.on('notification', ({ channel }) => {
      const which = channel === CHANNELS.data ? 'data' : channel === CHANNELS.credentials ? 'credentials' : undefined;
      if (!which) return;
      bump(which);
      options.onNotified?.(which);
    });
    try {
      await next.connect();
      await next.query(`listen ${CHANNELS.data}; listen ${CHANNELS.credentials}`);
      if (client !== next || closed) return;
      // Anything read before now may have missed a notification: a new mark for everything.
      bump('data', 'credentials');
      listening = true;
      if (retried) warn('listening for changes again');
      retried = false;
      retryMs = firstRetryMs;
    } catch (error) {
      lost(next, error as Error);
    }
  }

  await connect();
  return {
    mark: (channel) => (listening ? counts[channel] : undefined),
    holds: (channel, mark) => listening && mark === counts[channel],
    changed: () => bump('data', 'credentials'),
    get listening() {
      return listening;
    },
    async close() {
      closed = true;
      listening = false;
      clearTimeout(timer);
      const last = client;
      client = undefined;
      if (last) {
        last.removeAllListeners();
        last.on('error', () => undefined);
        await last.end().catch(() => undefined);
      }
    },
  };
}

import pg from 'pg';
import { startReplicaOf, waitForReplay, type StreamingReplica } from '../support/replicated-postgres.js';
import type { ThrowawayPostgres } from '../support/throwaway-postgres.js';

// The portal's topologies that `npm run bench` measures in turn on one data set: how many server
// processes, and whether their reads go to streaming replicas of the bench's database.

export interface Topology {
  /** As written on the command line and printed: `2`, `2+replica`. */
  name: string;
  processes: number;
  replica: boolean;
}

/**
 * `--topology 1,2,2+replica`: each a PORTAL_PROCESSES count from 1 to 64, with `+replica` for reads on
 * the replicas; `--processes 1,2`, the same without replicas.
 */
export function parseTopologies(raw: string, option: '--topology' | '--processes'): Topology[] {
  return raw.split(',').map((item) => {
    const name = item.trim();
    const match = /^(\d+)(\+replica)?$/.exec(name);
    const processes = Number(match?.[1]);
    const replica = match?.[2] !== undefined;
    if (!match || processes < 1 || processes > 64 || (replica && option === '--processes'))
      throw new Error(
        option === '--topology'
          ? `--topology takes a comma-separated list, each a number of server processes from 1 to 64 and ` +
              `+replica after it for reads on a replica (such as 1,2,2+replica), not "${raw}"`
          : `--processes takes whole numbers from 1 to 64, comma-separated (a replica is asked for with ` +
              `--topology 2+replica), not "${raw}"`,
      );
    return { name, processes, replica };
  });
}

export interface BenchReplicas {
  /** The replicas' URLs of the data set's database (DATABASE_REPLICA_URLS), each caught up with the primary as of now. */
  caughtUp: () => Promise<string[]>;
  stop: () => Promise<void>;
}

/** Minutes, not the harness's seconds: a replica named by --replica-urls may be catching up on a data set just built. */
const REPLAY_TIMEOUT_MS = 30 * 60_000;

/**
 * Refuses, before anything is built, replicas that cannot be had: the bench makes a streaming replica
 * of its throwaway embedded PostgreSQL only, and of BENCH_DATABASE_URL's server uses the ones named by
 * `--replica-urls`.
 */
export function checkReplicaOptions(topologies: Topology[], external: boolean, replicaUrls: string[]): void {
  const wanted = topologies.some((topology) => topology.replica);
  if (wanted && external && replicaUrls.length === 0)
    throw new Error(
      'a +replica topology on BENCH_DATABASE_URL needs --replica-urls URL[,URL]: streaming replicas of that ' +
        'PostgreSQL (the bench makes a replica of its own embedded PostgreSQL only)',
    );
  if (replicaUrls.length > 0 && !external)
    throw new Error(
      '--replica-urls names replicas of BENCH_DATABASE_URL, which is unset: the bench makes a replica of its ' +
        'embedded PostgreSQL itself',
    );
  if (replicaUrls.length > 0 && !wanted)
    throw new Error('--replica-urls is for +replica topologies, and none was asked for (--topology 2+replica)');
}

/**
 * The replicas of the data set's database: a streaming replica of the throwaway embedded PostgreSQL,
 * made on the first call (a base backup of the data set, so not before a topology needs it), or the
 * replicas named for BENCH_DATABASE_URL's server, each first checked to be a standby.
 */
export function benchReplicas(
  postgres: ThrowawayPostgres,
  replicaUrls: string[],
  databaseUrl: string,
  log: (line: string) => void,
): BenchReplicas {
  const database = new URL(databaseUrl).pathname;
  const onDatabase = (url: string) => {
    const replica = new URL(url);
    replica.pathname = database;
    return replica.toString();
  };
  let made: Promise<StreamingReplica> | undefined;
  let checked: Promise<void> | undefined;
  const servers = async (): Promise<string[]> => {
    if (!postgres.embedded) {
      checked ??= assertStandbys(postgres.adminUrl, replicaUrls);
      await checked;
      return replicaUrls;
    }
    const { dataDir, settings } = postgres.embedded;
    made ??= (async () => {
      log('making a streaming replica of the embedded PostgreSQL (a copy of its data folder)');
      const started = performance.now();
      // Feedback: the portal's long reads are not cancelled by the replay of a vacuum on the primary.
      const replica = await startReplicaOf({ url: postgres.adminUrl, dataDir }, [
        ...settings,
        'hot_standby_feedback=on',
      ]);
      log(`replica streaming after ${((performance.now() - started) / 1000).toFixed(0)} s`);
      return replica;
    })();
    return [(await made).url()];
  };
  return {
    caughtUp: async () => {
      const urls = await servers();
      for (const url of urls) await waitForReplay(postgres.adminUrl, url, { timeoutMs: REPLAY_TIMEOUT_MS });
      return urls.map(onDatabase);
    },
    stop: async () => {
      await (await made?.catch(() => undefined))?.remove();
    },
  };
}

/**
 * Each URL answers as a hot standby of the primary's cluster (`pg_is_in_recovery()`, the same
 * `system_identifier`); named by position, not echoed (it may hold a password).
 */
async function assertStandbys(primaryUrl: string, urls: string[]): Promise<void> {
  const primary = await systemOf(primaryUrl);
  for (const [index, url] of urls.entries()) {
    const replica = await systemOf(url).catch((error: unknown) => {
      throw new Error(`--replica-urls: replica ${index + 1} does not answer: ${(error as Error).message}`);
    });
    if (!replica.standby)
      throw new Error(`--replica-urls: replica ${index + 1} is not a standby (pg_is_in_recovery() is false)`);
    if (replica.system !== primary.system)
      throw new Error(`--replica-urls: replica ${index + 1} is a copy of another cluster than BENCH_DATABASE_URL's`);
  }
}

async function systemOf(url: string): Promise<{ standby: boolean; system: string }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ standby: boolean; system: string }>(
      'select pg_is_in_recovery() as standby, system_identifier::text as system from pg_control_system()',
    );
    return rows[0];
  } finally {
    await client.end();
  }
}

import type { MikroORM } from '@mikro-orm/postgresql';
import { sql } from 'kysely';
import { pendingMigrations } from '../../../db/migrate.js';
import { log } from '../../kernel/log.js';
import type { ReplicaState } from '../../kernel/replicas.js';

// Whether this server process can serve: its pool answers a statement, and the database has every
// migration this code expects (a deployment with MIGRATE_ON_START=false may start it before
// `npm run migrate`). A probe never hangs: it answers "not ready" when the checks take longer than
// the timeout, and probes that come while one runs share it, so a database that stopped answering
// does not pile statements up in the pool. A check still running after ABANDON_AFTER_MS is given up
// (a statement on a connection a server accepted and then stopped answering waits for ever), so a
// database that answers again is seen by the next probe. With read replicas, a primary that does not
// answer while a replica does leaves the process ready for reads only (a failover under way).

export interface Readiness {
  ready: boolean;
  /**
   * Ready for reads only: the primary does not answer, but a read replica in rotation does (a
   * failover under way). Still ready — a balancer keeps sending the reads, which go on — and said so.
   */
  readsOnly?: boolean;
  /** What is not ready, in words an operator acts on; no address or database message (those are logged). */
  reason?: string;
  database: 'ok' | 'unavailable';
  migrations: 'ok' | 'pending' | 'unknown';
  /**
   * Each read replica as the read router last found it (in rotation or not, its lag); a replica out of
   * rotation costs capacity, not readiness: its reads go elsewhere.
   */
  replicas: { name: string; ready: boolean; lagSeconds: number | null }[];
}

export const READINESS_TIMEOUT_MS = 2_000;
const ABANDON_AFTER_MS = 30_000;

/** Not ready because the database could not be asked: nothing is known of the migrations. */
const unavailable = (reason: string): Readiness => ({
  ready: false,
  reason,
  database: 'unavailable',
  migrations: 'unknown',
  replicas: [],
});

export function readinessProbe(
  orm: MikroORM,
  timeoutMs = READINESS_TIMEOUT_MS,
  replicaStates: () => ReplicaState[] = () => [],
): () => Promise<Readiness> {
  const replicas = () => replicaStates().map(({ name, up, lagSeconds }) => ({ name, ready: up, lagSeconds }));
  /** The primary did not answer: ready for reads while a replica is in rotation, else not ready. */
  const withoutPrimary = (reason: string): Readiness => {
    const states = replicas();
    return states.some((replica) => replica.ready)
      ? { ...unavailable(`${reason}: reads only, on the replicas`), ready: true, readsOnly: true, replicas: states }
      : { ...unavailable(reason), replicas: states };
  };
  // Migrations are never un-applied under a running server: once none is pending, that is not asked again.
  let migrated = false;
  let running: { check: Promise<Readiness>; since: number } | undefined;

  async function check(): Promise<Readiness> {
    try {
      await sql`select 1`.execute(orm.em.fork().getKysely());
    } catch (error) {
      log.warn({ err: error }, 'readiness: the database did not answer');
      return withoutPrimary('the database does not answer');
    }
    if (!migrated) {
      const pending = await pendingMigrations(orm);
      if (pending.length)
        return {
          ready: false,
          reason: `${pending.length} migration(s) pending: run npm run migrate`,
          database: 'ok',
          migrations: 'pending',
          replicas: replicas(),
        };
      migrated = true;
    }
    return { ready: true, database: 'ok', migrations: 'ok', replicas: replicas() };
  }

  return async () => {
    if (!running || Date.now() - running.since > ABANDON_AFTER_MS) {
      const started: { check: Promise<Readiness>; since: number } = {
        since: Date.now(),
        check: check().finally(() => {
          if (running === started) running = undefined;
        }),
      };
      running = started;
    }
    const { check: current } = running;
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<Readiness>((resolve) => {
      timer = setTimeout(
        () => resolve(withoutPrimary(`the database did not answer within ${timeoutMs} ms`)),
        timeoutMs,
      );
    });
    try {
      return await Promise.race([current, late]);
    } catch (error) {
      log.warn({ err: error }, 'readiness: the check failed');
      return withoutPrimary('the readiness check failed');
    } finally {
      clearTimeout(timer);
    }
  };
}

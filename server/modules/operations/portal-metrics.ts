import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { Kind } from 'graphql';
import type { Pool } from 'pg';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { log } from '../../kernel/log.js';
import type { ReplicaState } from '../../kernel/replicas.js';
import type { MeasureCache } from '../metrics/index.js';
import { operationLabel } from './client-operations.js';

// The Prometheus metrics of one server (not the domain's metrics of modules/metrics): a registry of
// its own, so two servers in one process (tests) never count into each other. With several server
// processes each keeps its own and /metrics adds them up (cluster-metrics.ts). Every label has a
// bounded set of values: operations the client sends or `other`, error codes of the error table.

export interface PortalMetrics {
  registry: Registry;
  /** Times every GraphQL operation and counts its errors by code. */
  plugin: <T extends BaseContext>() => ApolloServerPlugin<T>;
  /** Each pg pool (the primary's, a replica's), once the ORM has made it: its use is read at each scrape. */
  watchPool: (pool: Pool, server: string) => void;
  /** The read replicas' states (the read router's), read at each scrape. */
  watchReplicas: (states: () => ReplicaState[]) => void;
}

/** Up to the request's 10 s budget and past it (the budget's cancellation takes a moment). */
const DURATION_BUCKETS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 15];

/** A code as the error table writes them (`FORBIDDEN`, `GRAPHQL_VALIDATION_FAILED`); anything else is folded. */
const codeLabel = (code: unknown) => (typeof code === 'string' && /^[A-Z_]{1,40}$/.test(code) ? code : 'OTHER');

export function createPortalMetrics(measureCache: MeasureCache): PortalMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const durations = new Histogram({
    name: 'portal_graphql_duration_seconds',
    help: 'GraphQL operations from receipt to answer, by operation name (the client’s; `other` for the rest)',
    labelNames: ['operation'],
    buckets: DURATION_BUCKETS,
    registers: [registry],
  });
  const errors = new Counter({
    name: 'portal_graphql_errors_total',
    help: 'Errors in GraphQL answers, by the code a client sees',
    labelNames: ['code'],
    registers: [registry],
  });
  const pools = new Map<string, Pool>();
  // Labelled with the process, so that the sum over server processes keeps each one's pool apart, and
  // with the server the pool connects to (`primary`, `replica 1`, …).
  const pid = String(process.pid);
  new Gauge({
    name: 'portal_db_pool_connections',
    help: 'Connections of this server process’s PostgreSQL pools, by server: open (total), idle, and requests waiting for one',
    labelNames: ['process', 'server', 'state'],
    registers: [registry],
    collect() {
      for (const server of ['primary', ...pools.keys()].filter((name, i, all) => all.indexOf(name) === i)) {
        const pool = pools.get(server);
        this.set({ process: pid, server, state: 'total' }, pool?.totalCount ?? 0);
        this.set({ process: pid, server, state: 'idle' }, pool?.idleCount ?? 0);
        this.set({ process: pid, server, state: 'waiting' }, pool?.waitingCount ?? 0);
      }
    },
  });
  // Per replica, by its name (`replica 1`), never its address. Over several server processes each
  // checks every replica itself: the lag is the largest any process saw, `up` the smallest.
  let replicas: () => ReplicaState[] = () => [];
  new Gauge({
    name: 'portal_db_replica_lag_seconds',
    help: 'Seconds a read replica is behind the last transaction it received from the primary (0 when it has replayed all it received), at its last check',
    labelNames: ['replica'],
    aggregator: 'max',
    registers: [registry],
    collect() {
      this.reset();
      for (const { name, lagSeconds } of replicas()) if (lagSeconds !== null) this.set({ replica: name }, lagSeconds);
    },
  });
  new Gauge({
    name: 'portal_db_replica_lag_bytes',
    help: 'Bytes of WAL between the primary’s position and a read replica’s replay, at its last check',
    labelNames: ['replica'],
    aggregator: 'max',
    registers: [registry],
    collect() {
      this.reset();
      for (const { name, lagBytes } of replicas()) if (lagBytes !== null) this.set({ replica: name }, lagBytes);
    },
  });
  new Gauge({
    name: 'portal_db_replica_up',
    help: '1 while a read replica is in rotation (its last check answered), else 0',
    labelNames: ['replica'],
    aggregator: 'min',
    registers: [registry],
    collect() {
      this.reset();
      for (const { name, up } of replicas()) this.set({ replica: name }, up ? 1 : 0);
    },
  });
  for (const [name, which] of [
    ['portal_measure_cache_hits_total', 'hits'],
    ['portal_measure_cache_misses_total', 'misses'],
  ] as const) {
    new Counter({
      name,
      help: `Lookups of the cache of measures (per scope and group of measures): ${which}`,
      registers: [registry],
      collect() {
        // The cache counts; the counter shows its count at the scrape.
        this.reset();
        this.inc(measureCache.counts()[which]);
      },
    });
  }

  return {
    registry,
    watchPool: (created, server) => pools.set(server, created),
    watchReplicas: (states) => (replicas = states),
    plugin: () => ({
      requestDidStart({ request }) {
        const start = performance.now();
        return Promise.resolve({
          willSendResponse({ operationName, document, response }) {
            // A document that failed validation still names its operation; one that failed to parse does not.
            const named = document?.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
            const operation = operationLabel(operationName ?? request.operationName ?? named?.name?.value);
            durations.observe({ operation }, (performance.now() - start) / 1000);
            const codes =
              response.body.kind === 'single'
                ? (response.body.singleResult.errors ?? []).map((error) => codeLabel(error.extensions?.code))
                : [];
            for (const code of codes) errors.inc({ code });
            // The codes, not the messages: a message names the units and values a caller asked about.
            if (codes.length) log.info({ operation, codes }, 'graphql answered with errors');
            return Promise.resolve();
          },
        });
      },
    }),
  };
}

import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { Kind } from 'graphql';
import type { Pool } from 'pg';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { log } from '../../kernel/log.js';
import type { MeasureCache } from '../metrics/index.js';
import { operationLabel } from './client-operations.js';

// The Prometheus metrics of one server (not the domain's metrics of modules/metrics): a registry of
// its own, so two servers in one process (tests) never count into each other. With several server
// processes each keeps its own and /metrics adds them up (cluster-metrics.ts). Every label has a
// bounded set of values: operations the client sends or `other`, error codes of the error table.
// Replica lag (a gauge per replica) joins them when replicas exist.

export interface PortalMetrics {
  registry: Registry;
  /** Times every GraphQL operation and counts its errors by code. */
  plugin: <T extends BaseContext>() => ApolloServerPlugin<T>;
  /** The pg pool, once the ORM has made it: its use is read at each scrape. */
  watchPool: (pool: Pool) => void;
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
  let pool: Pool | undefined;
  // Labelled with the process, so that the sum over server processes keeps each one's pool apart.
  const pid = String(process.pid);
  new Gauge({
    name: 'portal_db_pool_connections',
    help: 'Connections of this server process’s PostgreSQL pool: open (total), idle, and requests waiting for one',
    labelNames: ['process', 'state'],
    registers: [registry],
    collect() {
      this.set({ process: pid, state: 'total' }, pool?.totalCount ?? 0);
      this.set({ process: pid, state: 'idle' }, pool?.idleCount ?? 0);
      this.set({ process: pid, state: 'waiting' }, pool?.waitingCount ?? 0);
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
    watchPool: (created) => (pool = created),
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

import type { MikroORM } from '@mikro-orm/postgresql';
import { Router } from 'express';
import { log } from '../../kernel/log.js';
import type { ReadRouter } from '../../kernel/replicas.js';
import { clusterMetricsOf } from './cluster-metrics.js';
import { metricsAccess, type MetricsAccessSettings } from './metrics-access.js';
import type { PortalMetrics } from './portal-metrics.js';
import { readinessProbe } from './readiness.js';

// What an operator and a monitoring system ask of a server process: whether it lives (/healthz, no
// database), whether it can serve (/readyz), and its metrics (/metrics, to allowed callers only).
// None needs a user's credentials and none says anything of the data.

export interface OperationsRoutes {
  router: Router;
  /** Stops answering the primary's requests for metrics (the server is closing). */
  stop: () => void;
}

export function operationsRoutes(
  orm: MikroORM,
  metrics: PortalMetrics,
  access: MetricsAccessSettings,
  /** The read router, when the server has replicas: their states in /readyz and /metrics. */
  replicas?: ReadRouter,
): OperationsRoutes {
  const router = Router();
  const ready = readinessProbe(orm, undefined, replicas?.states);
  if (replicas) metrics.watchReplicas(replicas.states);
  const mayRead = metricsAccess(access);
  const cluster = clusterMetricsOf(metrics.registry);
  const noStore = { 'cache-control': 'no-store' };

  router.get('/healthz', (_req, res) => {
    res.set(noStore).json({ status: 'ok' });
  });
  router.get('/readyz', async (_req, res) => {
    const readiness = await ready();
    const { ready: isReady, readsOnly, ...body } = readiness;
    res
      .status(isReady ? 200 : 503)
      .set(noStore)
      .json({ status: isReady ? (readsOnly ? 'reads only' : 'ready') : 'not ready', ...body });
  });
  router.get('/metrics', async (req, res) => {
    // req.ip is the client's address as `trust proxy` reads it: behind a proxy on loopback, the
    // socket's address would let every client of the proxy in.
    if (!mayRead(req.ip, req.headers.authorization)) {
      res.status(403).set(noStore).type('text/plain').send('forbidden\n');
      return;
    }
    try {
      const text = cluster ? await cluster.ask() : await metrics.registry.metrics();
      res.set(noStore).type(metrics.registry.contentType).send(text);
    } catch (error) {
      log.error({ err: error }, 'metrics could not be collected');
      res.status(503).set(noStore).type('text/plain').send('metrics unavailable\n');
    }
  });
  return { router, stop: () => cluster?.stop() };
}

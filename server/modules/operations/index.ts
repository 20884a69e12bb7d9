// Operating the portal: liveness, readiness and Prometheus metrics of each server process (summed
// over a cluster's processes by its primary), and the request log that names every request.
export { answerMetricsAsk } from './cluster-metrics.js';
export { CLIENT_OPERATIONS } from './client-operations.js';
export {
  DEFAULT_METRICS_ALLOW,
  MIN_METRICS_TOKEN_LENGTH,
  parseAllowList,
  type MetricsAccessSettings,
} from './metrics-access.js';
export { operationsRoutes } from './operations.routes.js';
export { createPortalMetrics, type PortalMetrics } from './portal-metrics.js';
export { requestLog, resumeRequestLog } from './request-log.js';

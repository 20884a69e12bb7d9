import type { RequestHandler } from 'express';
import { log, requestIdFrom, withRequestId } from '../../kernel/log.js';

// Every HTTP request gets an id (the caller's `x-request-id` when it is short and plain, a new UUID
// otherwise), sent back in the same header, carried by every log line written while it runs, and one
// line when it ends: method, path (never the query string or a header), status and duration.
// Probes (/healthz, /readyz, /metrics) end at debug level, so a scraper's every few seconds do not
// drown the log.

const PROBES = new Set(['/healthz', '/readyz', '/metrics']);

/** The first middleware: names the request and logs its end. */
export function requestLog(): RequestHandler {
  return (req, res, next) => {
    const requestId = requestIdFrom(req.headers['x-request-id']);
    res.locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);
    const start = performance.now();
    res.once('close', () => {
      const path = req.originalUrl.split('?')[0];
      const line = {
        method: req.method,
        path,
        status: res.statusCode,
        ms: Math.round(performance.now() - start),
        ...(res.writableFinished ? {} : { aborted: true }),
      };
      withRequestId(requestId, () => {
        // A probe's 503 is its answer (not ready), not the server's failure: debug like the others.
        if (PROBES.has(path)) log.debug(line, 'request');
        else if (res.statusCode >= 500) log.error(line, 'request');
        else log.info(line, 'request');
      });
    });
    withRequestId(requestId, next);
  };
}

/**
 * After a body is read: async context does not follow stream events, so the middleware after a body
 * parser would run outside the request's id; this puts it back.
 */
export const resumeRequestLog: RequestHandler = (_req, res, next) => {
  const requestId = res.locals.requestId as string | undefined;
  if (requestId === undefined) next();
  else withRequestId(requestId, next);
};

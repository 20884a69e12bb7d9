import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { pino } from 'pino';

// The portal's log: one JSON line per event on standard output (pino), so a log shipper reads it
// without parsing prose. A request's id is carried by async context rather than handed to each
// caller: every line written while a request runs carries it — Apollo's error formatter, a report
// download's failure, a module's warning — without any of them taking a logger argument.

const request = new AsyncLocalStorage<string>();

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
/**
 * `LOG_LEVEL`, read here because the log exists before the settings are read (config.ts checks it and
 * refuses a level it does not know, which the log meanwhile takes as info).
 */
const level = LOG_LEVELS.find((known) => known === process.env.LOG_LEVEL?.trim()) ?? 'info';

export const log = pino({
  level,
  base: { pid: process.pid },
  timestamp: pino.stdTimeFunctions.isoTime,
  // "info", not 30: a reader of the raw line (or of `grep`) should not need pino's table of numbers.
  formatters: { level: (label) => ({ level: label }) },
  mixin: () => {
    const requestId = request.getStore();
    return requestId === undefined ? {} : { requestId };
  },
  // Secrets never reach the log, whatever object a caller hands over (a request, its headers, an error
  // carrying its input): the paths pino knows to look in, censored in place.
  redact: {
    paths: [
      'req.headers.authorization',
      'req.headers.cookie',
      'headers.authorization',
      'headers.cookie',
      'password',
      '*.password',
      'token',
      '*.token',
      'variables.password',
      'variables.newPassword',
    ],
    censor: '[redacted]',
  },
});

/** An incoming id is kept only if it is short and plain, so it cannot forge log fields or fill the log. */
const SAFE_ID = /^[A-Za-z0-9._:-]{1,64}$/;

/** The request's id: the caller's `x-request-id` when it is safe, a new UUID otherwise. */
export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && SAFE_ID.test(header) ? header : randomUUID();
}

/** Runs `work` (and everything it starts) as part of the request `requestId`. */
export function withRequestId<T>(requestId: string, work: () => T): T {
  return request.run(requestId, work);
}

/** The id of the request running now, if any. */
export function currentRequestId(): string | undefined {
  return request.getStore();
}

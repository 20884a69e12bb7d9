import type { RequestHandler } from 'express';
import { withQuerySignal } from '../../../db/query-signal.js';
import { DomainError } from '../../errors.js';

/** What a request whose time budget is spent answers. */
export function timeoutError(budgetMs: number): DomainError {
  return new DomainError(
    'TIMEOUT',
    `the figures asked for took longer than ${budgetMs / 1000} s to compute and were cancelled: ` +
      'narrow the period, ask for fewer units or a higher level, or filter by at most one of channel, line and category',
  );
}

/**
 * Gives every request a signal that aborts when its time budget is spent or its client disconnects;
 * every statement the request runs is cancelled in PostgreSQL then (db/query-signal.ts). A response
 * that has been sent is never aborted.
 */
export function requestBudget(budgetMs: number): RequestHandler {
  return (req, res, next) => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(timeoutError(budgetMs)), budgetMs);
    res.on('close', () => {
      clearTimeout(timer);
      if (!res.writableFinished)
        controller.abort(new DomainError('CANCELLED', `the client of ${req.method} ${req.originalUrl} disconnected`));
    });
    withQuerySignal(controller.signal, next);
  };
}

import { AsyncLocalStorage } from 'node:async_hooks';

// The signal of the work a statement is part of (an HTTP request), carried implicitly so that every
// statement of that work, however deep, is cancelled in PostgreSQL when the work is abandoned: its
// client has gone, or its time budget is spent. Without it a statement runs on after nobody waits.

const current = new AsyncLocalStorage<AbortSignal>();

/** Runs `work` (and everything it starts) under `signal`. */
export function withQuerySignal<T>(signal: AbortSignal, work: () => T): T {
  return current.run(signal, work);
}

/** The signal of the work running now, if any. */
export function querySignal(): AbortSignal | undefined {
  return current.getStore();
}

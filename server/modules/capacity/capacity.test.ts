import { describe, expect, it } from 'vitest';
import { withQuerySignal } from '../../../db/query-signal.js';
import { createCapacity, DEFAULT_CAPACITY } from './capacity.js';

const tick = () => new Promise((resolve) => setTimeout(resolve, 10));

/** A statement that runs until released, counting how many run at once. */
function gate() {
  let running = 0;
  let most = 0;
  const waiting: (() => void)[] = [];
  return {
    statement: () =>
      new Promise<void>((resolve) => {
        running += 1;
        most = Math.max(most, running);
        waiting.push(() => {
          running -= 1;
          resolve();
        });
      }),
    get most() {
      return most;
    },
    get started() {
      return waiting.length;
    },
    releaseAll: () => waiting.splice(0).forEach((release) => release()),
  };
}

/** Releases what runs until nothing more starts. */
async function drain(g: ReturnType<typeof gate>) {
  while (g.started > 0) {
    g.releaseAll();
    await tick();
  }
}

describe('capacity', () => {
  it('adds up a request’s price and refuses it past the limit, naming the rows and what to narrow', () => {
    const work = createCapacity({ ...DEFAULT_CAPACITY, maxCost: 1_000_000 }).begin('user:1');
    work.charge(600_000, 'these figures');
    expect(() => work.charge(500_000, 'these figures')).toThrow(
      'these figures would read about 1.1 million rows, more than the 1.0 million one request may: narrow the period',
    );
    // another request starts afresh
    expect(() =>
      createCapacity({ ...DEFAULT_CAPACITY, maxCost: 1_000_000 })
        .begin('user:1')
        .charge(900_000, 'x'),
    ).not.toThrow();
  });

  it('runs at most STATEMENTS_PER_REQUEST of a request’s statements at once', async () => {
    const work = createCapacity({ ...DEFAULT_CAPACITY, statementsPerRequest: 2 }).begin('user:1');
    const g = gate();
    const all = Promise.all([1, 2, 3, 4, 5].map(() => work.run(10, g.statement)));
    await tick();
    expect(g.started).toBe(2);
    await drain(g);
    await all;
    expect(g.most).toBe(2);
  });

  it('runs heavy statements one at a time per user and HEAVY_CONCURRENCY at a time per process', async () => {
    const capacity = createCapacity({ ...DEFAULT_CAPACITY, heavyCost: 100, heavyConcurrency: 2 });
    const [a, b, c] = ['user:1', 'user:2', 'user:3'].map((caller) => capacity.begin(caller));
    const g = gate();
    const all = Promise.all([a, a, b, c].map((work) => work.run(1_000, g.statement)));
    await tick();
    // user 1's second waits for its first; of users 2 and 3 one runs beside user 1, one waits
    expect(g.started).toBe(2);
    expect(capacity.heavy).toEqual({ running: 2, waiting: 1 });
    await drain(g);
    await all;
    expect(g.most).toBe(2);
  });

  it('gives up a queued statement when its request’s signal aborts, with the signal’s reason', async () => {
    const capacity = createCapacity({ ...DEFAULT_CAPACITY, heavyCost: 0, heavyConcurrency: 1 });
    const g = gate();
    const first = capacity.begin('user:1').run(1, g.statement);
    const controller = new AbortController();
    const queued = withQuerySignal(controller.signal, () => capacity.begin('user:2').run(1, g.statement));
    await tick();
    controller.abort(new Error('the budget is spent'));
    await expect(queued).rejects.toThrow('the budget is spent');
    g.releaseAll();
    await first;
    expect(g.most).toBe(1);
  });
});

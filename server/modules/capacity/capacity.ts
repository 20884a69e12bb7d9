import PQueue from 'p-queue';
import { querySignal } from '../../../db/query-signal.js';
import { DomainError } from '../../errors.js';

// How much database work one request may cause, and how heavy work shares the machine. Three bounds
// work together: a price, charged before a statement runs (a request asking for more than it may is
// refused before anything runs); a time budget (the request's signal: its statements are cancelled in
// PostgreSQL when it is spent or its client goes); and lanes, so that heavy statements queue behind a
// few at a time per process and one at a time per user, and any request runs only a few statements
// at once, while light ones (sign-in, `me`, a card) never wait behind them for a connection.

export interface CapacitySettings {
  /** `QUERY_BUDGET_MS`: a request's time for its database work, after which its statements are cancelled. */
  budgetMs: number;
  /** `MAX_REQUEST_COST`: the most one request may ask for, in cost units (about one row read each). */
  maxCost: number;
  /** `HEAVY_COST`: a statement priced above this runs in the heavy lanes. */
  heavyCost: number;
  /** `HEAVY_CONCURRENCY`: heavy statements running at once in one process (each user: one at a time). */
  heavyConcurrency: number;
  /**
   * `STATEMENTS_PER_REQUEST`: a request's measuring statements running at once, so that one request
   * (a report asks for dozens of figures together) never takes the whole connection pool (10).
   */
  statementsPerRequest: number;
}

export const DEFAULT_CAPACITY: CapacitySettings = {
  budgetMs: 10_000,
  maxCost: 20_000_000,
  heavyCost: 200_000,
  heavyConcurrency: 2,
  statementsPerRequest: 3,
};

/** A request's account of work: what it asked for so far, and where its statements run. */
export interface Work {
  /** Adds a statement's price to the request's; TOO_EXPENSIVE, naming what to narrow, past the limit. */
  charge: (cost: number, what: string) => void;
  /** Runs a statement of the price given: at once when light, in the heavy lanes otherwise. */
  run: <T>(cost: number, statement: () => Promise<T>) => Promise<T>;
}

/** The command line's work: an operator at the machine, neither priced nor queued. */
export const UNBOUNDED_WORK: Work = {
  charge: () => {
    // nothing is priced: no limit to reach
  },
  run: (_cost, statement) => statement(),
};

export interface Capacity {
  readonly settings: CapacitySettings;
  /** A new request's account, for one caller (a user, or the address of an anonymous one). */
  begin: (caller: string) => Work;
  /** Heavy statements running and waiting now (for tests and, later, metrics). */
  readonly heavy: { running: number; waiting: number };
}

const million = (n: number) => (n / 1_000_000).toFixed(1);

export function createCapacity(settings: CapacitySettings): Capacity {
  const shared = new PQueue({ concurrency: settings.heavyConcurrency });
  const perCaller = new Map<string, PQueue>();

  function laneOf(caller: string): PQueue {
    let lane = perCaller.get(caller);
    if (!lane) {
      lane = new PQueue({ concurrency: 1 });
      perCaller.set(caller, lane);
      const own = lane;
      own.on(
        'idle',
        () => perCaller.get(caller) === own && own.size === 0 && own.pending === 0 && perCaller.delete(caller),
      );
    }
    return lane;
  }

  return {
    settings,
    get heavy() {
      return { running: shared.pending, waiting: shared.size };
    },
    begin(caller) {
      let spent = 0;
      const own = new PQueue({ concurrency: settings.statementsPerRequest });
      return {
        charge(cost, what) {
          spent += cost;
          if (spent > settings.maxCost) {
            throw new DomainError(
              'TOO_EXPENSIVE',
              `${what} would read about ${million(spent)} million rows, more than the ${million(settings.maxCost)} million one request may: ` +
                'narrow the period, ask for fewer units or a higher level, or filter by at most one of channel, line and category',
            );
          }
        },
        async run(cost, statement) {
          const signal = querySignal();
          const heavy = () => laneOf(caller).add(() => shared.add(statement, { signal }), { signal });
          try {
            return await own.add(cost <= settings.heavyCost ? statement : heavy, { signal });
          } catch (error) {
            // Aborted while queued: the reason (the budget spent, the client gone) says why, not p-queue's AbortError.
            throw signal?.aborted ? signal.reason : error;
          }
        },
      };
    },
  };
}

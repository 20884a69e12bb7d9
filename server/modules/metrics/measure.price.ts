import { sql } from 'kysely';
import { rows, type Db } from '../../../db/sql.js';
import type { MeasureRequest } from './measure.repository.js';
import type { MeasureGroup } from './measure-catalog.repository.js';

// What a batch of measures costs, in rows read, estimated before it runs (see modules/capacity): the
// request is charged with it, refused when it asks for too much, and queued when it is heavy.

/** Each scope's own bookkeeping: its subtree, its partly covered months, its asOf corrections. */
const PER_SCOPE = 50;

/**
 * What a scope read from the records costs beyond its complaints, in rows: measured on `npm run
 * bench`'s 10M data set, a statement of hundreds of small scopes (a county ranking) costs far more per
 * scope than its complaints say — 653 counties' 5 million complaints ran over two minutes, while two
 * scopes' 17.5 million took 45 s.
 */
export const RECORDS_PER_SCOPE = 30_000;

/** Calendar months a period touches (2013-01-31..2013-02-01 touches two). */
export function monthsTouched(from: string, to: string): number {
  const month = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));
  return month(to) - month(from) + 1;
}

/**
 * From the rollups: a row per month and assessed flag of each scope — per value, for a filter read from
 * the slices of its one dimension (`values` of them) — plus its bookkeeping.
 */
export function rollupCost(requests: readonly MeasureRequest[], values = 1): number {
  // Worked out again only when the period changes: a county ranking's 5,040 scopes come as two runs.
  let cost = 0;
  let period = { from: '', to: '', touched: 0 };
  for (const { from, to } of requests) {
    if (from !== period.from || to !== period.to) period = { from, to, touched: monthsTouched(from, to) };
    cost += 2 * values * period.touched + PER_SCOPE;
  }
  return cost;
}

/**
 * From the records: the complaints each statement would read, which the rollups count cheaply (on the
 * latest tree, close enough for a price) — received in each scope's period, or for a stock every one
 * received up to the period's end — and RECORDS_PER_SCOPE for each of its scopes. One statement for
 * them all, reading at most their `rollupCost`.
 */
export async function recordsCost(
  db: Db,
  statements: readonly { requests: readonly MeasureRequest[]; groups: readonly MeasureGroup[] }[],
): Promise<number[]> {
  const scopes = statements.flatMap(({ requests, groups }, k) =>
    requests.map((r) => ({ k, r, stock: groups.includes('stock') })),
  );
  const found = await rows(
    db,
    sql<{ k: number; n: number }>`select q.k, coalesce(sum(r.complaints), 0)::float8 as n
      from unnest(${scopes.map((s) => s.k)}::int[], ${scopes.map((s) => s.r.rootId)}::int[], ${scopes.map((s) => s.r.from)}::date[],
        ${scopes.map((s) => s.r.to)}::date[], ${scopes.map((s) => s.stock)}::boolean[]) q(k, root, f, t, stock)
      left join complaint_rollup r on r.ancestor_id = q.root and r.month <= q.t
        and (q.stock or r.month >= date_trunc('month', q.f)::date)
      group by q.k`,
  );
  const byStatement = new Map(found.map((row) => [row.k, row.n]));
  return statements.map(({ requests }, k) => (byStatement.get(k) ?? 0) + RECORDS_PER_SCOPE * requests.length);
}

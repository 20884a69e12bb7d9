import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from './database.js';
import { querySignal } from './query-signal.js';

/**
 * What repositories run SQL on: the request's Kysely instance, bound to MikroORM's connection (and
 * to its transaction, when there is one), typed by every table's row (db/database.ts, generated from
 * the migrated schema). Queries are written with Kysely's `sql` tag, so every value is a bound
 * parameter and arrays travel as PostgreSQL arrays; a row a raw query returns is declared beside it.
 */
export type Db = Kysely<DB>;

/**
 * Rows of a raw query. Under a work's signal (see query-signal.ts), an abort cancels the statement in
 * PostgreSQL (`pg_cancel_backend`) and rejects with the signal's reason.
 */
export async function rows<Row>(db: Db, query: RawBuilder<Row>): Promise<Row[]> {
  const signal = querySignal();
  return (await query.execute(db, signal ? { signal, inflightQueryAbortStrategy: 'cancel query' } : undefined)).rows;
}

/**
 * Integers as an `int[]` parameter, sent as PostgreSQL's array text (`{1,2,3}`). pg encodes a JS array
 * element by element, quoting and escaping each (two regular expressions apiece): 0.4–0.5 ms of a
 * county ranking's CPU for its 2,520 unit ids, against 0.05 joined. Anything but integers in the list
 * makes a literal PostgreSQL refuses, never another list.
 */
export function intArray(ids: readonly number[]): RawBuilder<number[]> {
  return sql<number[]>`${`{${ids.join(',')}}`}::int[]`;
}

/** An instant column as ISO 8601 in UTC with milliseconds (`2013-01-04T17:30:00.000Z`). */
export function isoInstant(column: string): RawBuilder<string> {
  return sql<string>`to_char(${sql.ref(column)} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}

/** A date column as `YYYY-MM-DD`. */
export function isoDate(column: string): RawBuilder<string> {
  return sql<string>`to_char(${sql.ref(column)}, 'YYYY-MM-DD')`;
}

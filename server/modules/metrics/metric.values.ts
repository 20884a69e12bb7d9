import type { Db } from '../../../db/sql.js';
import { measure, type MeasureFilter, type MeasureRequest } from './measure.repository.js';
import { METRICS, type MetricKey } from './metric-registry.js';

/**
 * One metric for many scopes, in request order: one statement for all of them, then the registry's
 * pure computation. Rankings, trends and single values all go through here.
 */
export async function metricValues(
  db: Db,
  key: MetricKey,
  requests: readonly MeasureRequest[],
  filter: MeasureFilter = {},
): Promise<(number | null)[]> {
  const definition = METRICS[key];
  const measures = await measure(db, requests, filter, definition.needs);
  return measures.map((m) => definition.compute(m));
}

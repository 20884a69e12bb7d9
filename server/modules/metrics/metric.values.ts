import type { Context } from '../../graphql/context.js';
import type { MeasureFilter, MeasureRequest } from './measure.repository.js';
import { METRICS, type MetricKey } from './metric-registry.js';

/**
 * One metric for many scopes, in request order: the measures come through the request's loader (one
 * statement for every scope asked for in the same tick), then the registry's pure computation.
 * Rankings, trends and single values all go through here.
 */
export async function metricValues(
  ctx: Context,
  key: MetricKey,
  requests: readonly MeasureRequest[],
  filter: MeasureFilter = {},
): Promise<(number | null)[]> {
  const definition = METRICS[key];
  const measures = await ctx.loaders.metrics.measures.loadMany(
    requests.map((request) => ({ request, filter, groups: definition.needs })),
  );
  return measures.map((m) => {
    if (m instanceof Error) throw m;
    return definition.compute(m);
  });
}

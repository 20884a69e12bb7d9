import type { Context } from '../../graphql/context.js';
import type { MeasureFilter, MeasureRequest } from './measure.repository.js';
import { METRICS, type MetricKey } from './metric-registry.js';
import { compare, type Compared, type MeasuredPeriod } from './metric.service.js';

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

/**
 * One metric of each subtree on the current period and its comparison period (see periodsToMeasure),
 * compared, in the order of `rootIds`. It asks the loader at once, so calls made together share a statement.
 */
export async function comparedValues(
  ctx: Context,
  key: MetricKey,
  rootIds: readonly number[],
  periods: { current: MeasuredPeriod; previous: MeasuredPeriod | null },
  asOf: Date,
  filter: MeasureFilter = {},
): Promise<Compared[]> {
  const { current, previous } = periods;
  const scopes = (period: MeasuredPeriod) => rootIds.map((rootId) => ({ ...period, asOf, rootId }));
  const values = await metricValues(ctx, key, [...scopes(current), ...(previous ? scopes(previous) : [])], filter);
  return rootIds.map((_, i) => compare(values[i], previous ? values[rootIds.length + i] : null));
}

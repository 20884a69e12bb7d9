import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { ComplaintFilter } from '../complaints/complaint-filter.input.js';
import { checkPeriod, PeriodInput } from '../time/index.js';
import { requireUnit } from '../units/index.js';
import { METRIC_KEYS, METRICS, type MetricKey } from './metric-registry.js';
import { compare, periodsToMeasure, type Comparison, type HierarchyBasis } from './metric.service.js';
import { ComparisonEnum, HierarchyBasisEnum, MetricDefinition, MetricKeyEnum, MetricValue } from './metric.type.js';
import { metricValues } from './metric.values.js';

/** The unit of the company-wide benchmark: HQ's whole subtree. */
export const HQ_CODE = 'HQ';

@Resolver()
export class MetricResolver {
  @Query(() => [MetricDefinition], { description: 'Every metric the portal computes, as DOMAIN.md defines it.' })
  metricDefinitions(): MetricDefinition[] {
    return METRIC_KEYS.map((key) => METRICS[key]);
  }

  @Query(() => MetricValue, { description: "A unit's metric over a period, compared, with the company-wide benchmark." })
  async metric(
    @Ctx() ctx: Context,
    @Arg('unit', () => String) code: string,
    @Arg('metric', () => MetricKeyEnum) key: MetricKey,
    @Arg('period', () => PeriodInput) period: PeriodInput,
    @Arg('filter', () => ComplaintFilter, { nullable: true }) filter?: ComplaintFilter,
    @Arg('compare', () => ComparisonEnum, { nullable: true, defaultValue: 'YOY' }) comparison?: Comparison,
    @Arg('hierarchy', () => HierarchyBasisEnum, { nullable: true, defaultValue: 'PERIOD_END' }) basis?: HierarchyBasis,
    @Arg('asOf', () => DateTimeScalar, { nullable: true }) asOf?: Date,
  ): Promise<MetricValue> {
    const { current, previous } = periodsToMeasure(checkPeriod(period), comparison ?? 'YOY', basis ?? 'PERIOD_END');
    const [unit, hq] = await Promise.all([requireUnit(ctx, code), requireUnit(ctx, HQ_CODE)]);
    const at = { asOf: asOf ?? ctx.now };
    const requests = [{ ...current, ...at, rootId: unit.id }, { ...current, ...at, rootId: hq.id }];
    if (previous) requests.push({ ...previous, ...at, rootId: unit.id });
    const [value, benchmark, previousValue = null] = await metricValues(ctx, key, requests, filter);
    return { metric: key, ...compare(value, previous ? previousValue : null), benchmark };
  }
}

import type { Comparison } from '../../../db/domain.js';
import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { MetricReader } from './metric.reader.js';
import type { UnitReader } from '../units/index.js';
import type { RequestClock } from '../../kernel/context.js';
import { DateTimeScalar } from '../../kernel/scalars.js';
import { ComplaintFilter } from './complaint-filter.input.js';
import { EVERY_ROLE } from '../access/index.js';
import { checkPeriod } from '../../kernel/shanghai-time.js';
import { PeriodInput } from '../../kernel/period.input.js';
import { METRIC_KEYS, METRICS, type MetricKey } from './metric-registry.js';
import { compare, periodsToMeasure, type HierarchyBasis } from './metric.service.js';
import { ComparisonEnum, HierarchyBasisEnum, MetricDefinition, MetricKeyEnum, MetricValue } from './metric.type.js';
import type { GrantedMeasure } from './metric.reader.js';

/** What these resolvers read of the request's context. */
type MetricResolverContext = Pick<RequestClock, 'now'> & { metrics: MetricReader; units: UnitReader };

@Resolver()
export class MetricResolver {
  @Authorized(EVERY_ROLE)
  @Query(() => [MetricDefinition], { description: 'Every metric the portal computes, as DOMAIN.md defines it.' })
  metricDefinitions(): MetricDefinition[] {
    return METRIC_KEYS.map((key) => METRICS[key]);
  }

  @Authorized(EVERY_ROLE)
  @Query(() => MetricValue, { description: "A unit's metric over a period, compared, with the company-wide benchmark." })
  async metric(
    @Ctx() ctx: MetricResolverContext,
    @Arg('unit', () => String) code: string,
    @Arg('metric', () => MetricKeyEnum) key: MetricKey,
    @Arg('period', () => PeriodInput) period: PeriodInput,
    @Arg('filter', () => ComplaintFilter, { nullable: true }) filter?: ComplaintFilter,
    @Arg('compare', () => ComparisonEnum, { nullable: true, defaultValue: 'YOY' }) comparison?: Comparison,
    @Arg('hierarchy', () => HierarchyBasisEnum, { nullable: true, defaultValue: 'PERIOD_END' }) basis?: HierarchyBasis,
    @Arg('asOf', () => DateTimeScalar, { nullable: true }) asOf?: Date,
  ): Promise<MetricValue> {
    const { current, previous } = periodsToMeasure(checkPeriod(period), comparison ?? 'YOY', basis ?? 'PERIOD_END');
    const [subject, hq] = await Promise.all([ctx.units.require(code, current.at), ctx.units.benchmark(current.at)]);
    const at = { asOf: asOf ?? ctx.now };
    const requests: GrantedMeasure[] = [{ ...current, ...at, grant: subject.grant }, { ...current, ...at, grant: hq }];
    if (previous) requests.push({ ...previous, ...at, grant: await ctx.units.regrant(subject, previous.at) });
    const [value, benchmark, previousValue = null] = await ctx.metrics.values(key, requests, filter);
    return { metric: key, ...compare(value, previous ? previousValue : null), benchmark };
  }
}

import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Comparison } from '../../../db/domain.js';
import type { RequestClock } from '../../kernel/context.js';
import { PeriodInput } from '../../kernel/period.input.js';
import { DateTimeScalar } from '../../kernel/scalars.js';
import { checkPeriod } from '../../kernel/shanghai-time.js';
import { EVERY_ROLE } from '../access/index.js';
import { ComplaintFilter } from './complaint-filter.input.js';
import { metricCard, type MetricCardReaders } from './metric-card.use-case.js';
import { METRIC_KEYS, METRICS, type MetricKey } from './metric-registry.js';
import type { HierarchyBasis } from './metric.service.js';
import { ComparisonEnum, HierarchyBasisEnum, MetricDefinition, MetricKeyEnum, MetricValue } from './metric.type.js';

/** What these resolvers read of the request's context. */
type MetricResolverContext = Pick<RequestClock, 'now'> & MetricCardReaders;

@Resolver()
export class MetricResolver {
  @Authorized(EVERY_ROLE)
  @Query(() => [MetricDefinition], { description: 'Every metric the portal computes, as DOMAIN.md defines it.' })
  metricDefinitions(): MetricDefinition[] {
    return METRIC_KEYS.map((key) => METRICS[key]);
  }

  @Authorized(EVERY_ROLE)
  @Query(() => MetricValue, {
    description: "A unit's metric over a period, compared, with the company-wide benchmark.",
  })
  async metric(
    @Ctx() ctx: MetricResolverContext,
    @Arg('unit', () => String) unit: string,
    @Arg('metric', () => MetricKeyEnum) metric: MetricKey,
    @Arg('period', () => PeriodInput) period: PeriodInput,
    @Arg('filter', () => ComplaintFilter, { nullable: true }) filter?: ComplaintFilter,
    @Arg('compare', () => ComparisonEnum, { nullable: true, defaultValue: 'YOY' }) comparison?: Comparison,
    @Arg('hierarchy', () => HierarchyBasisEnum, { nullable: true, defaultValue: 'PERIOD_END' }) basis?: HierarchyBasis,
    @Arg('asOf', () => DateTimeScalar, { nullable: true }) asOf?: Date,
  ): Promise<MetricValue> {
    const question = { unit, metric, period: checkPeriod(period), filter, asOf: asOf ?? ctx.now };
    return metricCard(ctx, { ...question, comparison: comparison ?? 'YOY', basis: basis ?? 'PERIOD_END' });
  }
}

import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestClock } from '../../kernel/context.js';
import { PeriodInput } from '../../kernel/period.input.js';
import { DateTimeScalar } from '../../kernel/scalars.js';
import { checkPeriod } from '../../kernel/shanghai-time.js';
import { EVERY_ROLE } from '../access/index.js';
import { ComplaintFilter, MetricKeyEnum, type MetricKey } from '../metrics/index.js';
import type { Granularity } from './trend.service.js';
import { GranularityEnum, TrendPoint } from './trend.type.js';
import { unitTrend, type UnitTrendReaders } from './unit-trend.use-case.js';

/** What these resolvers read of the request's context. */
type TrendResolverContext = Pick<RequestClock, 'now'> & UnitTrendReaders;

@Resolver()
export class TrendResolver {
  @Authorized(EVERY_ROLE)
  @Query(() => [TrendPoint], {
    description: "A unit's metric per month, quarter or year, each point beside a year earlier.",
  })
  async trend(
    @Ctx() ctx: TrendResolverContext,
    @Arg('unit', () => String) unit: string,
    @Arg('metric', () => MetricKeyEnum) metric: MetricKey,
    @Arg('period', () => PeriodInput) period: PeriodInput,
    @Arg('granularity', () => GranularityEnum) granularity: Granularity,
    @Arg('filter', () => ComplaintFilter, { nullable: true }) filter?: ComplaintFilter,
    @Arg('asOf', () => DateTimeScalar, { nullable: true }) asOf?: Date,
  ): Promise<TrendPoint[]> {
    return unitTrend(ctx, {
      unit,
      metric,
      period: checkPeriod(period),
      granularity,
      filter,
      asOf: asOf ?? ctx.now,
      yearEarlier: true,
    });
  }
}

import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { MetricReader } from '../metrics/index.js';
import type { UnitReader } from '../units/index.js';
import type { RequestClock } from '../../kernel/context.js';
import { DateTimeScalar } from '../../kernel/scalars.js';
import { ComplaintFilter } from '../metrics/index.js';
import { EVERY_ROLE } from '../access/index.js';
import { MetricKeyEnum, yearEarlier, type MetricKey } from '../metrics/index.js';
import { checkPeriod } from '../../kernel/shanghai-time.js';
import { PeriodInput } from '../../kernel/period.input.js';
import { buckets, type Granularity } from './trend.service.js';
import { GranularityEnum, TrendPoint } from './trend.type.js';

/** What these resolvers read of the request's context. */
type TrendResolverContext = Pick<RequestClock, 'now'> & { metrics: MetricReader; units: UnitReader };

@Resolver()
export class TrendResolver {
  @Authorized(EVERY_ROLE)
  @Query(() => [TrendPoint], { description: "A unit's metric per month, quarter or year, each point beside a year earlier." })
  async trend(
    @Ctx() ctx: TrendResolverContext,
    @Arg('unit', () => String) code: string,
    @Arg('metric', () => MetricKeyEnum) key: MetricKey,
    @Arg('period', () => PeriodInput) period: PeriodInput,
    @Arg('granularity', () => GranularityEnum) granularity: Granularity,
    @Arg('filter', () => ComplaintFilter, { nullable: true }) filter?: ComplaintFilter,
    @Arg('asOf', () => DateTimeScalar, { nullable: true }) asOf?: Date,
  ): Promise<TrendPoint[]> {
    const points = buckets(checkPeriod(period), granularity);
    // Every point and its year-earlier twin use the tree at the whole period's `to` (like-for-like).
    const scope = { grant: (await ctx.units.require(code, period.to)).grant, asOf: asOf ?? ctx.now };
    const requests = points.flatMap((p) => [
      { ...scope, ...p },
      { ...scope, from: yearEarlier(p.from), to: yearEarlier(p.to) },
    ]);
    const values = await ctx.metrics.values(key, requests, filter);
    return points.map((p, i) => ({ ...p, value: values[2 * i], previous: values[2 * i + 1] }));
  }
}

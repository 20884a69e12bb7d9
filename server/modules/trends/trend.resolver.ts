import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { ComplaintFilter } from '../complaints/complaint-filter.input.js';
import { EVERY_ROLE } from '../access/index.js';
import { MetricKeyEnum, yearEarlier, type MetricKey } from '../metrics/index.js';
import { checkPeriod, PeriodInput } from '../time/index.js';
import { buckets, type Granularity } from './trend.service.js';
import { GranularityEnum, TrendPoint } from './trend.type.js';

@Resolver()
export class TrendResolver {
  @Authorized(EVERY_ROLE)
  @Query(() => [TrendPoint], { description: "A unit's metric per month, quarter or year, each point beside a year earlier." })
  async trend(
    @Ctx() ctx: Context,
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

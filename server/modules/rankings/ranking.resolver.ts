import { Arg, Authorized, Ctx, FieldResolver, Float, Query, Resolver, Root } from 'type-graphql';
import type { Comparison, UnitLevel } from '../../../db/domain.js';
import { badInput } from '../../errors.js';
import type { Scope } from '../access/index.js';
import type { MetricReader } from '../metrics/index.js';
import type { UnitReader } from '../units/index.js';
import type { RequestClock } from '../../kernel/context.js';
import { DateTimeScalar } from '../../kernel/scalars.js';
import { ComplaintFilter } from '../metrics/index.js';
import { EVERY_ROLE } from '../access/index.js';
import { ComparisonEnum, MetricKeyEnum, periodsToMeasure, type MetricKey } from '../metrics/index.js';
import { checkPeriod } from '../../kernel/shanghai-time.js';
import { PeriodInput } from '../../kernel/period.input.js';
import { UnitLevelEnum } from '../units/index.js';
import { mean, median, rankRows, type SortOrder } from './ranking.service.js';
import { Ranking, SortOrderEnum } from './ranking.type.js';

/** What these resolvers read of the request's context. */
type RankingResolverContext = Pick<RequestClock, 'now'> & { metrics: MetricReader; scope: Scope; units: UnitReader };

@Resolver(() => Ranking)
export class RankingResolver {
  @Authorized(EVERY_ROLE)
  @Query(() => Ranking, {
    description:
      'Units at a level, or children of a parent, ranked on a metric (one statement): the units you may see, and for a ' +
      "branch its peers' names and ranked values.",
  })
  async ranking(
    @Ctx() ctx: RankingResolverContext,
    @Arg('metric', () => MetricKeyEnum) key: MetricKey,
    @Arg('period', () => PeriodInput) period: PeriodInput,
    @Arg('level', () => UnitLevelEnum, { nullable: true }) level?: UnitLevel,
    @Arg('parent', () => String, { nullable: true }) parent?: string,
    @Arg('filter', () => ComplaintFilter, { nullable: true }) filter?: ComplaintFilter,
    @Arg('order', () => SortOrderEnum, { nullable: true, defaultValue: 'DESC' }) order?: SortOrder,
    @Arg('compare', () => ComparisonEnum, { nullable: true, defaultValue: 'YOY' }) comparison?: Comparison,
    @Arg('asOf', () => DateTimeScalar, { nullable: true }) asOf?: Date,
  ): Promise<Ranking> {
    if (!level === !parent) throw badInput('ranking takes exactly one of level and parent');
    const { current, previous } = periodsToMeasure(checkPeriod(period), comparison ?? 'YOY', 'PERIOD_END');
    const [peers, hq] = await Promise.all([ctx.units.peers(current.at, { level, parent }, filter), ctx.units.benchmark(current.at)]);
    const at = { asOf: asOf ?? ctx.now };
    const requests = [{ ...current, ...at, grant: hq }, ...peers.map(({ grant }) => ({ ...current, ...at, grant }))];
    if (previous) requests.push(...peers.map(({ grant }) => ({ ...previous, ...at, grant })));
    const [benchmark, ...values] = await ctx.metrics.values(key, requests, filter);
    const now = values.slice(0, peers.length);
    const before = previous ? values.slice(peers.length) : peers.map(() => null);
    const units = peers.map(({ unit }) => unit);
    const scopeTotalOf = async () => {
      const own = await ctx.scope.ownGrants(current.at);
      return own && ctx.metrics.pooled(key, own.map((grant) => ({ ...current, ...at, grant })), filter);
    };
    return { rows: rankRows(units, now, before, order ?? 'DESC'), benchmark, peerMean: mean(now), peerMedian: median(now), scopeTotalOf };
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description:
      "The metric of your own units' subtrees pooled on the ranking's hierarchy date (base measures added, each unit counted once, then the metric computed): a regulator's jurisdiction total (辖区合计), a branch's own total. Null for headquarters, whose scope is the benchmark.",
  })
  scopeTotal(@Root() ranking: Ranking): Promise<number | null> {
    return ranking.scopeTotalOf();
  }
}

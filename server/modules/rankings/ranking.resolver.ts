import { Arg, Authorized, Ctx, FieldResolver, Float, Query, Resolver, Root } from 'type-graphql';
import type { Comparison, UnitLevel } from '../../../db/domain.js';
import { badInput } from '../../errors.js';
import type { RequestClock } from '../../kernel/context.js';
import { PeriodInput } from '../../kernel/period.input.js';
import { DateTimeScalar } from '../../kernel/scalars.js';
import { checkPeriod } from '../../kernel/shanghai-time.js';
import { EVERY_ROLE } from '../access/index.js';
import { ComparisonEnum, ComplaintFilter, MetricKeyEnum, type MetricKey } from '../metrics/index.js';
import { UnitLevelEnum } from '../units/index.js';
import { rankPeers, type RankPeersReaders } from './rank-peers.use-case.js';
import type { SortOrder } from './ranking.service.js';
import { Ranking, SortOrderEnum } from './ranking.type.js';

/** What these resolvers read of the request's context. */
type RankingResolverContext = Pick<RequestClock, 'now'> & RankPeersReaders;

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
    @Arg('metric', () => MetricKeyEnum) metric: MetricKey,
    @Arg('period', () => PeriodInput) period: PeriodInput,
    @Arg('level', () => UnitLevelEnum, { nullable: true }) level?: UnitLevel,
    @Arg('parent', () => String, { nullable: true }) parent?: string,
    @Arg('filter', () => ComplaintFilter, { nullable: true }) filter?: ComplaintFilter,
    @Arg('order', () => SortOrderEnum, { nullable: true, defaultValue: 'DESC' }) order?: SortOrder,
    @Arg('compare', () => ComparisonEnum, { nullable: true, defaultValue: 'YOY' }) comparison?: Comparison,
    @Arg('asOf', () => DateTimeScalar, { nullable: true }) asOf?: Date,
  ): Promise<Ranking> {
    const peers = peersOf(level, parent);
    return rankPeers(ctx, {
      metric,
      period: checkPeriod(period),
      peers,
      filter,
      order: order ?? 'DESC',
      comparison: comparison ?? 'YOY',
      asOf: asOf ?? ctx.now,
    });
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

/** The peers a ranking asks for: the units at a level, or a parent's children, never both. */
function peersOf(level?: UnitLevel, parent?: string): { level: UnitLevel } | { parent: string } {
  if (level && !parent) return { level };
  if (parent && !level) return { parent };
  throw badInput('ranking takes exactly one of level and parent');
}

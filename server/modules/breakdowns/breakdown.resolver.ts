import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Comparison } from '../../../db/domain.js';
import type { RequestClock } from '../../kernel/context.js';
import { PeriodInput } from '../../kernel/period.input.js';
import { DateTimeScalar } from '../../kernel/scalars.js';
import { checkPeriod } from '../../kernel/shanghai-time.js';
import { EVERY_ROLE } from '../access/index.js';
import { ComparisonEnum, ComplaintFilter, MetricKeyEnum, type MetricKey } from '../metrics/index.js';
import { breakDown, type BreakDownReaders } from './break-down.use-case.js';
import type { BreakdownDimension } from './breakdown.service.js';
import { Breakdown, BreakdownDimensionEnum } from './breakdown.type.js';

/** What these resolvers read of the request's context. */
type BreakdownResolverContext = Pick<RequestClock, 'now'> & BreakDownReaders;

@Resolver()
export class BreakdownResolver {
  @Authorized(EVERY_ROLE)
  @Query(() => Breakdown, {
    description: "A unit's metric by channel, line, category or child unit, for a Pareto chart.",
  })
  async breakdown(
    @Ctx() ctx: BreakdownResolverContext,
    @Arg('unit', () => String) unit: string,
    @Arg('metric', () => MetricKeyEnum) metric: MetricKey,
    @Arg('period', () => PeriodInput) period: PeriodInput,
    @Arg('by', () => BreakdownDimensionEnum) by: BreakdownDimension,
    @Arg('filter', () => ComplaintFilter, { nullable: true }) filter?: ComplaintFilter,
    @Arg('compare', () => ComparisonEnum, { nullable: true, defaultValue: 'YOY' }) comparison?: Comparison,
    @Arg('asOf', () => DateTimeScalar, { nullable: true }) asOf?: Date,
  ): Promise<Breakdown> {
    const question = { unit, metric, by, filter, comparison: comparison ?? 'YOY', asOf: asOf ?? ctx.now };
    return breakDown(ctx, { ...question, period: checkPeriod(period) });
  }
}

import type { Comparison } from '../../../db/domain.js';
import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { MetricReader } from '../metrics/index.js';
import type { UnitReader } from '../units/index.js';
import type { RequestClock } from '../../kernel/context.js';
import { DateTimeScalar } from '../../kernel/scalars.js';
import { ComplaintFilter } from '../metrics/index.js';
import { EVERY_ROLE } from '../access/index.js';
import {
  ComparisonEnum,
  METRICS,
  MetricKeyEnum,
  periodsToMeasure,
  type MetricKey,
} from '../metrics/index.js';
import { checkPeriod } from '../../kernel/shanghai-time.js';
import { PeriodInput } from '../../kernel/period.input.js';
import { checkSplittable, childParts, paretoItems, vocabularyParts, type BreakdownDimension } from './breakdown.service.js';
import { Breakdown, BreakdownDimensionEnum } from './breakdown.type.js';

/** What these resolvers read of the request's context. */
type BreakdownResolverContext = Pick<RequestClock, 'now'> & { metrics: MetricReader; units: UnitReader };

@Resolver()
export class BreakdownResolver {
  @Authorized(EVERY_ROLE)
  @Query(() => Breakdown, { description: "A unit's metric by channel, line, category or child unit, for a Pareto chart." })
  async breakdown(
    @Ctx() ctx: BreakdownResolverContext,
    @Arg('unit', () => String) code: string,
    @Arg('metric', () => MetricKeyEnum) key: MetricKey,
    @Arg('period', () => PeriodInput) period: PeriodInput,
    @Arg('by', () => BreakdownDimensionEnum) by: BreakdownDimension,
    @Arg('filter', () => ComplaintFilter, { nullable: true }) filter?: ComplaintFilter,
    @Arg('compare', () => ComparisonEnum, { nullable: true, defaultValue: 'YOY' }) comparison?: Comparison,
    @Arg('asOf', () => DateTimeScalar, { nullable: true }) asOf?: Date,
  ): Promise<Breakdown> {
    checkSplittable(key, by);
    const periods = periodsToMeasure(checkPeriod(period), comparison ?? 'YOY', 'PERIOD_END');
    const [subject, hq] = await Promise.all([ctx.units.require(code, periods.current.at), ctx.units.benchmark(periods.current.at)]);
    const parts = by === 'CHILD_UNIT' ? childParts(await ctx.units.childrenOf(subject), filter) : vocabularyParts(by, subject.grant, filter);
    const at = asOf ?? ctx.now;
    // Breakdowns are on the tree of the period's end for both periods: one grant serves both.
    const both = (grant: typeof hq) => ({ current: grant, previous: grant });
    // Asked together: one statement per distinct filter (each vocabulary value is one; children share one).
    const [[total, benchmark], ...values] = await Promise.all([
      ctx.metrics.compared(key, [both(subject.grant), both(hq)], periods, at, filter),
      ...parts.map((part) => ctx.metrics.compared(key, [both(part.root)], periods, at, part.filter)),
    ]);
    const items = paretoItems(parts.map(({ root: _, ...part }, i) => ({ ...part, ...values[i][0] })), METRICS[key].additive);
    return { unit: subject.unit, metric: METRICS[key], by, total: { metric: key, ...total, benchmark: benchmark.value }, items };
  }
}

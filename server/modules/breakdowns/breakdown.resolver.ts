import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { ComplaintFilter } from '../complaints/index.js';
import {
  ComparisonEnum,
  comparedValues,
  HQ_CODE,
  METRICS,
  MetricKeyEnum,
  periodsToMeasure,
  type Comparison,
  type MetricKey,
} from '../metrics/index.js';
import { checkPeriod, PeriodInput } from '../time/index.js';
import { requireUnit } from '../units/index.js';
import { checkSplittable, childParts, paretoItems, vocabularyParts, type BreakdownDimension } from './breakdown.service.js';
import { Breakdown, BreakdownDimensionEnum } from './breakdown.type.js';

@Resolver()
export class BreakdownResolver {
  @Query(() => Breakdown, { description: "A unit's metric by channel, line, category or child unit, for a Pareto chart." })
  async breakdown(
    @Ctx() ctx: Context,
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
    const [unit, hq] = await Promise.all([requireUnit(ctx, code), requireUnit(ctx, HQ_CODE)]);
    const parts = by === 'CHILD_UNIT'
      ? childParts(await ctx.loaders.units.children.load({ id: unit.id, date: periods.current.to }), filter)
      : vocabularyParts(by, unit.id, filter);
    const at = asOf ?? ctx.now;
    // Asked together: one statement per distinct filter (each vocabulary value is one; children share one).
    const [[total, benchmark], ...values] = await Promise.all([
      comparedValues(ctx, key, [unit.id, hq.id], periods, at, filter),
      ...parts.map((part) => comparedValues(ctx, key, [part.rootId], periods, at, part.filter)),
    ]);
    const items = paretoItems(parts.map((part, i) => ({ ...part, ...values[i][0] })), METRICS[key].additive);
    return { unit, metric: METRICS[key], by, total: { metric: key, ...total, benchmark: benchmark.value }, items };
  }
}

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
  HierarchyBasisEnum,
  MetricKeyEnum,
  periodsToMeasure,
  type HierarchyBasis,
  type MetricKey,
} from '../metrics/index.js';
import { checkPeriod } from '../../kernel/shanghai-time.js';
import { PeriodInput } from '../../kernel/period.input.js';
import { checkCompareLists, compareTable } from './compare.service.js';
import { CompareTable } from './compare.type.js';

/** What these resolvers read of the request's context. */
type CompareResolverContext = Pick<RequestClock, 'now'> & { metrics: MetricReader; units: UnitReader };

@Resolver()
export class CompareResolver {
  @Authorized(EVERY_ROLE)
  @Query(() => CompareTable, {
    description: 'Units you may see × metrics over one period, side by side; the SQL statements do not grow with the sizes.',
  })
  async compare(
    @Ctx() ctx: CompareResolverContext,
    @Arg('units', () => [String], { description: '1 to 50 unit codes, none twice.' }) codes: string[],
    @Arg('metrics', () => [MetricKeyEnum], { description: '1 to 12 metrics, none twice.' }) keys: MetricKey[],
    @Arg('period', () => PeriodInput) period: PeriodInput,
    @Arg('filter', () => ComplaintFilter, { nullable: true }) filter?: ComplaintFilter,
    @Arg('compare', () => ComparisonEnum, { nullable: true, defaultValue: 'YOY' }) comparison?: Comparison,
    @Arg('hierarchy', () => HierarchyBasisEnum, { nullable: true, defaultValue: 'PERIOD_END' }) basis?: HierarchyBasis,
    @Arg('asOf', () => DateTimeScalar, { nullable: true }) asOf?: Date,
  ): Promise<CompareTable> {
    checkCompareLists(codes, keys);
    const periods = periodsToMeasure(checkPeriod(period), comparison ?? 'YOY', basis ?? 'PERIOD_END');
    // HQ first: the benchmark. Every code in one lookup; the first unknown one is named.
    const { current, previous } = periods;
    const [hq, units] = await Promise.all([ctx.units.benchmark(current.at), ctx.units.requireAll(codes, current.at)]);
    const before = previous && (await Promise.all(units.map((unit) => ctx.units.regrant(unit, previous.at))));
    const subjects = [
      { current: hq, previous: previous && previous.at !== current.at ? await ctx.units.benchmark(previous.at) : hq },
      ...units.map((unit, i) => ({ current: unit.grant, previous: before?.[i] ?? unit.grant })),
    ];
    // Every metric asks the loader in the same tick: one statement for all units, metrics and periods.
    const values = await Promise.all(keys.map((key) => ctx.metrics.compared(key, subjects, periods, asOf ?? ctx.now, filter)));
    return compareTable(units.map(({ unit }) => unit), keys, values);
  }
}

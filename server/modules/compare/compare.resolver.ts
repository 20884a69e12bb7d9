import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { ComplaintFilter } from '../complaints/index.js';
import {
  ComparisonEnum,
  comparedValues,
  HierarchyBasisEnum,
  HQ_CODE,
  MetricKeyEnum,
  periodsToMeasure,
  type Comparison,
  type HierarchyBasis,
  type MetricKey,
} from '../metrics/index.js';
import { checkPeriod, PeriodInput } from '../time/index.js';
import { requireUnit } from '../units/index.js';
import { checkCompareLists, compareTable } from './compare.service.js';
import { CompareTable } from './compare.type.js';

@Resolver()
export class CompareResolver {
  @Query(() => CompareTable, {
    description: 'Units × metrics over one period, side by side; the SQL statements do not grow with the sizes.',
  })
  async compare(
    @Ctx() ctx: Context,
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
    const [hq, ...units] = await Promise.all([HQ_CODE, ...codes].map((code) => requireUnit(ctx, code)));
    const rootIds = [hq, ...units].map((unit) => unit.id);
    // Every metric asks the loader in the same tick: one statement for all units, metrics and periods.
    const values = await Promise.all(keys.map((key) => comparedValues(ctx, key, rootIds, periods, asOf ?? ctx.now, filter)));
    return compareTable(units, keys, values);
  }
}

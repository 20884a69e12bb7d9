import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Comparison } from '../../../db/domain.js';
import type { RequestClock } from '../../kernel/context.js';
import { PeriodInput } from '../../kernel/period.input.js';
import { DateTimeScalar } from '../../kernel/scalars.js';
import { checkPeriod } from '../../kernel/shanghai-time.js';
import { EVERY_ROLE } from '../access/index.js';
import {
  ComparisonEnum,
  ComplaintFilter,
  HierarchyBasisEnum,
  MetricKeyEnum,
  type HierarchyBasis,
  type MetricKey,
} from '../metrics/index.js';
import { compareUnits, type CompareUnitsReaders } from './compare-units.use-case.js';
import { checkCompareLists } from './compare.service.js';
import { CompareTable } from './compare.type.js';

/** What these resolvers read of the request's context. */
type CompareResolverContext = Pick<RequestClock, 'now'> & CompareUnitsReaders;

@Resolver()
export class CompareResolver {
  @Authorized(EVERY_ROLE)
  @Query(() => CompareTable, {
    description:
      'Units you may see × metrics over one period, side by side; the SQL statements do not grow with the sizes.',
  })
  async compare(
    @Ctx() ctx: CompareResolverContext,
    @Arg('units', () => [String], { description: '1 to 50 unit codes, none twice.' }) units: string[],
    @Arg('metrics', () => [MetricKeyEnum], { description: '1 to 12 metrics, none twice.' }) metrics: MetricKey[],
    @Arg('period', () => PeriodInput) period: PeriodInput,
    @Arg('filter', () => ComplaintFilter, { nullable: true }) filter?: ComplaintFilter,
    @Arg('compare', () => ComparisonEnum, { nullable: true, defaultValue: 'YOY' }) comparison?: Comparison,
    @Arg('hierarchy', () => HierarchyBasisEnum, { nullable: true, defaultValue: 'PERIOD_END' }) basis?: HierarchyBasis,
    @Arg('asOf', () => DateTimeScalar, { nullable: true }) asOf?: Date,
  ): Promise<CompareTable> {
    checkCompareLists(units, metrics);
    return compareUnits(ctx, {
      units,
      figures: metrics.map((metric) => ({ metric, filter })),
      period: checkPeriod(period),
      comparison: comparison ?? 'YOY',
      basis: basis ?? 'PERIOD_END',
      asOf: asOf ?? ctx.now,
    });
  }
}

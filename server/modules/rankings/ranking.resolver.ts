import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { UnitLevel } from '../../../db/domain.js';
import { badInput } from '../../errors.js';
import type { Context } from '../../graphql/context.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { ComplaintFilter } from '../complaints/complaint-filter.input.js';
import { ComparisonEnum, HQ_CODE, MetricKeyEnum, metricValues, periodsToMeasure, type Comparison, type MetricKey } from '../metrics/index.js';

import { checkPeriod, PeriodInput } from '../time/index.js';
import { requireUnit, type Unit } from '../units/index.js';
import { unitsOn } from '../units/unit.repository.js';
import { UnitLevelEnum } from '../units/unit.type.js';
import { mean, median, rankRows, type SortOrder } from './ranking.service.js';
import { Ranking, SortOrderEnum } from './ranking.type.js';

@Resolver()
export class RankingResolver {
  @Query(() => Ranking, { description: 'Units at a level, or children of a parent, ranked on a metric (one statement).' })
  async ranking(
    @Ctx() ctx: Context,
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
    const [peers, hq] = await Promise.all([peersOf(ctx, current.to, level, parent), requireUnit(ctx, HQ_CODE)]);
    const at = { asOf: asOf ?? ctx.now };
    const requests = [{ ...current, ...at, rootId: hq.id }, ...peers.map((p) => ({ ...current, ...at, rootId: p.id }))];
    if (previous) requests.push(...peers.map((p) => ({ ...previous, ...at, rootId: p.id })));
    const [benchmark, ...values] = await metricValues(ctx, key, requests, filter);
    const now = values.slice(0, peers.length);
    const before = previous ? values.slice(peers.length) : peers.map(() => null);
    return { rows: rankRows(peers, now, before, order ?? 'DESC'), benchmark, peerMean: mean(now), peerMedian: median(now) };
  }
}

/** The peers at the hierarchy date: every unit at `level`, or the children of `parent`, in code order. */
async function peersOf(ctx: Context, date: string, level?: UnitLevel, parent?: string): Promise<Unit[]> {
  if (level) return unitsOn(ctx.db, date, level);
  return ctx.loaders.units.children.load({ id: (await requireUnit(ctx, parent!)).id, date });
}

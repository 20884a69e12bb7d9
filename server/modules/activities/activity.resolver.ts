import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { checkPeriod, PeriodInput } from '../time/index.js';
import { requireUnit } from '../units/index.js';
import { activityTotals } from './activity.repository.js';
import { everyKind } from './activity.service.js';
import { ActivityTotal } from './activity.type.js';

@Resolver()
export class ActivityResolver {
  @Query(() => [ActivityTotal], { description: "Service activities of a unit's subtree (at the period's `to`) in a period." })
  async activitySummary(
    @Ctx() ctx: Context,
    @Arg('unit', () => String) code: string,
    @Arg('period', () => PeriodInput) period: PeriodInput,
  ): Promise<ActivityTotal[]> {
    const unit = await requireUnit(ctx, code);
    return everyKind(await activityTotals(ctx.db, unit.id, checkPeriod(period).to, period));
  }
}

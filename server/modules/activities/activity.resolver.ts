import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { EVERY_ROLE } from '../access/index.js';
import { checkPeriod, PeriodInput } from '../time/index.js';
import { ActivityTotal } from './activity.type.js';

@Resolver()
export class ActivityResolver {
  @Authorized(EVERY_ROLE)
  @Query(() => [ActivityTotal], { description: "Service activities of a unit's subtree (at the period's `to`) in a period." })
  async activitySummary(
    @Ctx() ctx: Context,
    @Arg('unit', () => String) code: string,
    @Arg('period', () => PeriodInput) period: PeriodInput,
  ): Promise<ActivityTotal[]> {
    const { grant } = await ctx.units.require(code, checkPeriod(period).to);
    return ctx.activities.totals(grant, period);
  }
}

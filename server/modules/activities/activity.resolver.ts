import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { ActivityReader } from './activity.reader.js';
import type { UnitReader } from '../units/index.js';
import { EVERY_ROLE } from '../access/index.js';
import { checkPeriod } from '../../kernel/shanghai-time.js';
import { PeriodInput } from '../../kernel/period.input.js';
import { ActivityTotal } from './activity.type.js';

/** What these resolvers read of the request's context. */
interface ActivityResolverContext {
  activities: ActivityReader;
  units: UnitReader;
}

@Resolver()
export class ActivityResolver {
  @Authorized(EVERY_ROLE)
  @Query(() => [ActivityTotal], {
    description: "Service activities of a unit's subtree (at the period's `to`) in a period.",
  })
  async activitySummary(
    @Ctx() ctx: ActivityResolverContext,
    @Arg('unit', () => String) code: string,
    @Arg('period', () => PeriodInput) period: PeriodInput,
  ): Promise<ActivityTotal[]> {
    const { grant } = await ctx.units.require(code, checkPeriod(period).to);
    return ctx.activities.totals(grant, period);
  }
}

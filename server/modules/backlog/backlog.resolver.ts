import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { BacklogReader } from './backlog.reader.js';
import type { UnitReader } from '../units/index.js';
import type { RequestClock } from '../../kernel/context.js';
import { DateTimeScalar } from '../../kernel/scalars.js';
import { EVERY_ROLE } from '../access/index.js';
import { ComplaintFilter } from '../metrics/index.js';
import { shanghaiDate } from '../../kernel/shanghai-time.js';
import { BacklogAging } from './backlog.type.js';

/** What these resolvers read of the request's context. */
type BacklogResolverContext = Pick<RequestClock, 'now'> & { backlog: BacklogReader; units: UnitReader };

@Resolver()
export class BacklogResolver {
  @Authorized(EVERY_ROLE)
  @Query(() => BacklogAging, {
    description: "Open complaints of a unit's subtree (the tree of asOf's Shanghai date) at asOf, by days past due.",
  })
  async backlogAging(
    @Ctx() ctx: BacklogResolverContext,
    @Arg('unit', () => String) code: string,
    @Arg('asOf', () => DateTimeScalar, { nullable: true, description: 'The instant T; now by default.' }) asOf?: Date,
    @Arg('filter', () => ComplaintFilter, { nullable: true }) filter?: ComplaintFilter,
  ): Promise<BacklogAging> {
    const at = asOf ?? ctx.now;
    const { unit, grant } = await ctx.units.require(code, shanghaiDate(at));
    return { unit, asOf: at, ...(await ctx.backlog.aging(grant, at, filter)) };
  }
}

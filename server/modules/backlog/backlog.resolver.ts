import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { EVERY_ROLE } from '../access/index.js';
import { ComplaintFilter } from '../complaints/index.js';
import { shanghaiDate } from '../time/index.js';
import { BacklogAging } from './backlog.type.js';

@Resolver()
export class BacklogResolver {
  @Authorized(EVERY_ROLE)
  @Query(() => BacklogAging, {
    description: "Open complaints of a unit's subtree (the tree of asOf's Shanghai date) at asOf, by days past due.",
  })
  async backlogAging(
    @Ctx() ctx: Context,
    @Arg('unit', () => String) code: string,
    @Arg('asOf', () => DateTimeScalar, { nullable: true, description: 'The instant T; now by default.' }) asOf?: Date,
    @Arg('filter', () => ComplaintFilter, { nullable: true }) filter?: ComplaintFilter,
  ): Promise<BacklogAging> {
    const at = asOf ?? ctx.now;
    const { unit, grant } = await ctx.units.require(code, shanghaiDate(at));
    return { unit, asOf: at, ...(await ctx.backlog.aging(grant, at, filter)) };
  }
}

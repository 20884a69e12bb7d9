import { Arg, Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestClock } from '../../kernel/context.js';
import { DateTimeScalar } from '../../kernel/scalars.js';
import { EVERY_ROLE } from '../access/index.js';
import { ComplaintFilter } from '../metrics/index.js';
import { backlogAging, type BacklogAgingReaders } from './backlog-aging.use-case.js';
import { BacklogAging } from './backlog.type.js';

/** What these resolvers read of the request's context. */
type BacklogResolverContext = Pick<RequestClock, 'now'> & BacklogAgingReaders;

@Resolver()
export class BacklogResolver {
  @Authorized(EVERY_ROLE)
  @Query(() => BacklogAging, {
    description: "Open complaints of a unit's subtree (the tree of asOf's Shanghai date) at asOf, by days past due.",
  })
  async backlogAging(
    @Ctx() ctx: BacklogResolverContext,
    @Arg('unit', () => String) unit: string,
    @Arg('asOf', () => DateTimeScalar, { nullable: true, description: 'The instant T; now by default.' }) asOf?: Date,
    @Arg('filter', () => ComplaintFilter, { nullable: true }) filter?: ComplaintFilter,
  ): Promise<BacklogAging> {
    return backlogAging(ctx, { unit, asOf: asOf ?? ctx.now, filter });
  }
}

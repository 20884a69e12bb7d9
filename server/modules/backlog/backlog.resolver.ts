import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { DateTimeScalar } from '../../graphql/scalars.js';
import { ComplaintFilter } from '../complaints/index.js';
import { requireUnit } from '../units/index.js';
import { openByDaysPastDue } from './backlog.repository.js';
import { aging } from './backlog.service.js';
import { BacklogAging } from './backlog.type.js';

@Resolver()
export class BacklogResolver {
  @Query(() => BacklogAging, {
    description: "Open complaints of a unit's subtree (the tree of asOf's Shanghai date) at asOf, by days past due.",
  })
  async backlogAging(
    @Ctx() ctx: Context,
    @Arg('unit', () => String) code: string,
    @Arg('asOf', () => DateTimeScalar, { nullable: true, description: 'The instant T; now by default.' }) asOf?: Date,
    @Arg('filter', () => ComplaintFilter, { nullable: true }) filter?: ComplaintFilter,
  ): Promise<BacklogAging> {
    const unit = await requireUnit(ctx, code);
    const at = asOf ?? ctx.now;
    return { unit, asOf: at, ...aging(await openByDaysPastDue(ctx.db, unit.id, at, filter ?? {})) };
  }
}

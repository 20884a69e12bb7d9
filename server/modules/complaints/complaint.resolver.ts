import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../graphql/context.js';
import { notFound } from '../../errors.js';
import { Unit } from '../units/index.js';
import { ComplaintListFilter } from './complaint-filter.input.js';
import { ComplaintOrderEnum, ComplaintStatusEnum, type ComplaintOrder, type ComplaintStatus } from './complaint.enums.js';
import { Complaint, ComplaintConnection, Followup, TOTAL_COUNT } from './complaint.type.js';
import { complaintPage } from './complaint.service.js';
import { DateTimeScalar } from '../../graphql/scalars.js';

@Resolver(() => Complaint)
export class ComplaintResolver {
  @Query(() => ComplaintConnection, { description: 'Complaints matching a filter, a page at a time (at most 100).' })
  complaints(
    @Ctx() ctx: Context,
    @Arg('filter', () => ComplaintListFilter, { nullable: true }) filter?: ComplaintListFilter,
    @Arg('first', () => Int, { defaultValue: 20 }) first: number = 20,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('orderBy', () => ComplaintOrderEnum, { defaultValue: 'RECEIVED_DESC' }) orderBy: ComplaintOrder = 'RECEIVED_DESC',
  ): Promise<ComplaintConnection> {
    return complaintPage(ctx, filter, { first, after, order: orderBy });
  }

  @Query(() => Complaint, { nullable: true, description: 'A complaint by ref; an unknown ref is a NOT_FOUND error.' })
  async complaint(@Arg('ref', () => String) ref: string, @Ctx() ctx: Context): Promise<Complaint> {
    const complaint = await ctx.loaders.complaints.byRef.load(ref);
    if (!complaint) throw notFound('complaint', ref);
    return complaint;
  }

  @FieldResolver(() => Unit, { description: 'The responsible unit (责任单位).' })
  async unit(@Root() complaint: Complaint, @Ctx() ctx: Context): Promise<Unit> {
    return (await ctx.loaders.units.byId.load(complaint.unitId))!;
  }

  @FieldResolver(() => [Followup])
  followups(@Root() complaint: Complaint, @Ctx() ctx: Context): Promise<Followup[]> {
    return ctx.loaders.complaints.followups.load(complaint.id);
  }

  @FieldResolver(() => ComplaintStatusEnum, { description: 'CLOSED, OVERDUE or OPEN as of an instant (now by default).' })
  status(
    @Root() complaint: Complaint,
    @Ctx() ctx: Context,
    @Arg('asOf', () => DateTimeScalar, { nullable: true }) asOf?: Date,
  ): ComplaintStatus {
    const at = (asOf ?? ctx.now).getTime();
    if (complaint.closedAt && Date.parse(complaint.closedAt) <= at) return 'CLOSED';
    return Date.parse(complaint.dueAt) < at ? 'OVERDUE' : 'OPEN';
  }
}

@Resolver(() => ComplaintConnection)
export class ComplaintConnectionResolver {
  @FieldResolver(TOTAL_COUNT.type, { description: TOTAL_COUNT.description })
  totalCount(@Root() connection: ComplaintConnection): Promise<number> {
    return connection.countAll();
  }
}

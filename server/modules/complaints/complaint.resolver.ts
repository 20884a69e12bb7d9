import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { ComplaintReader } from './complaint.reader.js';
import type { RequestClock } from '../../kernel/context.js';
import { DateTimeScalar } from '../../kernel/scalars.js';
import { EVERY_ROLE } from '../access/index.js';
import { Unit } from '../units/index.js';
import { ComplaintListFilter } from './complaint-filter.input.js';
import {
  ComplaintOrderEnum,
  ComplaintStatusEnum,
  type ComplaintOrder,
  type ComplaintStatus,
} from './complaint.enums.js';
import { Complaint, ComplaintConnection, Followup, TOTAL_COUNT } from './complaint.type.js';

/** What these resolvers read of the request's context. */
type ComplaintResolverContext = Pick<RequestClock, 'now'> & { complaints: ComplaintReader };

@Resolver(() => Complaint)
export class ComplaintResolver {
  @Authorized(EVERY_ROLE)
  @Query(() => ComplaintConnection, {
    description: 'Complaints you may see matching a filter, a page at a time (at most 100).',
  })
  complaints(
    @Ctx() ctx: ComplaintResolverContext,
    @Arg('filter', () => ComplaintListFilter, { nullable: true }) filter?: ComplaintListFilter,
    @Arg('first', () => Int, { defaultValue: 20 }) first = 20,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('orderBy', () => ComplaintOrderEnum, { defaultValue: 'RECEIVED_DESC' })
    orderBy: ComplaintOrder = 'RECEIVED_DESC',
  ): Promise<ComplaintConnection> {
    return ctx.complaints.page(filter, { first, after, order: orderBy });
  }

  @Authorized(EVERY_ROLE)
  @Query(() => Complaint, {
    nullable: true,
    description:
      'A complaint by ref; an unknown ref is NOT_FOUND, one of a unit outside your scope (on its day) FORBIDDEN.',
  })
  complaint(@Arg('ref', () => String) ref: string, @Ctx() ctx: ComplaintResolverContext): Promise<Complaint> {
    return ctx.complaints.byRef(ref);
  }

  @FieldResolver(() => Unit, { description: 'The responsible unit (责任单位).' })
  unit(@Root() complaint: Complaint, @Ctx() ctx: ComplaintResolverContext): Promise<Unit> {
    return ctx.complaints.unitOf(complaint);
  }

  @FieldResolver(() => [Followup])
  followups(@Root() complaint: Complaint, @Ctx() ctx: ComplaintResolverContext): Promise<Followup[]> {
    return ctx.complaints.followups(complaint);
  }

  @FieldResolver(() => ComplaintStatusEnum, {
    description: 'CLOSED, OVERDUE or OPEN as of an instant (now by default).',
  })
  status(
    @Root() complaint: Complaint,
    @Ctx() ctx: ComplaintResolverContext,
    @Arg('asOf', () => DateTimeScalar, { nullable: true }) asOf?: Date,
  ): ComplaintStatus {
    const at = (asOf ?? ctx.now).getTime();
    if (complaint.closedAt && Date.parse(complaint.closedAt) <= at) return 'CLOSED';
    // paused (no dueAt): open, never overdue
    return complaint.dueAt !== null && Date.parse(complaint.dueAt) < at ? 'OVERDUE' : 'OPEN';
  }
}

@Resolver(() => ComplaintConnection)
export class ComplaintConnectionResolver {
  @FieldResolver(TOTAL_COUNT.type, { description: TOTAL_COUNT.description })
  totalCount(@Root() connection: ComplaintConnection): Promise<number> {
    return connection.countAll();
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description:
      "Only with figure SATISFACTION_RATE: the satisfied follow-ups, the figure's numerator (totalCount counts the complaints listed).",
  })
  async satisfiedFollowups(@Root() connection: ComplaintConnection): Promise<number | null> {
    return connection.countFollowups ? (await connection.countFollowups()).satisfied : null;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: "Only with figure SATISFACTION_RATE: the follow-ups, the figure's denominator.",
  })
  async followups(@Root() connection: ComplaintConnection): Promise<number | null> {
    return connection.countFollowups ? (await connection.countFollowups()).followups : null;
  }
}

import { Arg, Authorized, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ADMINS, EVERY_ROLE } from '../access/index.js';
import { Complaint } from '../complaints/index.js';
import type { DeadlineReader } from './deadline.reader.js';
import {
  DeadlineExplanation,
  DeadlineRuleSet,
  DeadlineRuleSetChange,
  DeadlineRuleSetChanged,
} from './deadline.type.js';

/** What these resolvers read of the request's context. */
interface DeadlineResolverContext {
  deadlines: DeadlineReader;
}

@Resolver(() => Complaint)
export class DeadlineResolver {
  @FieldResolver(() => DeadlineExplanation, {
    nullable: true,
    description:
      'How dueAt was computed: rule set, class, limit, pauses, extension, cap, calendar version; null for a deadline stored before rule sets existed.',
  })
  deadline(@Root() complaint: Complaint, @Ctx() ctx: DeadlineResolverContext): Promise<DeadlineExplanation | null> {
    return ctx.deadlines.explain(complaint);
  }

  @Authorized(EVERY_ROLE)
  @Query(() => [DeadlineRuleSet], {
    description: 'The deadline rule sets, every version, by effective date: what the portal computes deadlines with.',
  })
  deadlineRuleSets(@Ctx() ctx: DeadlineResolverContext): Promise<DeadlineRuleSet[]> {
    return ctx.deadlines.ruleSets();
  }

  @Authorized(ADMINS)
  @Mutation(() => DeadlineRuleSetChanged, {
    description:
      "New parameters for the company's own standard, COMPANY_STD (HQ_ADMIN): a new version, with which the stored deadline of every complaint computed under the rule set is recomputed in the same transaction; audited.",
  })
  changeDeadlineRuleSet(
    @Ctx() ctx: DeadlineResolverContext,
    @Arg('code', () => String) code: string,
    @Arg('change', () => DeadlineRuleSetChange) change: DeadlineRuleSetChange,
  ): Promise<DeadlineRuleSetChanged> {
    return ctx.deadlines.change(code, change);
  }
}

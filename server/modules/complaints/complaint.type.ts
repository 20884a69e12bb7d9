import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { Category, Channel, Line, Outcome } from '../../../db/domain.js';
import { DUE_SOURCES, type DeadlineSource } from '../../../db/rules/deadline.js';
import { HANDLING_CLASSES, type HandlingClass } from '../../../db/rules/rule-sets.js';
import { DateScalar, DateTimeScalar } from '../../kernel/scalars.js';
import { asEnum, CategoryEnum, ChannelEnum, LineEnum, OutcomeEnum } from '../vocabulary/index.js';
import { PageInfo } from '../../kernel/page-info.js';

export const HandlingClassEnum = asEnum(HANDLING_CLASSES);
registerEnumType(HandlingClassEnum, {
  name: 'HandlingClass',
  description: 'SIMPLE (事实清楚、争议简单; the default) or COMPLEX (情况复杂): which limit of the rule set applies.',
});
export const DueSourceEnum = asEnum(DUE_SOURCES);
registerEnumType(DueSourceEnum, {
  name: 'DueSource',
  description:
    "Where dueAt comes from: EXPLICIT (the source system's due_at), EXTENDED (an extension), DEFAULT (the rule set's limit).",
});

@ObjectType({ description: 'A complaint (投诉) as the source system exported it.' })
export class Complaint {
  id!: number;
  unitId!: number;

  @Field(() => String, { description: "The source system's id." })
  ref!: string;

  @Field(() => DateTimeScalar)
  receivedAt!: string;

  @Field(() => DateScalar, { description: 'The Shanghai-local date of receipt, which decides its period.' })
  receivedDate!: string;

  @Field(() => ChannelEnum)
  channel!: Channel;

  @Field(() => LineEnum)
  line!: Line;

  @Field(() => CategoryEnum)
  category!: Category;

  @Field(() => Boolean, { description: 'Caused by company policy (政策因素).' })
  policyFactor!: boolean;

  @Field(() => Boolean, { description: 'An accepted, genuine complaint (有效投诉).' })
  valid!: boolean;

  @Field(() => String, { nullable: true, description: 'The ref of the earlier complaint this one repeats.' })
  duplicateOf!: string | null;

  @Field(() => Boolean, { description: 'Valid, not policy-caused and not a repeat (考核投诉).' })
  assessed!: boolean;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'The deadline under the rule set in force at receipt (RULES.md §1); null while a pause lasts (暂停中): neither due nor overdue.',
  })
  dueAt!: string | null;

  @Field(() => HandlingClassEnum)
  handlingClass!: HandlingClass;

  @Field(() => DueSourceEnum, {
    nullable: true,
    description: 'Null for a deadline stored before rule sets existed (no computation recorded).',
  })
  dueSource!: DeadlineSource | null;

  // How the deadline was computed, for its explanation (the deadline field).
  extendedDueAt!: string | null;
  extensionReason!: string | null;
  extensionApprover!: string | null;
  ruleSetCode!: string | null;
  ruleSetVersion!: number | null;
  calendarVersion!: number | null;

  @Field(() => DateTimeScalar, { nullable: true })
  closedAt!: string | null;

  @Field(() => Boolean, { description: 'Taken further, to the regulator or a court (投诉升级).' })
  escalated!: boolean;

  @Field(() => OutcomeEnum, { nullable: true })
  outcome!: Outcome | null;

  @Field(() => String, { nullable: true })
  customerName!: string | null;

  @Field(() => String, { nullable: true })
  customerPhone!: string | null;

  @Field(() => String, { nullable: true })
  summary!: string | null;

  @Field(() => Float, { nullable: true, description: 'Days of 86,400 s from receipt to closure; null while open.' })
  handlingDays!: number | null;
}

@ObjectType({ description: 'A return call (回访) to the customer.' })
export class Followup {
  complaintId!: number;

  @Field(() => DateTimeScalar)
  visitedAt!: string;

  @Field(() => Boolean)
  satisfied!: boolean;
}

@ObjectType()
export class ComplaintEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => Complaint)
  node!: Complaint;
}

@ObjectType({ description: 'A page of complaints (Relay connection).' })
export class ComplaintConnection {
  @Field(() => [ComplaintEdge])
  edges!: ComplaintEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description:
      'T, the instant a stock figure or `status` was judged at: the earlier of asOf and the end of the period\u2019s last day (23:59:59.999 Shanghai), asOf without a period; null for a flow.',
  })
  instant!: Date | null;

  /** Counted only when asked for (see the resolver). */
  countAll!: () => Promise<number>;

  /** With figure SATISFACTION_RATE only: the follow-ups of the figure's complaints, counted when asked for. */
  countFollowups!: (() => Promise<{ followups: number; satisfied: number }>) | null;
}

export const TOTAL_COUNT = { type: () => Int, description: 'How many complaints match the filter, on all pages.' };

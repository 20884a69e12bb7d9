import { Field, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PAUSE_KINDS, type PauseKind } from '../../../db/rules/deadline.js';
import type { HandlingClass, TimeLimit as Limit } from '../../../db/rules/rule-sets.js';
import { LocalizedText } from '../../kernel/localized-text.js';
import { DateScalar, DateTimeScalar } from '../../kernel/scalars.js';
import { DueSourceEnum, HandlingClassEnum } from '../complaints/index.js';
import type { DeadlineSource } from '../../../db/rules/deadline.js';
import { asEnum } from '../vocabulary/index.js';

// A complaint's deadline explained (RULES.md §1, §3): the rule set, the limit, the pauses and the
// extension that made its dueAt; and the rule sets themselves, which HQ_ADMIN may change.

export const LimitUnitEnum = asEnum(['WORKING_DAYS', 'DAYS'] as const);
registerEnumType(LimitUnitEnum, { name: 'LimitUnit', description: 'Working days (工作日) or calendar days (自然日).' });
export const PauseKindEnum = asEnum(PAUSE_KINDS);
registerEnumType(PauseKindEnum, {
  name: 'PauseKind',
  description: 'Why the clock stopped: APPRAISAL 鉴定, TESTING 检测, EVALUATION 评估, MEDIATION 调解.',
});

@ObjectType({ description: 'N working days or N calendar days after the day of receipt.' })
export class TimeLimit {
  @Field(() => Int) n!: number;
  @Field(() => LimitUnitEnum) unit!: Limit['unit'];
}

@InputType()
export class TimeLimitInput {
  @Field(() => Int) n!: number;
  @Field(() => LimitUnitEnum) unit!: Limit['unit'];
}

@ObjectType({ description: 'A deadline rule set (处理时限规则) as one version of it: data, not code.' })
export class DeadlineRuleSet {
  @Field(() => String) code!: string;
  @Field(() => Int) version!: number;
  @Field(() => LocalizedText) name!: LocalizedText;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Receipts from this instant on; null: no start.' })
  effectiveFrom!: string | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Receipts before this instant; null: no end.' })
  effectiveTo!: string | null;
  @Field(() => TimeLimit) simple!: TimeLimit;
  @Field(() => TimeLimit) complex!: TimeLimit;
  @Field(() => Int, { description: 'The cap: calendar days after the day of receipt, before pauses.' })
  maxDays!: number;
  @Field(() => DateTimeScalar, { description: 'When this version was made.' })
  createdAt!: string;
  @Field(() => Boolean, { description: 'The latest version: the one new computations use.' })
  current!: boolean;
}

@ObjectType({ description: 'A clock pause (不计入处理期限的期间) as the computation took it.' })
export class DeadlinePause {
  @Field(() => PauseKindEnum) kind!: PauseKind;
  @Field(() => DateTimeScalar) startAt!: string;
  @Field(() => DateTimeScalar, { nullable: true, description: 'Null while it lasts.' }) endAt!: string | null;
  @Field(() => Int, { nullable: true, description: 'p: whole days, ⌈(end − start) ÷ 86,400 s⌉; null while it lasts.' })
  days!: number | null;
  @Field(() => Int, {
    nullable: true,
    description: 'w: under a working-day limit, the working days among the p dates from its start date.',
  })
  workingDays!: number | null;
  @Field(() => Boolean, {
    description:
      'It started by the deadline found so far; a later one changes nothing (it does not revive an overdue complaint).',
  })
  counted!: boolean;
}

@ObjectType({ description: 'An extension (延期) with its reason and approver.' })
export class DeadlineExtension {
  @Field(() => DateTimeScalar) dueAt!: string;
  @Field(() => String) reason!: string;
  @Field(() => String) approver!: string;
}

@ObjectType({
  description:
    "How a complaint's deadline was computed (RULES.md §1), recomputed from its stored facts under the rule-set version it records.",
})
export class DeadlineExplanation {
  @Field(() => DueSourceEnum) source!: DeadlineSource;
  @Field(() => DeadlineRuleSet) ruleSet!: DeadlineRuleSet;
  @Field(() => HandlingClassEnum) handlingClass!: HandlingClass;
  @Field(() => DateScalar, { description: 'd0, the Shanghai date of receipt: it never counts.' }) d0!: string;
  @Field(() => TimeLimit, { description: "The rule set's limit for the handling class." }) limit!: TimeLimit;
  @Field(() => DateScalar, { description: "The default's last day before pauses." }) lastDay!: string;
  @Field(() => DateScalar, {
    nullable: true,
    description: "The default's last day after the pauses counted; null while a counted pause lasts.",
  })
  pausedLastDay!: string | null;
  @Field(() => [DeadlinePause], { description: 'In order of start.' }) pauses!: DeadlinePause[];
  @Field(() => DeadlineExtension, { nullable: true }) extension!: DeadlineExtension | null;
  @Field(() => Int, { description: 'The days of the counted pauses, which the cap adds.' }) pausedDays!: number;
  @Field(() => DateTimeScalar, { description: 'The latest dueAt allowed: end of day d0 + maxDays + pausedDays.' })
  cap!: string;
  @Field(() => Int, {
    nullable: true,
    description: 'The working-day calendar version used; null when the deadline needs no calendar.',
  })
  calendarVersion!: number | null;
  @Field(() => DateTimeScalar, { nullable: true, description: 'The computed deadline; null while paused (暂停中).' })
  dueAt!: string | null;
  @Field(() => Boolean, { description: 'The computation gives the stored dueAt and source (it should, always).' })
  matchesStored!: boolean;
}

@InputType({ description: "The company standard's new parameters (a new version of the rule set)." })
export class DeadlineRuleSetChange {
  @Field(() => TimeLimitInput) simple!: TimeLimitInput;
  @Field(() => TimeLimitInput) complex!: TimeLimitInput;
  @Field(() => Int) maxDays!: number;
  @Field(() => String, { nullable: true, description: 'Why, for the audit log.' }) note?: string | null;
}

@ObjectType()
export class DeadlineRuleSetChanged {
  @Field(() => DeadlineRuleSet, { description: 'The new version.' }) ruleSet!: DeadlineRuleSet;
  @Field(() => Int, {
    description: 'Complaints whose stored deadline was recomputed with it (their dueAt, rule set version).',
  })
  recomputed!: number;
}

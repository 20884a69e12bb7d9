import { Arg, Authorized, Ctx, Float, Mutation, Query, Resolver } from 'type-graphql';
import type { UnitLevel } from '../../../db/domain.js';
import { badInput } from '../../errors.js';
import type { RequestClock } from '../../kernel/context.js';
import { PeriodInput } from '../../kernel/period.input.js';
import { DateTimeScalar } from '../../kernel/scalars.js';
import { checkPeriod } from '../../kernel/shanghai-time.js';
import { ADMINS, SCORECARD_READERS } from '../access/index.js';
import { UnitLevelEnum } from '../units/index.js';
import { ScorecardRuleSetInput } from './rule-set.input.js';
import type { ScorecardReaders } from './score-units.use-case.js';
import { ruleSetView, scoreItemView } from './scorecard.view.js';
import { Scorecard, ScorecardManualEntry, ScorecardRanking, ScorecardRuleSet } from './scorecard.type.js';
import { scorecardRanking, unitScorecard } from './unit-scorecard.use-case.js';

/** What these resolvers read of the request's context. */
type ScorecardResolverContext = Pick<RequestClock, 'now'> & ScorecardReaders;

@Resolver()
export class ScorecardResolver {
  @Authorized(SCORECARD_READERS)
  @Query(() => [ScorecardRuleSet], {
    description:
      'Every scorecard rule set version (服务效能考评办法), newest first, drafts included. Not for a regulator.',
  })
  async scorecardRuleSets(@Ctx() ctx: ScorecardResolverContext): Promise<ScorecardRuleSet[]> {
    return (await ctx.scorecards.ruleSets()).map(ruleSetView);
  }

  @Authorized(SCORECARD_READERS)
  @Query(() => Scorecard, {
    description:
      'A unit\u2019s score for a period inside one published rule set\u2019s dates (else BAD_USER_INPUT), item by item, with last year\u2019s total. A unit you may see in full only.',
  })
  async scorecard(
    @Ctx() ctx: ScorecardResolverContext,
    @Arg('unit', () => String) unit: string,
    @Arg('period', () => PeriodInput) period: PeriodInput,
    @Arg('asOf', () => DateTimeScalar, { nullable: true }) asOf?: Date,
  ): Promise<Scorecard> {
    const card = await unitScorecard(ctx, { unit, period: checkPeriod(period), asOf: asOf ?? ctx.now });
    return {
      unit: card.subject.unit,
      from: card.period.from,
      to: card.period.to,
      ruleSet: ruleSetView(card.ruleSet),
      items: card.items.map(scoreItemView),
      total: card.total,
      max: card.ruleSet.total,
      noValueCount: card.noValueCount,
      previousTotal: card.previousTotal,
    };
  }

  @Authorized(SCORECARD_READERS)
  @Query(() => ScorecardRanking, {
    description:
      'Peers ranked by scorecard total, ties sharing a rank (并列): the rule set\u2019s peers unless a level or a parent is given. A branch sees its peers\u2019 totals and ranks only.',
  })
  async scorecardRanking(
    @Ctx() ctx: ScorecardResolverContext,
    @Arg('period', () => PeriodInput) period: PeriodInput,
    @Arg('level', () => UnitLevelEnum, { nullable: true }) level?: UnitLevel,
    @Arg('parent', () => String, { nullable: true }) parent?: string,
    @Arg('asOf', () => DateTimeScalar, { nullable: true }) asOf?: Date,
  ): Promise<ScorecardRanking> {
    if (level && parent) throw badInput('scorecardRanking takes at most one of level and parent');
    const ranking = await scorecardRanking(ctx, {
      period: checkPeriod(period),
      peers: level ? { level } : parent ? { parent } : undefined,
      asOf: asOf ?? ctx.now,
    });
    return {
      ruleSet: ruleSetView(ranking.ruleSet),
      from: ranking.period.from,
      to: ranking.period.to,
      rows: ranking.rows.map((row) => ({
        unit: row.subject.unit,
        total: row.total,
        rank: row.rank,
        noValueCount: row.subject.grant.access === 'FULL' ? row.noValueCount : null,
        previousTotal: row.previousTotal,
      })),
    };
  }

  @Authorized(ADMINS)
  @Mutation(() => ScorecardRuleSet, {
    description:
      'Save a scorecard rule set (HQ_ADMIN): with a version, that version replaced in place, refused once a submitted report used it; without, a new version (the code\u2019s last + 1, or 1). Checked whole first (BAD_USER_INPUT naming each item and field, nothing written); audited.',
  })
  async saveScorecardRuleSet(
    @Ctx() ctx: ScorecardResolverContext,
    @Arg('input', () => ScorecardRuleSetInput) input: ScorecardRuleSetInput,
  ): Promise<ScorecardRuleSet> {
    return ruleSetView(await ctx.scorecards.saveRuleSet(input));
  }

  @Authorized(ADMINS)
  @Mutation(() => ScorecardManualEntry, {
    description:
      'Enter (or replace) a unit\u2019s points for a MANUAL item of the rule set in force for the period, with why; recorded with who and when, and in the audit log.',
  })
  async enterScorecardPoints(
    @Ctx() ctx: ScorecardResolverContext,
    @Arg('unit', () => String) unit: string,
    @Arg('period', () => PeriodInput) period: PeriodInput,
    @Arg('item', () => String) item: string,
    @Arg('points', () => Float) points: number,
    @Arg('note', () => String) note: string,
  ): Promise<ScorecardManualEntry> {
    const checked = checkPeriod(period);
    const ruleSet = await ctx.scorecards.ruleSetFor(checked);
    const target = ruleSet.items.find((candidate) => candidate.code === item);
    if (target?.kind !== 'MANUAL')
      throw badInput(`item "${item}" is not a MANUAL item of ${ruleSet.code} version ${ruleSet.version}`);
    const max = target.max ?? 0;
    if (!Number.isFinite(points) || points < 0 || points > max || Math.round(points * 100) !== points * 100)
      throw badInput(`points ${points} for ${item}: from 0 to ${max}, at most two decimals`);
    if (!note.trim()) throw badInput('a note saying why is required');
    const subject = await ctx.units.require(unit, checked.to);
    const entered = await ctx.scorecards.enterManual(ruleSet, subject.grant, subject.unit.code, checked, {
      code: item,
      points,
      note: note.trim(),
    });
    return { ...entered, unit: subject.unit.code, item, enteredAt: new Date(entered.enteredAt) };
  }
}

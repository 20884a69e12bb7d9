import { Arg, Authorized, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { UnitLevel } from '../../../db/domain.js';
import { badInput } from '../../errors.js';
import type { UnitReader } from './unit.reader.js';
import type { RequestClock } from '../../kernel/context.js';
import { DateScalar } from '../../kernel/scalars.js';
import { EVERY_ROLE } from '../access/index.js';
import { Unit, UnitLevelEnum, UnitPeriod } from './unit.type.js';

/** What these resolvers read of the request's context. */
type UnitResolverContext = Pick<RequestClock, 'today'> & { units: UnitReader };

const MAX_SEARCH_TEXT = 100;
const MAX_SEARCH_RESULTS = 50;

const AT = { nullable: true, description: 'The date the tree is looked at (Shanghai); today by default.' };

@Resolver(() => Unit)
export class UnitResolver {
  @Authorized(EVERY_ROLE)
  @Query(() => Unit, {
    nullable: true,
    description:
      'A unit by code, as seen on `at` (today by default); an unknown code is NOT_FOUND, one outside your scope FORBIDDEN.',
  })
  async unit(
    @Ctx() ctx: UnitResolverContext,
    @Arg('code', () => String) code: string,
    @Arg('at', () => DateScalar, AT) at?: string,
  ): Promise<Unit> {
    return (await ctx.units.require(code, at ?? ctx.today)).unit;
  }

  @Authorized(EVERY_ROLE)
  @Query(() => [Unit], {
    description: 'Units in the tree at a date that you may see: at a level, children of a parent, or all.',
  })
  units(
    @Ctx() ctx: UnitResolverContext,
    @Arg('level', () => UnitLevelEnum, { nullable: true }) level?: UnitLevel,
    @Arg('parent', () => String, { nullable: true }) parent?: string,
    @Arg('at', () => DateScalar, AT) at?: string,
  ): Promise<Unit[]> {
    return ctx.units.list(at ?? ctx.today, level, parent);
  }

  @Authorized(EVERY_ROLE)
  @Query(() => [Unit], {
    description:
      'Units in the tree at a date (today by default) whose code or Chinese or English name holds `text` (any case), ' +
      'best first, among those you may see: the search box of the header and the tree.',
  })
  searchUnits(
    @Ctx() ctx: UnitResolverContext,
    @Arg('text', () => String) text: string,
    @Arg('first', () => Int, { defaultValue: 10, description: 'At most this many units, 1–50.' }) first = 10,
    @Arg('at', () => DateScalar, AT) at?: string,
  ): Promise<Unit[]> {
    const trimmed = text.trim();
    if (trimmed.length < 1 || trimmed.length > MAX_SEARCH_TEXT)
      throw badInput(`text must hold 1 to ${MAX_SEARCH_TEXT} characters`);
    if (first < 1 || first > MAX_SEARCH_RESULTS)
      throw badInput(`first must be between 1 and ${MAX_SEARCH_RESULTS}, not ${first}`);
    return ctx.units.search(at ?? ctx.today, trimmed, first);
  }

  @FieldResolver(() => UnitLevelEnum, {
    nullable: true,
    description: 'Null when the unit is not in the tree at that date.',
  })
  level(@Root() unit: Unit, @Ctx() ctx: UnitResolverContext, @Arg('at', () => DateScalar, AT) at?: string) {
    return ctx.units.level(unit, at);
  }

  @FieldResolver(() => Unit, { nullable: true })
  parent(@Root() unit: Unit, @Ctx() ctx: UnitResolverContext, @Arg('at', () => DateScalar, AT) at?: string) {
    return ctx.units.parent(unit, at);
  }

  @FieldResolver(() => [Unit], { description: 'Children at that date, in code order.' })
  children(@Root() unit: Unit, @Ctx() ctx: UnitResolverContext, @Arg('at', () => DateScalar, AT) at?: string) {
    return ctx.units.children(unit, at);
  }

  @FieldResolver(() => Int, { description: 'How many children the unit has at that date.' })
  async childCount(@Root() unit: Unit, @Ctx() ctx: UnitResolverContext, @Arg('at', () => DateScalar, AT) at?: string) {
    return (await ctx.units.children(unit, at)).length;
  }

  @FieldResolver(() => [Unit], { description: 'The chain from the root (HQ) down to the parent, at that date.' })
  ancestors(@Root() unit: Unit, @Ctx() ctx: UnitResolverContext, @Arg('at', () => DateScalar, AT) at?: string) {
    return ctx.units.ancestors(unit, at);
  }

  @FieldResolver(() => [UnitPeriod], {
    description: "Every period of the unit's place in the tree, oldest first, cut to the days it lay in your scope.",
  })
  history(@Root() unit: Unit, @Ctx() ctx: UnitResolverContext) {
    return ctx.units.history(unit);
  }
}

@Resolver(() => UnitPeriod)
export class UnitPeriodResolver {
  @FieldResolver(() => Unit, { nullable: true })
  parent(@Root() period: UnitPeriod, @Ctx() ctx: UnitResolverContext) {
    return ctx.units.periodParent(period);
  }
}

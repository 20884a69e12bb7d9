import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { UnitLevel } from '../../../db/domain.js';
import type { Context } from '../../graphql/context.js';
import { DateScalar } from '../../graphql/scalars.js';
import { unitsOn } from './unit.repository.js';
import { requireUnit, unitsOf } from './unit.service.js';
import { Unit, UnitLevelEnum, UnitPeriod } from './unit.type.js';

const AT = { nullable: true, description: 'The date the tree is looked at (Shanghai); today by default.' };

@Resolver(() => Unit)
export class UnitResolver {
  @Query(() => Unit, { nullable: true, description: 'A unit by code; an unknown code is a NOT_FOUND error.' })
  unit(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<Unit> {
    return requireUnit(ctx, code);
  }

  @Query(() => [Unit], { description: 'Units in the tree at a date: at a level, children of a parent, or all.' })
  async units(
    @Ctx() ctx: Context,
    @Arg('level', () => UnitLevelEnum, { nullable: true }) level?: UnitLevel,
    @Arg('parent', () => String, { nullable: true }) parent?: string,
    @Arg('at', () => DateScalar, AT) at?: string,
  ): Promise<Unit[]> {
    const date = at ?? ctx.today;
    if (!parent) return unitsOn(ctx.db, date, level);
    const children = await ctx.loaders.units.children.load({ id: (await requireUnit(ctx, parent)).id, date });
    if (!level) return children;
    const placements = await ctx.loaders.units.placement.loadMany(children.map(({ id }) => ({ id, date })));
    return children.filter((_, i) => (placements[i] as { level?: string } | undefined)?.level === level);
  }

  @FieldResolver(() => UnitLevelEnum, { nullable: true, description: 'Null when the unit is not in the tree at that date.' })
  async level(@Root() unit: Unit, @Ctx() ctx: Context, @Arg('at', () => DateScalar, AT) at?: string) {
    return (await ctx.loaders.units.placement.load({ id: unit.id, date: at ?? ctx.today }))?.level ?? null;
  }

  @FieldResolver(() => Unit, { nullable: true })
  async parent(@Root() unit: Unit, @Ctx() ctx: Context, @Arg('at', () => DateScalar, AT) at?: string) {
    const placement = await ctx.loaders.units.placement.load({ id: unit.id, date: at ?? ctx.today });
    return placement?.parentId ? ctx.loaders.units.byId.load(placement.parentId) : null;
  }

  @FieldResolver(() => [Unit], { description: 'Children at that date, in code order.' })
  children(@Root() unit: Unit, @Ctx() ctx: Context, @Arg('at', () => DateScalar, AT) at?: string) {
    return ctx.loaders.units.children.load({ id: unit.id, date: at ?? ctx.today });
  }

  @FieldResolver(() => Int, { description: 'How many children the unit has at that date.' })
  async childCount(@Root() unit: Unit, @Ctx() ctx: Context, @Arg('at', () => DateScalar, AT) at?: string) {
    return (await ctx.loaders.units.children.load({ id: unit.id, date: at ?? ctx.today })).length;
  }

  @FieldResolver(() => [Unit], { description: 'The chain from the root (HQ) down to the parent, at that date.' })
  ancestors(@Root() unit: Unit, @Ctx() ctx: Context, @Arg('at', () => DateScalar, AT) at?: string) {
    return unitsOf(ctx, ctx.loaders.units.ancestorIds.load({ id: unit.id, date: at ?? ctx.today }));
  }

  @FieldResolver(() => [UnitPeriod], { description: "Every period of the unit's place in the tree, oldest first." })
  history(@Root() unit: Unit, @Ctx() ctx: Context) {
    return ctx.loaders.units.history.load(unit.id);
  }
}

@Resolver(() => UnitPeriod)
export class UnitPeriodResolver {
  @FieldResolver(() => Unit, { nullable: true })
  parent(@Root() period: UnitPeriod, @Ctx() ctx: Context) {
    return period.parentId ? ctx.loaders.units.byId.load(period.parentId) : null;
  }
}

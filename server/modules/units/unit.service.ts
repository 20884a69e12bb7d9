import type { Context } from '../../graphql/context.js';
import { notFound } from '../../errors.js';
import type { Unit } from './unit.type.js';

/** The unit with this code, or a NOT_FOUND error naming the code. */
export async function requireUnit(ctx: Context, code: string): Promise<Unit> {
  const unit = await ctx.loaders.units.byCode.load(code);
  if (!unit) throw notFound('unit', code);
  return unit;
}

/** Units by id, in the order given (ids come from the database, so every one exists). */
export async function unitsOf(ctx: Context, ids: Promise<number[]>): Promise<Unit[]> {
  const units = await ctx.loaders.units.byId.loadMany(await ids);
  return units as Unit[];
}

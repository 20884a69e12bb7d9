import { ACTIVITY_KINDS, type ActivityKind } from '../../../db/domain.js';

/** One total for every kind, in the vocabulary's order, 0 where there is none. */
export function everyKind(found: readonly { kind: string; count: number }[]): { kind: ActivityKind; count: number }[] {
  const counts = new Map(found.map((row) => [row.kind, row.count]));
  return ACTIVITY_KINDS.map((kind) => ({ kind, count: counts.get(kind) ?? 0 }));
}

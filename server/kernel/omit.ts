/**
 * A copy of a plain object without some of its keys: what a rest pattern (`{ key: _, ...rest }`) copies,
 * without a variable for each value it drops.
 */
export function omit<T extends object, K extends keyof T>(object: T, ...keys: readonly K[]): Omit<T, K> {
  const copy = { ...object };
  for (const key of keys) Reflect.deleteProperty(copy, key);
  return copy;
}

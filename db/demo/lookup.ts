// The generator's own maps: every key it reads was put there first, so a missing one is a bug in the
// generator, named here rather than surfacing as a TypeError further on.
export function lookup<K, V>(map: ReadonlyMap<K, V>, key: K): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`the demo generator has nothing for ${String(key)}`);
  return value;
}

// Scopes grouped by shape (hierarchy date, period, asOf) and told apart by root, run by run: the same
// groups as keys of every part as text would give, however the scopes are ordered.
import { describe, expect, it } from 'vitest';
import type { MeasureRequest } from '../../server/modules/metrics/measure.repository.js';
import { distinctScopes, placesByShape, sameShape } from '../../server/modules/metrics/measure-shapes.js';

/** A scope of one of a few shapes; a new Date each time, as requests carry (equal instants, not the same object). */
const scope = (rootId: number, shape: number): MeasureRequest => ({
  rootId,
  at: ['2013-12-31', '2012-12-31'][shape % 2],
  from: ['2013-01-01', '2012-01-01', '2013-07-01'][shape % 3],
  to: '2013-12-31',
  asOf: new Date(Date.UTC(2025, 0, 1) + (shape % 5)),
});
const text = (r: MeasureRequest) => [r.at, r.from, r.to, r.asOf.toISOString()].join(' ');

/** A list in runs of one shape, with runs left and come back to and scopes asked twice. */
function scopes(): MeasureRequest[] {
  let seed = 11;
  const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
  return Array.from({ length: 3_000 }, (_, n) => scope(random(400), Math.floor(n / (1 + random(60))) % 30));
}

describe('scopes by shape', () => {
  it('groups places by shape, in the order each shape is first seen, as text keys would', () => {
    const list = scopes();
    const byText = new Map<string, number[]>();
    list.forEach((r, i) => byText.set(text(r), [...(byText.get(text(r)) ?? []), i]));
    expect(byText.size).toBeGreaterThan(10);
    expect(placesByShape(list)).toEqual([...byText.values()]);
    expect(placesByShape([])).toEqual([]);
  });

  it('gives each distinct scope once, and each request the place of its own', () => {
    const list = scopes();
    const { scopes: distinct, scopeOf } = distinctScopes(list);
    const keys = distinct.map((r) => `${text(r)} ${r.rootId}`);
    expect(new Set(keys).size).toBe(distinct.length);
    expect(new Set(list.map((r) => `${text(r)} ${r.rootId}`)).size).toBe(distinct.length);
    list.forEach((r, i) => expect(keys[scopeOf[i]]).toBe(`${text(r)} ${r.rootId}`));
  });

  it('tells shapes apart by every part', () => {
    const base = scope(1, 0);
    expect(sameShape(base, { ...base, rootId: 2, asOf: new Date(base.asOf.getTime()) })).toBe(true);
    for (const change of [{ at: '2012-12-31' }, { from: '2013-02-01' }, { to: '2013-11-30' }, { asOf: new Date(0) }])
      expect(sameShape(base, { ...base, ...change })).toBe(false);
  });
});

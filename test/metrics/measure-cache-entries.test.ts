// The cache's rules for what it keeps, on the cache alone: figures of asOf now hold up to the horizon;
// those of one instant hold for it only, are kept apart (a flood of them never pushes out now's), and
// not at all from a statement of many scopes (a whole level's ranking, which the response cache keeps).
import { describe, expect, it } from 'vitest';
import { KEEP_INSTANTS_UNDER, createMeasureCache } from '../../server/modules/metrics/measure.cache.js';
import { NO_MEASURES } from '../../server/modules/metrics/measure-catalog.repository.js';

const STATE = { version: 'db:1:1:1', horizon: 5_000 };
const NOW = 1_000;
const measures = (complaints: number) => ({ ...NO_MEASURES, complaints });

describe('the measure cache keeps', () => {
  it('a figure of asOf now for every asOf up to the horizon', () => {
    const cache = createMeasureCache(10);
    cache.keep(STATE, 'A', ['received'], NOW, NOW, measures(7));
    expect(cache.cached(STATE, 'A', 'received', NOW)?.complaints).toBe(7);
    expect(cache.cached(STATE, 'A', 'received', 4_999)?.complaints).toBe(7);
    expect(cache.cached(STATE, 'A', 'received', 5_000)).toBeUndefined();
    expect(cache.cached(STATE, 'A', 'received', NOW - 1)).toBeUndefined();
    // only the group's own measures
    expect(cache.cached(STATE, 'A', 'received', NOW)).not.toHaveProperty('premiumYuan');
    expect(cache.cached(STATE, 'A', 'received', NOW)).not.toHaveProperty('timely');
    expect(cache.cached(STATE, 'A', 'flow', NOW)).toBeUndefined();
  });

  it('a figure of one instant for that instant only, beside the figure of now', () => {
    const cache = createMeasureCache(10);
    cache.keep(STATE, 'A', ['received'], NOW, NOW, measures(7));
    cache.keep(STATE, 'A', ['received'], 200, NOW, measures(3));
    expect(cache.cached(STATE, 'A', 'received', 200)?.complaints).toBe(3);
    expect(cache.cached(STATE, 'A', 'received', 201)).toBeUndefined();
    expect(cache.cached(STATE, 'A', 'received', NOW)?.complaints).toBe(7);
  });

  it('the figures of now however many instants are kept after them', () => {
    const cache = createMeasureCache(10);
    cache.keep(STATE, 'A', ['received'], NOW, NOW, measures(7));
    for (let asOf = 0; asOf < 50; asOf += 1) cache.keep(STATE, `S${asOf}`, ['received'], asOf, NOW, measures(1));
    expect(cache.cached(STATE, 'A', 'received', NOW)?.complaints).toBe(7);
    // the instants' room is a tenth: the latest one is there, the first long gone
    expect(cache.cached(STATE, 'S49', 'received', 49)?.complaints).toBe(1);
    expect(cache.cached(STATE, 'S0', 'received', 0)).toBeUndefined();
  });

  it('no figure of an instant from a statement of many scopes, those of now whatever its size', () => {
    const cache = createMeasureCache(1_000);
    cache.keep(STATE, 'A', ['received'], 200, NOW, measures(3), KEEP_INSTANTS_UNDER);
    expect(cache.cached(STATE, 'A', 'received', 200)).toBeUndefined();
    cache.keep(STATE, 'A', ['received'], 200, NOW, measures(3), KEEP_INSTANTS_UNDER - 1);
    expect(cache.cached(STATE, 'A', 'received', 200)?.complaints).toBe(3);
    cache.keep(STATE, 'B', ['received'], NOW, NOW, measures(9), 10 * KEEP_INSTANTS_UNDER);
    expect(cache.cached(STATE, 'B', 'received', NOW)?.complaints).toBe(9);
  });

  it('admits an instant from its second statement on, now always', () => {
    const cache = createMeasureCache(1_000);
    expect([cache.admits(200, NOW), cache.admits(200, NOW), cache.admits(200, NOW)]).toEqual([false, true, true]);
    expect(cache.admits(201, NOW)).toBe(false);
    expect([cache.admits(NOW, NOW), cache.admits(NOW, NOW)]).toEqual([true, true]);
    cache.clear();
    expect(cache.admits(200, NOW)).toBe(false);
  });

  it('nothing across data versions', () => {
    const cache = createMeasureCache(10);
    cache.keep(STATE, 'A', ['received'], NOW, NOW, measures(7));
    expect(cache.cached({ ...STATE, version: 'db:1:1:2' }, 'A', 'received', NOW)).toBeUndefined();
  });

  it('knows when no entry could hold a figure of an asOf, so that a batch skips its lookups', () => {
    const cache = createMeasureCache(10);
    const OTHER = { ...STATE, version: 'db:1:1:2' };
    expect(cache.mayHold(STATE, NOW)).toBe(false);
    cache.keep(STATE, 'A', ['received'], NOW, NOW, measures(7));
    // of now: from its instant on (even past the horizon: the lookup says no), never before
    expect([NOW - 1, NOW, 4_999, 9_999].map((asOf) => cache.mayHold(STATE, asOf))).toEqual([false, true, true, true]);
    expect(cache.mayHold(OTHER, NOW)).toBe(false);
    // of an instant, that instant's, while one of its entries is kept
    cache.keep(STATE, 'A', ['received', 'premium'], 200, NOW, measures(3));
    expect([199, 200, 201].map((asOf) => cache.mayHold(STATE, asOf))).toEqual([false, true, false]);
    cache.keep(STATE, 'A', ['received'], 200, NOW, measures(4)); // one entry replaced, both still there
    expect(cache.mayHold(STATE, 200)).toBe(true);
    for (let asOf = 300; asOf < 302; asOf += 1) cache.keep(STATE, `S${asOf}`, ['received'], asOf, NOW, measures(1));
    expect(cache.cached(STATE, 'A', 'received', 200)).toBeUndefined(); // pushed out (a tenth of 10: one)
    expect(cache.mayHold(STATE, 200)).toBe(false);
    expect(cache.mayHold(STATE, 301)).toBe(true);
    cache.clear();
    expect([NOW, 301].map((asOf) => cache.mayHold(STATE, asOf))).toEqual([false, false]);
  });
});

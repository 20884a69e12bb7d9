import { describe, expect, it } from 'vitest';
import { alternately } from './measure.js';

// How the bench measures two requests side by side: in turn, over the same minutes.
describe('measuring requests alternately', () => {
  it('runs each in turn after a warm-up of each, none always first, and gives each its own latencies', async () => {
    const calls: string[] = [];
    const request = (name: string) => () => (calls.push(name), Promise.resolve());
    const [a, b] = await alternately([request('a'), request('b')], 0.05);

    expect(calls.slice(0, 10)).toEqual(['a', 'b', 'a', 'b', 'a', 'b', 'a', 'b', 'a', 'b']);
    const measured = calls.slice(10);
    // Rounds: a then b, then b then a, and so on.
    expect(measured.slice(0, 6)).toEqual(['a', 'b', 'b', 'a', 'a', 'b']);
    expect(a.samples + b.samples).toBe(measured.length);
    expect(a.samples).toBe(b.samples);
    expect(a.p50).toBeLessThanOrEqual(a.p95);
    expect(a.p95).toBeLessThanOrEqual(a.p99);
  });

  it('keeps each request’s latencies apart', async () => {
    const pause = (ms: number) => () => new Promise<void>((resolve) => setTimeout(resolve, ms));
    const [quick, slow] = await alternately([pause(0), pause(20)], 0.3);
    expect(slow.p50).toBeGreaterThanOrEqual(19);
    expect(quick.p50).toBeLessThan(slow.p50);
  });
});

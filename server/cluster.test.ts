import { describe, expect, it } from 'vitest';
import { restartDelay } from './cluster.js';

describe('restartDelay', () => {
  it('replaces a worker that lived a while after a second', () => {
    expect(restartDelay(0, 120_000)).toBe(1_000);
    expect(restartDelay(32_000, 60_000)).toBe(1_000);
  });

  it('doubles the pause while workers keep dying young, up to a minute', () => {
    const pauses = [];
    let pause = 0;
    for (let i = 0; i < 9; i += 1) pauses.push((pause = restartDelay(pause, 500)));
    expect(pauses).toEqual([1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 60_000, 60_000, 60_000]);
  });
});

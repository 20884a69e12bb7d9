import { describe, expect, it } from 'vitest';
import { AGING_BUCKETS, OVERDUE_STARTS, PAUSED_BUCKET, aging } from './backlog.service.js';

describe('backlog aging buckets', () => {
  it('starts the overdue buckets at 1, 8, 16, 31 and 91 days past due, right after the one before ends', () => {
    expect(OVERDUE_STARTS).toEqual([1, 8, 16, 31, 91]);
    const timed = AGING_BUCKETS.filter((bucket) => bucket.key !== 'PAUSED');
    timed.slice(1).forEach((bucket, i) => expect(bucket.minDays).toBe(timed[i].maxDays! + 1));
  });

  it("lists every bucket in order with SQL's counts by bucket number, zeros included; a paused one is never overdue", () => {
    // SQL found 2 not yet due (0), 3 in 8–15 days (2), 1 over 90 (5), 4 paused
    const result = aging([
      { bucket: 2, count: 3 },
      { bucket: 0, count: 2 },
      { bucket: 5, count: 1 },
      { bucket: PAUSED_BUCKET, count: 4 },
    ]);
    expect(result.buckets.map((b) => [b.key, b.minDays, b.maxDays, b.count])).toEqual([
      ['NOT_DUE', null, 0, 2],
      ['PAUSED', null, null, 4],
      ['DAYS_1_7', 1, 7, 0],
      ['DAYS_8_15', 8, 15, 3],
      ['DAYS_16_30', 16, 30, 0],
      ['DAYS_31_90', 31, 90, 0],
      ['OVER_90', 91, null, 1],
    ]);
    expect(result).toMatchObject({ total: 10, overdue: 4 });
  });

  it('has a total of 0 and every bucket at 0 when nothing is open', () => {
    expect(aging([])).toMatchObject({ total: 0, overdue: 0 });
    expect(aging([]).buckets.every((b) => b.count === 0)).toBe(true);
  });
});

import type { Category, Channel, Line } from '../../../db/domain.js';

// The aging buckets of open complaints, by days past due = ceil((T − dueAt) ÷ 86,400 s): not yet due
// (dueAt >= T, days <= 0), paused (RULES.md §3: in a counted pause at T and not past due; never
// overdue), then whole days past due. Pure; the SQL counts with OVERDUE_STARTS.

export const AGING_BUCKETS = [
  { key: 'NOT_DUE', minDays: null, maxDays: 0 },
  { key: 'PAUSED', minDays: null, maxDays: null },
  { key: 'DAYS_1_7', minDays: 1, maxDays: 7 },
  { key: 'DAYS_8_15', minDays: 8, maxDays: 15 },
  { key: 'DAYS_16_30', minDays: 16, maxDays: 30 },
  { key: 'DAYS_31_90', minDays: 31, maxDays: 90 },
  { key: 'OVER_90', minDays: 91, maxDays: null },
] as const;
export type AgingBucketKey = (typeof AGING_BUCKETS)[number]['key'];

const OVERDUE_BUCKETS = AGING_BUCKETS.filter((bucket) => bucket.minDays !== null);

/** The first day of each overdue bucket, ascending: SQL's width_bucket numbers them from 1 (0: not yet due). */
export const OVERDUE_STARTS: number[] = OVERDUE_BUCKETS.map((bucket) => bucket.minDays);

/** SQL's number for a paused complaint, beside width_bucket's 0 (not yet due) and 1… (overdue). */
export const PAUSED_BUCKET = -1;

/** Which open complaints count (the figure filter's fields; an empty or absent list means all). */
export interface BacklogFilter {
  channels?: Channel[];
  lines?: Line[];
  categories?: Category[];
  assessedOnly?: boolean;
}

export interface AgingBucket {
  key: AgingBucketKey;
  minDays: number | null;
  maxDays: number | null;
  count: number;
}

const keyOf = (bucket: number): AgingBucketKey =>
  bucket === PAUSED_BUCKET ? 'PAUSED' : bucket === 0 ? 'NOT_DUE' : OVERDUE_BUCKETS[bucket - 1].key;

/** Every bucket in order, 0 where SQL found none; the total and the overdue (every bucket past due). */
export function aging(found: readonly { bucket: number; count: number }[]) {
  const counts = new Map(found.map((row) => [keyOf(row.bucket), row.count]));
  const buckets: AgingBucket[] = AGING_BUCKETS.map((bucket) => ({ ...bucket, count: counts.get(bucket.key) ?? 0 }));
  const total = buckets.reduce((sum, bucket) => sum + bucket.count, 0);
  const overdue = buckets.filter((bucket) => bucket.minDays !== null).reduce((sum, bucket) => sum + bucket.count, 0);
  return { total, overdue, buckets };
}

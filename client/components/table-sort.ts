import type { SortOrder } from 'antd/es/table/interface';

// Sorters for antd's Table columns. antd negates a sorter's answer for a descending sort; these
// read the order they are given so that rows without a value stay last either way, and reference
// rows (the company figure, the peers' mean and median under a compare table) stay at the bottom.

export type RowCompare<T> = (a: T, b: T, order?: SortOrder) => number;

/** Where `a` goes when only one of the two has a value (or is pinned): after `b`, whichever the direction. */
const last = (aMissing: boolean, order?: SortOrder) => (aMissing ? 1 : -1) * (order === 'descend' ? -1 : 1);

/** Numbers by value; a row without a number last. */
export function byNumber<T>(value: (row: T) => number | null | undefined): RowCompare<T> {
  return (a, b, order) => {
    const x = value(a);
    const y = value(b);
    if (x == null || y == null) return x == null && y == null ? 0 : last(x == null, order);
    return x - y;
  };
}

const collator = new Intl.Collator('zh-CN', { numeric: true });

/** Names and other text in Chinese order (by pinyin, as Chinese readers expect, Latin letters among them); an empty one last. */
export function byText<T>(value: (row: T) => string | null | undefined): RowCompare<T> {
  return (a, b, order) => {
    const x = value(a);
    const y = value(b);
    if (!x || !y) return !x && !y ? 0 : last(!x, order);
    return collator.compare(x, y);
  };
}

/** The same order, with the pinned rows after all others (in their own order) whichever the direction. */
export function pinnedLast<T>(pinned: (row: T) => boolean, compare: RowCompare<T>): RowCompare<T> {
  return (a, b, order) => {
    const pa = pinned(a);
    const pb = pinned(b);
    if (pa !== pb) return last(pa, order);
    // antd negates for a descending sort: give the pinned rows' own order back unchanged.
    if (pa) return 0;
    return compare(a, b, order);
  };
}

/** Rows sorted as antd would sort them, for a test or an export of the table as shown. */
export function sortRows<T>(rows: readonly T[], compare: RowCompare<T>, order: 'ascend' | 'descend'): T[] {
  return [...rows].sort((a, b) => (order === 'ascend' ? 1 : -1) * compare(a, b, order));
}

// The issues a complaint raises (投诉事项, RULES.md §4): most raise one, of their own category, and have
// no issue rows; a few raise two or three, the first of their own category, the others of another.
// The shares give about 1.076 issues a complaint, the regulator's 2013 H1 ratio (10,451 for 9,710).
import { CATEGORIES } from '../domain.js';
import type { DemoComplaint } from './complaint-builder.js';
import type { Cell } from './csv-writer.js';
import type { Random } from './random.js';

export const ISSUE_COLUMNS = ['complaint_ref', 'seq', 'category'];

const TWO_ISSUES_SHARE = 0.065;
const THREE_ISSUES_SHARE = 0.0055;

export function issueRows(random: Random, complaint: DemoComplaint): Record<string, Cell>[] {
  const draw = random.int(0, 9_999) / 10_000;
  const count = draw < THREE_ISSUES_SHARE ? 3 : draw < THREE_ISSUES_SHARE + TWO_ISSUES_SHARE ? 2 : 1;
  if (count === 1) return [];
  const others = CATEGORIES.filter((category) => category !== complaint.category);
  return [complaint.category, ...Array.from({ length: count - 1 }, () => random.pick(others))].map((category, i) => ({
    complaint_ref: complaint.ref,
    seq: i + 1,
    category,
  }));
}

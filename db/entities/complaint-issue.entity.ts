import { defineEntity, p } from '@mikro-orm/core';
import { CATEGORIES } from '../domain.js';
import { Complaint } from './complaint.entity.js';

/**
 * An issue a complaint raises (投诉事项, RULES.md §4), numbered 1, 2, … within it, with its own category.
 * A complaint without issue rows is one issue of its own category; its row keeps the count
 * (`issueCount`, by a trigger) for the rollups.
 */
export const ComplaintIssueSchema = defineEntity({
  name: 'ComplaintIssue',
  tableName: 'complaint_issue',
  properties: {
    complaint: () => p.manyToOne(Complaint).primary().deleteRule('cascade'),
    seq: p.integer().primary(),
    category: p.enum(CATEGORIES),
  },
  checks: [{ name: 'complaint_issue_seq_check', expression: 'seq > 0' }],
});
export class ComplaintIssue extends ComplaintIssueSchema.class {}
ComplaintIssueSchema.setClass(ComplaintIssue);

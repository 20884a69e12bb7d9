import { defineEntity, p } from '@mikro-orm/core';
import { PAUSE_KINDS } from '../rules/deadline.js';
import { Complaint } from './complaint.entity.js';

/**
 * A clock pause of a complaint (不计入处理期限的期间, RULES.md §1): [startAt, endAt), open while endAt is
 * null. `days`, `workingDays` and `counted` are what the complaint's last deadline computation made of
 * it (p, w, and whether it started by the deadline found so far), written with the complaint's dueAt.
 * The pauses of a complaint never overlap (an exclusion constraint of the migration).
 */
export const ComplaintPauseSchema = defineEntity({
  name: 'ComplaintPause',
  tableName: 'complaint_pause',
  properties: {
    complaint: () => p.manyToOne(Complaint).primary().deleteRule('cascade'),
    startAt: p.datetime().primary(),
    kind: p.enum(PAUSE_KINDS),
    endAt: p.datetime().nullable(),
    note: p.text().nullable(),
    days: p.integer().nullable(),
    workingDays: p.integer().nullable(),
    counted: p.boolean().nullable(),
  },
  checks: [{ name: 'complaint_pause_end_after_start_check', expression: 'end_at is null or end_at > start_at' }],
});
export class ComplaintPause extends ComplaintPauseSchema.class {}
ComplaintPauseSchema.setClass(ComplaintPause);

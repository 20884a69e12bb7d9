import { defineEntity, p } from '@mikro-orm/core';
import { Complaint } from './complaint.entity.js';

/** A return call (回访) to the customer of a complaint. */
export const FollowupSchema = defineEntity({
  name: 'Followup',
  tableName: 'followup',
  properties: {
    id: p.integer().primary().autoincrement(),
    complaint: () => p.manyToOne(Complaint).deleteRule('cascade'),
    visitedAt: p.datetime(),
    satisfied: p.boolean(),
  },
  uniques: [{ name: 'followup_natural_key', properties: ['complaint', 'visitedAt'] }],
});
export class Followup extends FollowupSchema.class {}
FollowupSchema.setClass(Followup);

import { defineEntity, p } from '@mikro-orm/core';
import { ACTIVITY_KINDS } from '../domain.js';
import { Unit } from './unit.entity.js';

/** A service activity (服务活动) of a unit on a local date: hotline duty, reception, training. */
export const ActivitySchema = defineEntity({
  name: 'Activity',
  tableName: 'activity',
  properties: {
    id: p.integer().primary().autoincrement(),
    unit: () => p.manyToOne(Unit),
    date: p.date(),
    kind: p.enum(ACTIVITY_KINDS),
    count: p.integer(),
    note: p.text().nullable(),
  },
  uniques: [{ name: 'activity_natural_key', properties: ['unit', 'date', 'kind'] }],
  checks: [{ name: 'activity_count_check', expression: 'count >= 0' }],
});
export class Activity extends ActivitySchema.class {}
ActivitySchema.setClass(Activity);

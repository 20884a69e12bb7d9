import { defineEntity, p } from '@mikro-orm/core';
import { LINES } from '../domain.js';
import { Unit } from './unit.entity.js';

/** Premium income and policy count of one unit, month (stored as its first day) and business line. */
export const PremiumSchema = defineEntity({
  name: 'Premium',
  tableName: 'premium',
  properties: {
    id: p.integer().primary().autoincrement(),
    unit: () => p.manyToOne(Unit),
    month: p.date(),
    line: p.enum(LINES),
    premiumYuan: p.decimal('string').precision(18).scale(2),
    policies: p.integer(),
    /** When the row was first stored and last changed (see Complaint): for a report's restatement. */
    recordedAt: p.datetime().defaultRaw('now()'),
    changedAt: p.datetime().defaultRaw('now()'),
    recordedXid: p.string().columnType('xid8').nullable().defaultRaw('pg_current_xact_id()'),
    changedXid: p.string().columnType('xid8').nullable().defaultRaw('pg_current_xact_id()'),
  },
  uniques: [{ name: 'premium_natural_key', properties: ['unit', 'month', 'line'] }],
  checks: [
    { name: 'premium_non_negative_check', expression: 'premium_yuan >= 0 and policies >= 0' },
    { name: 'premium_month_check', expression: 'extract(day from month) = 1' },
  ],
});
export class Premium extends PremiumSchema.class {}
PremiumSchema.setClass(Premium);

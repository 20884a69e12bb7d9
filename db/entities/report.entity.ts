import { defineEntity, p } from '@mikro-orm/core';
import { COMPARISONS, REPORT_TEMPLATES } from '../domain.js';
import { Unit } from './unit.entity.js';
import { User } from './user.entity.js';

/**
 * A report's parameters (issue 6): a template, a unit (or jurisdiction), a period and a comparison.
 * A draft has no version and its figures stay live; once it has one, a trigger (see the migration)
 * refuses any change of the parameters, so every version of a report answers the same question.
 * Creators and submitters are copied by name too, so a report reads the same whatever happens to
 * users later, and the command line (no user) can be named.
 */
export const ReportSchema = defineEntity({
  name: 'Report',
  tableName: 'report',
  properties: {
    id: p.integer().primary().autoincrement(),
    template: p.enum(REPORT_TEMPLATES),
    unit: () => p.manyToOne(Unit),
    periodFrom: p.date(),
    periodTo: p.date(),
    comparison: p.enum(COMPARISONS),
    createdBy: () => p.manyToOne(User).nullable().deleteRule('no action'),
    createdByName: p.string().length(64),
    createdAt: p.datetime().defaultRaw('now()'),
  },
  indexes: [{ name: 'report_unit_idx', properties: ['unit'] }],
  checks: [{ name: 'report_period_check', expression: 'period_from <= period_to' }],
});
export class Report extends ReportSchema.class {}
ReportSchema.setClass(Report);

/**
 * A submitted version: the assembled content frozen as JSON, the instant its figures were measured
 * as of, and a fingerprint of the data behind them. Immutable: a trigger refuses every update and
 * delete. Version 1 has no reason; a correction (2 on) must say why (a check).
 */
export const ReportVersionSchema = defineEntity({
  name: 'ReportVersion',
  tableName: 'report_version',
  properties: {
    id: p.integer().primary().autoincrement(),
    report: () => p.manyToOne(Report),
    version: p.integer(),
    reason: p.text().nullable(),
    asOf: p.datetime(),
    /** The submission's snapshot (pg_current_snapshot()): which writes its figures saw. Null before 20261206100000. */
    asOfSnapshot: p.string().columnType('pg_snapshot').nullable(),
    content: p.json(),
    /** The rule-set versions and calendar version its figures were computed under; null before 20261209120000. */
    rules: p.json().nullable(),
    fingerprint: p.string().length(64),
    submittedBy: () => p.manyToOne(User).nullable().deleteRule('no action'),
    submittedByName: p.string().length(64),
    submittedAt: p.datetime().defaultRaw('now()'),
  },
  uniques: [{ name: 'report_version_report_version_unique', properties: ['report', 'version'] }],
  checks: [
    {
      name: 'report_version_reason_check',
      expression:
        '(version = 1 and reason is null) or (version > 1 and reason is not null and length(btrim(reason)) > 0)',
    },
  ],
});
export class ReportVersion extends ReportVersionSchema.class {}
ReportVersionSchema.setClass(ReportVersion);

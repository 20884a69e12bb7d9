import { defineEntity, p } from '@mikro-orm/core';
import { INCIDENT_KINDS, SCORECARD_STATUSES, UNIT_LEVELS } from '../domain.js';
import { ReportVersion } from './report.entity.js';
import { Unit } from './unit.entity.js';
import { User } from './user.entity.js';

/**
 * A scorecard rule set (RULES.md §5) as data: its items (kind, parameters, max) as jsonb, for the
 * dates [effectiveFrom, effectiveTo], peers a level or a parent's children. A change is a new version;
 * once a submitted report used a version, a trigger (see the migration) refuses to change or remove it.
 */
export const ScorecardRuleSetSchema = defineEntity({
  name: 'ScorecardRuleSet',
  tableName: 'scorecard_rule_set',
  properties: {
    code: p.string().length(32).primary(),
    version: p.integer().primary(),
    nameZh: p.text(),
    nameEn: p.text(),
    effectiveFrom: p.date(),
    effectiveTo: p.date(),
    total: p.decimal('number').precision(6).scale(2).default(100),
    peerLevel: p.enum(UNIT_LEVELS).nullable(),
    peerParent: p.string().length(32).nullable(),
    status: p.enum(SCORECARD_STATUSES).default('DRAFT'),
    items: p.json(),
    createdAt: p.datetime().defaultRaw('now()'),
  },
  checks: [
    { name: 'scorecard_rule_set_range_check', expression: 'effective_from <= effective_to' },
    { name: 'scorecard_rule_set_peers_check', expression: '(peer_level is null) <> (peer_parent is null)' },
  ],
});
export class ScorecardRuleSet extends ScorecardRuleSetSchema.class {}
ScorecardRuleSetSchema.setClass(ScorecardRuleSet);

/** Which scorecard rule set versions a submitted report version scored with: they are fixed from then on. */
export const ReportScorecardRuleSetSchema = defineEntity({
  name: 'ReportScorecardRuleSet',
  tableName: 'report_scorecard_rule_set',
  properties: {
    reportVersion: () => p.manyToOne(ReportVersion).primary(),
    code: p.string().length(32).primary(),
    version: p.integer().primary(),
  },
});
export class ReportScorecardRuleSet extends ReportScorecardRuleSetSchema.class {}
ReportScorecardRuleSetSchema.setClass(ReportScorecardRuleSet);

/** MANUAL points entered by HQ for a unit, period and item, with why, who and when (also in the audit log). */
export const ScorecardManualPointSchema = defineEntity({
  name: 'ScorecardManualPoint',
  tableName: 'scorecard_manual_point',
  properties: {
    id: p.integer().primary().autoincrement(),
    ruleSetCode: p.string().length(32),
    ruleSetVersion: p.integer(),
    unit: () => p.manyToOne(Unit),
    periodFrom: p.date(),
    periodTo: p.date(),
    itemCode: p.string().length(16),
    points: p.decimal('number').precision(6).scale(2),
    note: p.text(),
    enteredBy: () => p.manyToOne(User).nullable().deleteRule('no action'),
    enteredByName: p.string().length(64),
    enteredAt: p.datetime().defaultRaw('now()'),
  },
  checks: [
    { name: 'scorecard_manual_point_period_check', expression: 'period_from <= period_to' },
    { name: 'scorecard_manual_point_points_check', expression: 'points >= 0' },
  ],
});
export class ScorecardManualPoint extends ScorecardManualPointSchema.class {}
ScorecardManualPointSchema.setClass(ScorecardManualPoint);

/** An incident a DEDUCTION item counts (import kind `incidents`, key ref): a unit's, on a date. */
export const IncidentSchema = defineEntity({
  name: 'Incident',
  tableName: 'incident',
  properties: {
    id: p.integer().primary().autoincrement(),
    ref: p.string().length(64).unique('incident_ref_unique'),
    unit: () => p.manyToOne(Unit),
    date: p.date(),
    kind: p.enum(INCIDENT_KINDS),
    note: p.text().nullable(),
    recordedAt: p.datetime().defaultRaw('now()'),
  },
  indexes: [{ name: 'incident_unit_date_idx', properties: ['unit', 'date'] }],
});
export class Incident extends IncidentSchema.class {}
IncidentSchema.setClass(Incident);

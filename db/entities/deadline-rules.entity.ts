import { defineEntity, p } from '@mikro-orm/core';
const LIMIT_UNITS = ['WORKING_DAYS', 'DAYS'] as const;

/**
 * A deadline rule set (RULES.md §1) as data: the limit per handling class and the cap, for the receipt
 * instants [effectiveFrom, effectiveTo). A change is a new version; a complaint records the code and
 * version it was computed with. The shipped three are seeded by the migration that created the table.
 */
export const DeadlineRuleSetSchema = defineEntity({
  name: 'DeadlineRuleSet',
  tableName: 'deadline_rule_set',
  properties: {
    code: p.string().length(32).primary(),
    version: p.integer().primary(),
    nameZh: p.text(),
    nameEn: p.text(),
    effectiveFrom: p.datetime().nullable(),
    effectiveTo: p.datetime().nullable(),
    simpleN: p.integer(),
    simpleUnit: p.enum(LIMIT_UNITS),
    complexN: p.integer(),
    complexUnit: p.enum(LIMIT_UNITS),
    maxDays: p.integer(),
    createdAt: p.datetime().defaultRaw('now()'),
  },
  checks: [
    { name: 'deadline_rule_set_limits_check', expression: 'simple_n > 0 and complex_n > 0 and max_days > 0' },
    {
      name: 'deadline_rule_set_range_check',
      expression: 'effective_from is null or effective_to is null or effective_from < effective_to',
    },
  ],
});
export class DeadlineRuleSet extends DeadlineRuleSetSchema.class {}
DeadlineRuleSetSchema.setClass(DeadlineRuleSet);

/**
 * The working-day calendar (RULES.md §2): one row per date that departs from Monday–Friday. A year is
 * known when it has a row. Seeded from db/rules/calendar.csv; the `calendar` import adds or corrects.
 */
export const WorkingDaySchema = defineEntity({
  name: 'WorkingDay',
  tableName: 'working_day',
  properties: {
    date: p.date().primary(),
    isWorkingDay: p.boolean(),
    note: p.text().nullable(),
  },
});
export class WorkingDay extends WorkingDaySchema.class {}
WorkingDaySchema.setClass(WorkingDay);

/**
 * The calendar's versions: the shipped one is 1, and each `calendar` import that changes a row adds the
 * next. A complaint whose deadline needed the calendar records the version it was computed with.
 */
export const CalendarVersionSchema = defineEntity({
  name: 'CalendarVersion',
  tableName: 'calendar_version',
  properties: {
    version: p.integer().primary(),
    changedAt: p.datetime().defaultRaw('now()'),
    rowsChanged: p.integer(),
    note: p.text().nullable(),
  },
});
export class CalendarVersion extends CalendarVersionSchema.class {}
CalendarVersionSchema.setClass(CalendarVersion);

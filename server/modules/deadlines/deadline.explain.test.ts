import { describe, expect, it } from 'vitest';
import { shippedCalendar } from '../../../db/rules/calendar-file.js';
import { explainDeadline, type StoredDeadline } from './deadline.explain.js';
import type { DeadlineRuleSet } from './deadline.type.js';

// The explanation is recomputed under the rule-set version the complaint records, whatever is in
// force now, and says when it does not give the stored deadline.

const version = (n: number, simple: number): DeadlineRuleSet => ({
  code: 'CIRC_2013',
  version: n,
  name: { zh: '《保险消费投诉处理管理办法》', en: 'CIRC Order No. 8 of 2013' },
  effectiveFrom: '2013-10-31T16:00:00.000Z',
  effectiveTo: '2020-02-29T16:00:00.000Z',
  simple: { n: simple, unit: 'WORKING_DAYS' },
  complex: { n: 30, unit: 'DAYS' },
  maxDays: 60,
  createdAt: '2026-12-01T00:00:00.000Z',
  current: n === 2,
});
const RULE_SETS = [version(1, 10), version(2, 5)];

// RULES.md A1: Mon 2013-12-30, 10 working days over New Year's Day: 2014-01-14
const A1: StoredDeadline = {
  receivedAt: '2013-12-30T02:00:00.000Z',
  handlingClass: 'SIMPLE',
  dueAt: '2014-01-14T15:59:59.999Z',
  dueSource: 'DEFAULT',
  extendedDueAt: null,
  extensionReason: null,
  extensionApprover: null,
  ruleSetCode: 'CIRC_2013',
  ruleSetVersion: 1,
  calendarVersion: 1,
};

describe('a deadline explained', () => {
  it('follows the recorded version, not the one in force now', () => {
    expect(explainDeadline(A1, [], RULE_SETS, shippedCalendar())).toMatchObject({
      ruleSet: { version: 1 },
      d0: '2013-12-30',
      limit: { n: 10, unit: 'WORKING_DAYS' },
      lastDay: '2014-01-14',
      cap: '2014-02-28T15:59:59.999Z',
      calendarVersion: 1,
      matchesStored: true,
    });
  });

  it('says so when the computation does not give the stored deadline', () => {
    const stale = { ...A1, dueAt: '2014-01-15T15:59:59.999Z' };
    expect(explainDeadline(stale, [], RULE_SETS, shippedCalendar())?.matchesStored).toBe(false);
  });

  it('has nothing to explain for a deadline stored before rule sets, or under a version that is gone', () => {
    expect(explainDeadline({ ...A1, dueSource: null }, [], RULE_SETS, shippedCalendar())).toBeNull();
    expect(explainDeadline({ ...A1, ruleSetVersion: 9 }, [], RULE_SETS, shippedCalendar())).toBeNull();
  });
});

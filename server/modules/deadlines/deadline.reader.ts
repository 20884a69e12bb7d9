import DataLoader from 'dataloader';
import { WorkingDayCalendar } from '../../../db/rules/calendar.js';
import type { Db } from '../../../db/sql.js';
import { groupBy } from '../../kernel/dated-loader.js';
import { explainDeadline, type StoredDeadline } from './deadline.explain.js';
import { calendarOf, pausesOf, ruleSetVersions, type StoredPause } from './deadline.repository.js';
import type { DeadlineExplanation, DeadlineRuleSet, DeadlineRuleSetChange } from './deadline.type.js';
import { changeRuleSet, type RuleSetChangeDeps } from './rule-set-change.use-case.js';

export interface DeadlineReaderDeps extends RuleSetChangeDeps {
  db: Db;
}

/**
 * Deadlines as a request reads them: the rule sets (every version), and a complaint's deadline
 * explained. The complaint itself was read through the scope already, so its deadline is seen by
 * whoever sees the complaint. The rule sets and the calendar are read once per request, the pauses of
 * every complaint asked for in one statement.
 */
export function createDeadlineReader(deps: DeadlineReaderDeps) {
  let rules: Promise<{ ruleSets: DeadlineRuleSet[]; calendar: WorkingDayCalendar }> | undefined;
  const loadRules = () =>
    (rules ??= Promise.all([ruleSetVersions(deps.db), calendarOf(deps.db)]).then(([ruleSets, calendar]) => ({
      ruleSets,
      calendar: new WorkingDayCalendar(calendar.rows),
    })));
  const pauses = new DataLoader<number, StoredPause[]>(async (ids) => {
    const found = groupBy(await pausesOf(deps.db, ids), (pause) => pause.complaintId);
    return ids.map((id) => found.get(id) ?? []);
  });

  return {
    async ruleSets(): Promise<DeadlineRuleSet[]> {
      return (await loadRules()).ruleSets;
    },

    async explain(complaint: StoredDeadline & { id: number }): Promise<DeadlineExplanation | null> {
      if (complaint.dueSource === null) return null;
      const [{ ruleSets, calendar }, stored] = await Promise.all([loadRules(), pauses.load(complaint.id)]);
      const facts = stored.map((pause) => ({
        kind: pause.kind,
        startAt: new Date(pause.startAt),
        endAt: pause.endAt === null ? null : new Date(pause.endAt),
      }));
      return explainDeadline(complaint, facts, ruleSets, calendar);
    },

    /** A new version of a rule set (HQ_ADMIN), every complaint computed with it recomputed. */
    change(code: string, change: DeadlineRuleSetChange) {
      rules = undefined;
      return changeRuleSet(deps, code, change);
    },
  };
}

export type DeadlineReader = ReturnType<typeof createDeadlineReader>;

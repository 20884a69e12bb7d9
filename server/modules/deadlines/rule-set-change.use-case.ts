import { CompiledQuery, sql } from 'kysely';
import { IMPORT_LOCK, loadDeadlineRules, recomputeDeadlines, type SqlClient } from '../../../db/import/index.js';
import { isoInstant, rows, type Db } from '../../../db/sql.js';
import { badInput } from '../../errors.js';
import { appendAudit } from '../access/index.js';
import type { Transact } from '../../kernel/transact.js';
import type { Scope } from '../access/index.js';
import { ruleSetVersions } from './deadline.repository.js';
import type { DeadlineRuleSet, DeadlineRuleSetChange } from './deadline.type.js';

// A change of a rule set's parameters (RULES.md §3, "Corrections"): a new version, and in the same
// transaction the stored deadline of every complaint computed with the rule set recomputed under it,
// with the import's own recomputation — so the figures restate at once, and a report submitted
// before names RULES_CHANGED. Only the company's own standard is HQ's to set; the regulators' rules
// are law, shipped as data and corrected by a migration.

export const CHANGEABLE_RULE_SETS = ['COMPANY_STD'];

export interface RuleSetChangeDeps {
  /** Transactions in READ COMMITTED. */
  transact: Transact;
  scope: Scope;
  /** The client's address for the audit log. */
  address: string | null;
}
const MAX_DAYS = 366;

/** The transaction's statements as a pg client would run them, for the import's recomputation. */
const asSqlClient = (db: Db): SqlClient => ({
  async query(text: string, params: unknown[] = []) {
    // the caller names the row type it selected (SqlClient's R), as it would with pg
    const result = await db.executeQuery<never>(CompiledQuery.raw(text, params));
    return {
      rows: result.rows,
      rowCount: result.numAffectedRows === undefined ? null : Number(result.numAffectedRows),
    };
  },
});

function check(change: DeadlineRuleSetChange) {
  const problems: string[] = [];
  for (const [name, limit] of [
    ['simple', change.simple],
    ['complex', change.complex],
  ] as const) {
    if (!Number.isInteger(limit.n) || limit.n < 1 || limit.n > MAX_DAYS)
      problems.push(`${name}.n must be a whole number from 1 to ${MAX_DAYS}, not ${limit.n}`);
    else if (limit.unit === 'DAYS' && limit.n > change.maxDays)
      problems.push(`${name}: ${limit.n} days is beyond the maximum of ${change.maxDays} days`);
  }
  if (!Number.isInteger(change.maxDays) || change.maxDays < 1 || change.maxDays > MAX_DAYS)
    problems.push(`maxDays must be a whole number from 1 to ${MAX_DAYS}, not ${change.maxDays}`);
  if (change.note && change.note.length > 2000) problems.push('a note has at most 2000 characters');
  if (problems.length) throw badInput(problems.join('; '));
}

export async function changeRuleSet(
  deps: RuleSetChangeDeps,
  code: string,
  change: DeadlineRuleSetChange,
): Promise<{ ruleSet: DeadlineRuleSet; recomputed: number }> {
  if (!CHANGEABLE_RULE_SETS.includes(code))
    throw badInput(`rule set ${code} is not the company's to change (only ${CHANGEABLE_RULE_SETS.join(', ')})`);
  check(change);
  const viewer = deps.scope.requireViewer();
  return deps.transact(async (db) => {
    // One at a time with imports, which read the rules once each: none computes with the old version meanwhile.
    await sql`select pg_advisory_xact_lock(${IMPORT_LOCK})`.execute(db);
    // Recomputing every complaint of a rule set is a deliberate, rare write, like an import: no statement timeout.
    await sql`set local statement_timeout = 0`.execute(db);
    const before = (await ruleSetVersions(db)).find((set) => set.code === code && set.current);
    if (!before) throw badInput(`there is no rule set ${code}`);
    const [{ createdAt }] = await rows(
      db,
      sql<{
        createdAt: string;
      }>`insert into deadline_rule_set (code, version, name_zh, name_en, effective_from, effective_to,
          simple_n, simple_unit, complex_n, complex_unit, max_days)
        select code, version + 1, name_zh, name_en, effective_from, effective_to,
          ${change.simple.n}, ${change.simple.unit}, ${change.complex.n}, ${change.complex.unit}, ${change.maxDays}
        from deadline_rule_set where code = ${code} and version = ${before.version}
        returning ${isoInstant('created_at')} as "createdAt"`,
    );
    const after: DeadlineRuleSet = {
      code,
      name: before.name,
      effectiveFrom: before.effectiveFrom,
      effectiveTo: before.effectiveTo,
      current: true,
      version: before.version + 1,
      simple: { n: change.simple.n, unit: change.simple.unit },
      complex: { n: change.complex.n, unit: change.complex.unit },
      maxDays: change.maxDays,
      createdAt,
    };
    // From here on no statement goes through rows(), which the request's time budget cancels: the
    // recomputation may well outlast it, and the change is all or nothing.
    const client = asSqlClient(db);
    const recomputed = await recomputeDeadlines(client, await loadDeadlineRules(client), 'c.rule_set_code = $1', [
      code,
    ]);
    if (recomputed.problems.length) {
      const shown = recomputed.problems.slice(0, 5).map((p) => `${p.ref}: ${p.column}: ${p.message}`);
      const more =
        recomputed.problems.length > shown.length ? `; and ${recomputed.problems.length - shown.length} more` : '';
      throw badInput(
        `the new parameters refuse ${recomputed.problems.length} stored complaints: ${shown.join('; ')}${more}`,
      );
    }
    const parameters = (set: DeadlineRuleSet) => ({ simple: set.simple, complex: set.complex, maxDays: set.maxDays });
    await appendAudit(db, {
      action: 'RULE_SET_CHANGED',
      actor: viewer.username,
      address: deps.address,
      subject: code,
      detail: {
        version: after.version,
        before: parameters(before),
        after: parameters(after),
        recomputed: recomputed.changed,
        ...(change.note && { note: change.note }),
      },
    });
    return { ruleSet: after, recomputed: recomputed.changed };
  });
}

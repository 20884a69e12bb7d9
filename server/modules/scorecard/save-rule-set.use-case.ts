import { sql } from 'kysely';
import { badInput } from '../../errors.js';
import { appendAudit } from '../access/index.js';
import type { Transact } from '../../kernel/transact.js';
import type { Scope } from '../access/index.js';
import type { ScorecardRuleSetInput } from './rule-set.input.js';
import { checkedRuleSet } from './save-rule-set.check.js';
import type { RuleSet } from './scorecard.rule-set.js';
import { ruleSetRows, unitExists, writeRuleSet } from './scorecard.repository.js';

// HQ_ADMIN saves a scorecard rule set (RULES.md §5): a new version, or a version replaced in place
// until a submitted report uses it — then the database refuses (trigger scorecard_rule_set_in_use)
// and the answer says to save a new version. The rule set and its audit line in one transaction.

/** What a save needs of the request (ScorecardReaderDeps gives it). */
export interface RuleSetSaveDeps {
  transact: Transact;
  scope: Scope;
  /** The client's address for the audit log (null from the command line). */
  address: string | null;
}

/** The trigger's refusal, as the driver passes it up (its message, possibly wrapped). */
function usedByReport(error: unknown): boolean {
  for (let e = error; e instanceof Error; e = e.cause)
    if (e.message.includes('used by a submitted report')) return true;
  return false;
}

/** A version as the audit line keeps it (its code and version are the line's own). */
const described = (set: RuleSet) => ({
  name: { zh: set.nameZh, en: set.nameEn },
  effectiveFrom: set.effectiveFrom,
  effectiveTo: set.effectiveTo,
  total: set.total,
  peers: set.peers,
  status: set.status,
  items: set.items,
});

export async function saveRuleSet(deps: RuleSetSaveDeps, input: ScorecardRuleSetInput): Promise<RuleSet> {
  const set = checkedRuleSet(input);
  const version = input.version ?? null;
  const viewer = deps.scope.requireViewer();
  try {
    return await deps.transact(async (db) => {
      // One save of a code at a time: two new versions never take the same number.
      await sql`select pg_advisory_xact_lock(hashtext(${`scorecard_rule_set:${set.code}`}))`.execute(db);
      if ('parent' in set.peers && !(await unitExists(db, set.peers.parent)))
        throw badInput(`peerParent: there is no unit "${set.peers.parent}"`);
      const before = version === null ? undefined : (await ruleSetRows(db, { code: set.code, version })).at(0);
      if (version !== null && !before)
        throw badInput(
          `scorecard rule set ${set.code} has no version ${version} to replace: leave the version out to save a new one`,
        );
      const written = await writeRuleSet(db, set, version);
      if (written === null) throw new Error(`scorecard rule set ${set.code} version ${version} vanished while saved`);
      const [saved] = await ruleSetRows(db, { code: set.code, version: written });
      await appendAudit(db, {
        action: 'SCORECARD_RULE_SET_SAVED',
        actor: viewer.username,
        address: deps.address,
        subject: set.code,
        detail: {
          version: written,
          replaced: before !== undefined,
          after: described(saved),
          ...(before && { before: described(before) }),
        },
      });
      return saved;
    });
  } catch (error) {
    if (usedByReport(error))
      throw badInput(
        `scorecard rule set ${set.code} version ${version} is used by a submitted report and cannot change: save it as a new version (without a version)`,
      );
    throw error;
  }
}

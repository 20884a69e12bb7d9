import { Migration } from '@mikro-orm/migrations';

/**
 * HQ_ADMIN saves scorecard rule sets in the portal (`saveScorecardRuleSet`, RULES.md §5): each save is
 * a line of the audit log, `SCORECARD_RULE_SET_SAVED`, which the action's check must now allow.
 */
export class Migration20261211100000_scorecard_rule_set_saved extends Migration {

  override name = 'Migration20261211100000_scorecard_rule_set_saved';

  override up(): void | Promise<void> {
    this.addSql(`alter table "audit_event" drop constraint "audit_event_action_check";`);
    this.addSql(`alter table "audit_event" add constraint "audit_event_action_check" check ("action" in ('SIGN_IN', 'SIGN_IN_FAILED', 'SIGN_OUT', 'USER_CREATED', 'USER_UPDATED', 'TOKEN_CREATED', 'TOKEN_REVOKED', 'REPORT_CREATED', 'REPORT_SUBMITTED', 'REPORT_EXPORTED', 'REPORT_UPDATED', 'REPORT_DELETED', 'RULE_SET_CHANGED', 'SCORECARD_POINTS_ENTERED', 'SCORECARD_RULE_SET_SAVED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "audit_event" drop constraint "audit_event_action_check";`);
    this.addSql(`alter table "audit_event" add constraint "audit_event_action_check" check ("action" in ('SIGN_IN', 'SIGN_IN_FAILED', 'SIGN_OUT', 'USER_CREATED', 'USER_UPDATED', 'TOKEN_CREATED', 'TOKEN_REVOKED', 'REPORT_CREATED', 'REPORT_SUBMITTED', 'REPORT_EXPORTED', 'REPORT_UPDATED', 'REPORT_DELETED', 'RULE_SET_CHANGED', 'SCORECARD_POINTS_ENTERED'));`);
  }

}

import { Migration } from '@mikro-orm/migrations';

/**
 * Corrections of the deadline rules (RULES.md §3): HQ_ADMIN changes the company standard from the
 * portal (audited as RULE_SET_CHANGED), and a submitted version records the rule-set versions and the
 * calendar version its figures were computed under (`rules`: `{ ruleSets: [{ code, version }],
 * calendarVersion }`), so that its restatement check can name RULES_CHANGED. Versions submitted before
 * have none, and their checks cannot name it.
 */
export class Migration20261209120000_deadline_corrections extends Migration {

  override name = 'Migration20261209120000_deadline_corrections';

  override up(): void | Promise<void> {
    this.addSql(`alter table "report_version" add column "rules" jsonb null;`);
    this.addSql(`alter table "audit_event" drop constraint "audit_event_action_check";`);
    this.addSql(`alter table "audit_event" add constraint "audit_event_action_check" check ("action" in ('SIGN_IN', 'SIGN_IN_FAILED', 'SIGN_OUT', 'USER_CREATED', 'USER_UPDATED', 'TOKEN_CREATED', 'TOKEN_REVOKED', 'REPORT_CREATED', 'REPORT_SUBMITTED', 'REPORT_EXPORTED', 'REPORT_UPDATED', 'REPORT_DELETED', 'RULE_SET_CHANGED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`delete from "audit_event" where "action" = 'RULE_SET_CHANGED';`);
    this.addSql(`alter table "audit_event" drop constraint "audit_event_action_check";`);
    this.addSql(`alter table "audit_event" add constraint "audit_event_action_check" check ("action" in ('SIGN_IN', 'SIGN_IN_FAILED', 'SIGN_OUT', 'USER_CREATED', 'USER_UPDATED', 'TOKEN_CREATED', 'TOKEN_REVOKED', 'REPORT_CREATED', 'REPORT_SUBMITTED', 'REPORT_EXPORTED', 'REPORT_UPDATED', 'REPORT_DELETED'));`);
    this.addSql(`alter table "report_version" drop column "rules";`);
  }

}

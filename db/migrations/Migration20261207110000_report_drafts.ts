import { Migration } from '@mikro-orm/migrations';

/**
 * A draft report can be edited (its template, unit, period, comparison) and deleted (issue 11); both
 * are written to the audit log, whose actions are checked by the database. A submitted report's
 * parameters stay fixed, and it cannot be deleted: the trigger of 20261202060000 already refuses both.
 */
export class Migration20261207110000_report_drafts extends Migration {

  override name = 'Migration20261207110000_report_drafts';

  override up(): void | Promise<void> {
    this.addSql(`alter table "audit_event" drop constraint "audit_event_action_check";`);
    this.addSql(`alter table "audit_event" add constraint "audit_event_action_check" check ("action" in ('SIGN_IN', 'SIGN_IN_FAILED', 'SIGN_OUT', 'USER_CREATED', 'USER_UPDATED', 'TOKEN_CREATED', 'TOKEN_REVOKED', 'REPORT_CREATED', 'REPORT_SUBMITTED', 'REPORT_EXPORTED', 'REPORT_UPDATED', 'REPORT_DELETED'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`delete from "audit_event" where "action" in ('REPORT_UPDATED', 'REPORT_DELETED');`);
    this.addSql(`alter table "audit_event" drop constraint "audit_event_action_check";`);
    this.addSql(`alter table "audit_event" add constraint "audit_event_action_check" check ("action" in ('SIGN_IN', 'SIGN_IN_FAILED', 'SIGN_OUT', 'USER_CREATED', 'USER_UPDATED', 'TOKEN_CREATED', 'TOKEN_REVOKED', 'REPORT_CREATED', 'REPORT_SUBMITTED', 'REPORT_EXPORTED'));`);
  }

}

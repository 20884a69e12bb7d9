import { Migration } from '@mikro-orm/migrations';

/**
 * Which writes a submitted report saw, exactly. A report is submitted in one REPEATABLE READ
 * transaction; an import running meanwhile stamped its rows with its own start (`now()`), earlier
 * than the submission's `asOf`, though the submission could not see them: the restatement missed
 * them. Now each complaint and premium row carries the id of the transaction that inserted it and of
 * the one that last changed a value, and each version the submission's snapshot: a row is
 * IMPORTED_LATER / CHANGED_LATER when that transaction is not visible in the snapshot
 * (`pg_visible_in_snapshot`). Defaults and a trigger stamp them, so every write path (the import,
 * the demo, plain SQL) agrees. Versions submitted before this have no snapshot and keep the
 * timestamps' rule.
 */
export class Migration20261206100000_import_stamps extends Migration {

  override name = 'Migration20261206100000_import_stamps';

  override up(): void | Promise<void> {
    // Added without a default, then given one: existing rows stay null (no rewrite of a large table)
    // and null means "written before the stamps existed", so before every stored snapshot.
    for (const table of ['complaint', 'premium']) {
      this.addSql(`alter table "${table}" add "recorded_xid" xid8 null, add "changed_xid" xid8 null;`);
      this.addSql(`alter table "${table}" alter column "recorded_xid" set default pg_current_xact_id(), alter column "changed_xid" set default pg_current_xact_id();`);
    }
    this.addSql(`alter table "report_version" add "as_of_snapshot" pg_snapshot null;`);

    // A real change (a value differs) is stamped with the changing transaction and instant; an UPDATE
    // that changes nothing, or only the follow-up counts a trigger keeps, is not. A column added to
    // complaint or premium later belongs in these lists.
    this.addSql(`create function "record_change_stamp"() returns trigger language plpgsql as $f$
      begin
        new.changed_at := now();
        new.changed_xid := pg_current_xact_id();
        return new;
      end $f$;`);
    const complaint = ['ref', 'received_at', 'channel', 'unit_id', 'line', 'category', 'policy_factor', 'valid', 'duplicate_of',
      'due_at', 'closed_at', 'escalated', 'outcome', 'customer_name', 'customer_phone', 'summary'];
    const premium = ['unit_id', 'month', 'line', 'premium_yuan', 'policies'];
    for (const [table, columns] of [['complaint', complaint], ['premium', premium]] as const) {
      const row = (side: string) => `(${columns.map((column) => `${side}.${column}`).join(', ')})`;
      this.addSql(`create trigger "${table}_change_stamp" before update on "${table}" for each row
        when (${row('old')} is distinct from ${row('new')}) execute function "record_change_stamp"();`);
    }
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "complaint_change_stamp" on "complaint";`);
    this.addSql(`drop trigger if exists "premium_change_stamp" on "premium";`);
    this.addSql(`drop function if exists "record_change_stamp"();`);
    this.addSql(`alter table "complaint" drop column "recorded_xid", drop column "changed_xid";`);
    this.addSql(`alter table "premium" drop column "recorded_xid", drop column "changed_xid";`);
    this.addSql(`alter table "report_version" drop column "as_of_snapshot";`);
  }

}

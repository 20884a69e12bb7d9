import { Migration } from '@mikro-orm/migrations';

/**
 * Two indexes no statement reads: `complaint (recorded_at)` and `complaint (changed_at)` served the
 * reports' "what changed since this version" by instants, which since `import_stamps` is asked by
 * transaction snapshot (`pg_visible_in_snapshot`) over the version's own complaints, found through
 * `(unit_id, received_date)`. Every complaint written paid for them: an import's merge wrote both per
 * row, and `changed_at`, set on every update, kept each update from being a HOT update.
 */
export class Migration20261214100000_unused_complaint_indexes extends Migration {

  override name = 'Migration20261214100000_unused_complaint_indexes';

  override up(): void | Promise<void> {
    this.addSql(`drop index if exists "complaint_recorded_idx";`);
    this.addSql(`drop index if exists "complaint_changed_idx";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`create index "complaint_recorded_idx" on "complaint" ("recorded_at");`);
    this.addSql(`create index "complaint_changed_idx" on "complaint" ("changed_at");`);
  }

}

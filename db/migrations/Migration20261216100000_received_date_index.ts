import { Migration } from '@mikro-orm/migrations';

/**
 * `complaint (unit_id, received_date)` dropped: every statement that read it (the rollup functions'
 * records of a period's outer days and of a moved unit's months, the records path, the complaint list,
 * a report's evidence) now asks for the period's days as Shanghai instants
 * (db/functions/start_of_shanghai_day.sql), which `(unit_id, received_at)` reads in the same order. An
 * import paid for both indexes on every row written (issue 14: about 2 s of the server's CPU per
 * 1,000,000 complaints). The functions' new texts come from their files (the migrator applies them
 * after the migrations).
 */
export class Migration20261216100000_received_date_index extends Migration {

  override name = 'Migration20261216100000_received_date_index';

  override up(): void | Promise<void> {
    this.addSql(`drop index if exists "complaint_unit_received_date_idx";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`create index "complaint_unit_received_date_idx" on "complaint" ("unit_id", "received_date");`);
  }

}

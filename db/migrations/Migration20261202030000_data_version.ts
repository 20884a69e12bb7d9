import { Migration } from '@mikro-orm/migrations';

/**
 * The data's version: one row, bumped by every statement that writes what the metrics are made of
 * (complaints, follow-ups, premiums, units and their memberships), in the writer's transaction. The
 * server's cache of measures (server/modules/metrics/measure.cache.ts) keys every entry by it, so a
 * figure is served from memory only while the data it was computed from is unchanged. The key also
 * names the database (test databases are copies of one template) and the row's xmin (a version
 * bumped in a transaction that rolled back is not the same version bumped later by another).
 */
export class Migration20261202030000_data_version extends Migration {

  override name = 'Migration20261202030000_data_version';

  override up(): void | Promise<void> {
    this.addSql(`create table "data_version" (
      "only" boolean primary key default true check ("only"), "instance" uuid not null default gen_random_uuid(),
      "version" bigint not null default 0);`);
    this.addSql(`insert into "data_version" default values;`);
    this.addSql(`create function "data_version_bump"() returns trigger language plpgsql as $$
      begin update data_version set version = version + 1; return null; end $$;`);
    for (const table of ['complaint', 'followup', 'premium', 'unit', 'unit_membership']) {
      this.addSql(`create trigger "${table}_data_version" after insert or update or delete or truncate on "${table}"
        for each statement execute function data_version_bump();`);
    }
  }

}

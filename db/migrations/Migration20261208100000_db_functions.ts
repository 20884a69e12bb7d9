import { Migration } from '@mikro-orm/migrations';

/**
 * The database functions (PL/pgSQL and SQL) live in db/functions/, one file per function: the migrator
 * (db/migrate.ts) applies a file after the migrations whenever its text changes, and records here the
 * SHA-256 of the text it applied, so that today's definition is one file and its history that file's
 * git log. The migrations that first created them stay as they landed.
 */
export class Migration20261208100000_db_functions extends Migration {

  override name = 'Migration20261208100000_db_functions';

  override up(): void | Promise<void> {
    this.addSql(`create table "db_function" ("name" text primary key, "sha256" text not null,
      "applied_at" timestamptz not null default now());`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "db_function";`);
  }

}

import { Migration } from '@mikro-orm/migrations';

/**
 * Server processes keep the credentials they checked in memory (server/modules/access/viewer.ts): every
 * statement that can take a credential's rights away (a session ended, a token revoked, a user disabled,
 * its role or units changed; inserting a session or a token takes nothing away) notifies them at its
 * commit, through `credentials_changed` (db/functions/credentials_changed.sql, defined here as it is there).
 */
export class Migration20261213100000_credentials_changed extends Migration {

  override name = 'Migration20261213100000_credentials_changed';

  override up(): void | Promise<void> {
    this.addSql(`create function "credentials_changed"() returns trigger language plpgsql as $$
      begin perform pg_notify('crp_credentials', ''); return null; end $$;`);
    for (const [table, events] of [
      ['user_session', 'update or delete or truncate'],
      ['api_token', 'update or delete or truncate'],
      ['app_user', 'update or delete or truncate'],
      ['app_user_unit', 'insert or update or delete or truncate'],
    ]) {
      this.addSql(`create trigger "${table}_credentials_changed" after ${events} on "${table}"
        for each statement execute function credentials_changed();`);
    }
  }

  override down(): void | Promise<void> {
    for (const table of ['user_session', 'api_token', 'app_user', 'app_user_unit']) {
      this.addSql(`drop trigger if exists "${table}_credentials_changed" on "${table}";`);
    }
    this.addSql(`drop function if exists "credentials_changed"();`);
  }

}

import { Migration } from '@mikro-orm/migrations';

/**
 * A complaint's rule set and calendar version are checked once per statement instead of row by row:
 * the two foreign keys are replaced by statement triggers over the written rows
 * (db/functions/complaint_rules_known.sql) and by triggers that keep the rows named
 * (db/functions/deadline_rules_in_use.sql). An import of 1,000,000 complaints spent 11–14 s of the
 * server's CPU on the two keys' checks, about a sixth of it. The functions are defined here as their files
 * define them (the migrator applies the files after the migrations, and again when one changes).
 */
export class Migration20261214110000_rule_references_per_statement extends Migration {

  override name = 'Migration20261214110000_rule_references_per_statement';

  override up(): void | Promise<void> {
    this.addSql(`create function "complaint_rules_known"() returns trigger language plpgsql as $f$
declare
  bad record;
begin
  select n.ref, n.rule_set_code, n.rule_set_version into bad from new_rows n
    where n.rule_set_code is not null and n.rule_set_version is not null
      and not exists (select 1 from deadline_rule_set r where r.code = n.rule_set_code and r.version = n.rule_set_version)
    limit 1;
  if found then
    raise exception 'complaint %: no deadline rule set % version %', bad.ref, bad.rule_set_code, bad.rule_set_version
      using errcode = 'foreign_key_violation';
  end if;
  select n.ref, n.calendar_version into bad from new_rows n
    where n.calendar_version is not null and not exists (select 1 from calendar_version v where v.version = n.calendar_version)
    limit 1;
  if found then
    raise exception 'complaint %: no working-day calendar version %', bad.ref, bad.calendar_version
      using errcode = 'foreign_key_violation';
  end if;
  return null;
end
$f$;`);
    this.addSql(`create function "deadline_rules_in_use"() returns trigger language plpgsql as $f$
begin
  if tg_op = 'TRUNCATE' then
    if exists (select 1 from complaint c where case tg_table_name when 'deadline_rule_set' then c.rule_set_code is not null
        else c.calendar_version is not null end) then
      raise exception 'complaints name rows of %: it cannot be truncated', tg_table_name
        using errcode = 'foreign_key_violation';
    end if;
    return null;
  end if;
  if tg_table_name = 'deadline_rule_set' then
    if (tg_op = 'DELETE' or (new.code, new.version) is distinct from (old.code, old.version))
        and exists (select 1 from complaint c where c.rule_set_code = old.code and c.rule_set_version = old.version) then
      raise exception 'deadline rule set % version % is named by complaints'' deadlines (% refused)', old.code, old.version, tg_op
        using errcode = 'foreign_key_violation';
    end if;
  elsif (tg_op = 'DELETE' or new.version is distinct from old.version)
      and exists (select 1 from complaint c where c.calendar_version = old.version) then
    raise exception 'working-day calendar version % is named by complaints'' deadlines (% refused)', old.version, tg_op
      using errcode = 'foreign_key_violation';
  end if;
  return case tg_op when 'DELETE' then old else new end;
end
$f$;`);
    this.addSql(`alter table "complaint" drop constraint "complaint_rule_set_foreign", drop constraint "complaint_calendar_version_foreign";`);
    this.addSql(`create trigger "complaint_rules_known_insert" after insert on "complaint" referencing new table as new_rows
      for each statement execute function complaint_rules_known();`);
    this.addSql(`create trigger "complaint_rules_known_update" after update on "complaint" referencing new table as new_rows
      for each statement execute function complaint_rules_known();`);
    for (const table of ['deadline_rule_set', 'calendar_version']) {
      this.addSql(`create trigger "${table}_in_use" before update or delete on "${table}"
        for each row execute function deadline_rules_in_use();`);
      this.addSql(`create trigger "${table}_in_use_truncate" before truncate on "${table}"
        for each statement execute function deadline_rules_in_use();`);
    }
  }

  override down(): void | Promise<void> {
    for (const table of ['deadline_rule_set', 'calendar_version']) {
      this.addSql(`drop trigger if exists "${table}_in_use" on "${table}";`);
      this.addSql(`drop trigger if exists "${table}_in_use_truncate" on "${table}";`);
    }
    this.addSql(`drop trigger if exists "complaint_rules_known_insert" on "complaint";`);
    this.addSql(`drop trigger if exists "complaint_rules_known_update" on "complaint";`);
    this.addSql(`drop function if exists "deadline_rules_in_use"();`);
    this.addSql(`drop function if exists "complaint_rules_known"();`);
    this.addSql(`alter table "complaint" add constraint "complaint_rule_set_foreign" foreign key ("rule_set_code", "rule_set_version") references "deadline_rule_set" ("code", "version");`);
    this.addSql(`alter table "complaint" add constraint "complaint_calendar_version_foreign" foreign key ("calendar_version") references "calendar_version" ("version");`);
  }

}

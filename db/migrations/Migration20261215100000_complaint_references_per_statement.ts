import { Migration } from '@mikro-orm/migrations';

/**
 * A complaint's two remaining foreign keys replaced by triggers that check the same things for less
 * (issue 14's import: the two cost 1,000,000 complaints about 16 s of the server's CPU, a quarter of
 * it). `complaint_unit_id_foreign`: checked once per statement over its rows, the units named locked
 * once each (db/functions/complaint_unit_known.sql), and the units kept by triggers on `unit`
 * (unit_in_use.sql). `complaint_duplicate_of_foreign` (deferred: an import's row may repeat a later
 * one): deferred constraint triggers that queue only the rows naming a complaint
 * (complaint_duplicate_known.sql), and the complaints repeated kept by deferred triggers on delete and
 * on a change of ref (complaint_duplicate_target.sql). Refusals stay foreign_key_violation errors naming
 * the keys' constraints. The functions are defined here as their files define them (the migrator
 * applies the files after the migrations, and again when one changes).
 */
export class Migration20261215100000_complaint_references_per_statement extends Migration {

  override name = 'Migration20261215100000_complaint_references_per_statement';

  override up(): void | Promise<void> {
    this.addSql(`create function "complaint_unit_known"() returns trigger language plpgsql as $f$
declare
  bad record;
begin
  perform from unit u where u.id in (select n.unit_id from new_rows n) for key share of u;
  select n.ref, n.unit_id into bad from new_rows n where not exists (select 1 from unit u where u.id = n.unit_id) limit 1;
  if found then
    raise exception 'complaint %: no unit %', bad.ref, bad.unit_id
      using errcode = 'foreign_key_violation', constraint = 'complaint_unit_id_foreign';
  end if;
  return null;
end
$f$;`);
    this.addSql(`create function "unit_in_use"() returns trigger language plpgsql as $f$
begin
  if tg_op = 'TRUNCATE' then
    if exists (select 1 from complaint) then
      raise exception 'complaints name units: unit cannot be truncated'
        using errcode = 'foreign_key_violation', constraint = 'complaint_unit_id_foreign';
    end if;
    return null;
  end if;
  if (tg_op = 'DELETE' or new.id is distinct from old.id) and exists (select 1 from complaint c where c.unit_id = old.id) then
    raise exception 'unit % (%) is named by complaints (% refused)', old.code, old.id, tg_op
      using errcode = 'foreign_key_violation', constraint = 'complaint_unit_id_foreign';
  end if;
  return case tg_op when 'DELETE' then old else new end;
end
$f$;`);
    this.addSql(`create function "complaint_duplicate_known"() returns trigger language plpgsql as $f$
begin
  if not exists (select 1 from complaint c where c.id = new.id and c.duplicate_of = new.duplicate_of) then
    return null;
  end if;
  perform from complaint c where c.ref = new.duplicate_of for key share;
  if not found then
    raise exception 'complaint %: no complaint has ref % (the complaint it repeats)', new.ref, new.duplicate_of
      using errcode = 'foreign_key_violation', constraint = 'complaint_duplicate_of_foreign';
  end if;
  return null;
end
$f$;`);
    this.addSql(`create function "complaint_duplicate_target"() returns trigger language plpgsql as $f$
declare
  repeat text;
begin
  select c.ref into repeat from complaint c where c.duplicate_of = old.ref limit 1;
  if found and not exists (select 1 from complaint c where c.ref = old.ref) then
    raise exception 'complaint % is repeated by complaint % (% refused)', old.ref, repeat, tg_op
      using errcode = 'foreign_key_violation', constraint = 'complaint_duplicate_of_foreign';
  end if;
  return null;
end
$f$;`);
    this.addSql(`alter table "complaint" drop constraint "complaint_unit_id_foreign", drop constraint "complaint_duplicate_of_foreign";`);
    this.addSql(`create trigger "complaint_unit_known_insert" after insert on "complaint" referencing new table as new_rows
      for each statement execute function complaint_unit_known();`);
    this.addSql(`create trigger "complaint_unit_known_update" after update on "complaint" referencing new table as new_rows
      for each statement execute function complaint_unit_known();`);
    this.addSql(`create trigger "unit_in_use" before delete on "unit" for each row execute function unit_in_use();`);
    this.addSql(`create trigger "unit_in_use_renumber" before update of "id" on "unit"
      for each row when (old.id is distinct from new.id) execute function unit_in_use();`);
    this.addSql(`create trigger "unit_in_use_truncate" before truncate on "unit" for each statement execute function unit_in_use();`);
    this.addSql(`create constraint trigger "complaint_duplicate_known_insert" after insert on "complaint"
      deferrable initially deferred for each row when (new.duplicate_of is not null)
      execute function complaint_duplicate_known();`);
    this.addSql(`create constraint trigger "complaint_duplicate_known_update" after update of "duplicate_of" on "complaint"
      deferrable initially deferred for each row
      when (new.duplicate_of is not null and new.duplicate_of is distinct from old.duplicate_of)
      execute function complaint_duplicate_known();`);
    this.addSql(`create constraint trigger "complaint_duplicate_target_delete" after delete on "complaint"
      deferrable initially deferred for each row execute function complaint_duplicate_target();`);
    this.addSql(`create constraint trigger "complaint_duplicate_target_update" after update of "ref" on "complaint"
      deferrable initially deferred for each row when (old.ref is distinct from new.ref)
      execute function complaint_duplicate_target();`);
  }

  override down(): void | Promise<void> {
    for (const trigger of ['complaint_unit_known_insert', 'complaint_unit_known_update', 'complaint_duplicate_known_insert',
      'complaint_duplicate_known_update', 'complaint_duplicate_target_delete', 'complaint_duplicate_target_update']) {
      this.addSql(`drop trigger if exists "${trigger}" on "complaint";`);
    }
    for (const trigger of ['unit_in_use', 'unit_in_use_renumber', 'unit_in_use_truncate']) {
      this.addSql(`drop trigger if exists "${trigger}" on "unit";`);
    }
    this.addSql(`drop function if exists "complaint_unit_known"();`);
    this.addSql(`drop function if exists "unit_in_use"();`);
    this.addSql(`drop function if exists "complaint_duplicate_known"();`);
    this.addSql(`drop function if exists "complaint_duplicate_target"();`);
    this.addSql(`alter table "complaint" add constraint "complaint_unit_id_foreign" foreign key ("unit_id") references "unit" ("id");`);
    this.addSql(`alter table "complaint" add constraint "complaint_duplicate_of_foreign" foreign key ("duplicate_of") references "complaint" ("ref") deferrable initially deferred;`);
  }

}

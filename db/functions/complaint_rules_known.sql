-- A complaint's deadline names the rule set version and the working-day calendar version it was computed
-- under; each must exist. Checked once per statement over its rows (statement triggers with transition
-- tables, migration 20261214110000) where foreign keys checked row by row: the two keys cost an import
-- about a sixth of its time (1,000,000 rows: 11–14 s of the server's CPU), for keys that only the
-- deadline computation writes, from the rows it read in the same transaction. As a foreign key: a null
-- in either rule set column, or a null calendar version, is not checked; the rows named are kept by
-- deadline_rules_in_use, and locked (FOR KEY SHARE, once each) so that none is deleted or renumbered
-- before this transaction ends (as the keys locked them, and as complaint_unit_known locks units).
create or replace function "complaint_rules_known"() returns trigger language plpgsql as $f$
declare
  bad record;
begin
  perform from deadline_rule_set r
    where (r.code, r.version) in (select n.rule_set_code, n.rule_set_version from new_rows n) for key share of r;
  perform from calendar_version v where v.version in (select n.calendar_version from new_rows n) for key share of v;
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
$f$;

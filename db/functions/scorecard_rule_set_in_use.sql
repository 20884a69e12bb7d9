-- A scorecard rule set version a submitted report scored with stays as it was: a change is a new
-- version (trigger scorecard_rule_set_in_use, migration 20261210100000).
create or replace function "scorecard_rule_set_in_use"() returns trigger language plpgsql as $f$
begin
  if exists (select 1 from report_scorecard_rule_set r where r.code = old.code and r.version = old.version) then
    raise exception 'scorecard rule set % version % is used by a submitted report: a change is a new version (% refused)', old.code, old.version, tg_op
      using errcode = 'insufficient_privilege';
  end if;
  return case tg_op when 'DELETE' then old else new end;
end
$f$;

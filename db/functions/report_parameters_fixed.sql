-- Once a report has a submitted version, its parameters are what every version answers: they stay, and
-- the report stays (trigger report_parameters_fixed, migration 20261202060000).
create or replace function "report_parameters_fixed"() returns trigger language plpgsql as $f$
begin
  if exists (select 1 from report_version v where v.report_id = old.id) then
    raise exception 'report % has a submitted version: its parameters cannot be changed (% refused)', old.id, tg_op
      using errcode = 'insufficient_privilege';
  end if;
  return case tg_op when 'DELETE' then old else new end;
end
$f$;

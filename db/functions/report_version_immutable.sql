-- A submitted version is what was sent: no code path of ours, nor an operator in psql, may rewrite or
-- remove it; a correction is a new version (trigger report_version_no_update_or_delete, migration
-- 20261202060000). TRUNCATE is left to whoever empties the whole database.
create or replace function "report_version_immutable"() returns trigger language plpgsql as $f$
begin
  raise exception 'a submitted report version is immutable: % refused', tg_op using errcode = 'insufficient_privilege';
end
$f$;

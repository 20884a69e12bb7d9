-- The audit log refuses every change but an insert, whoever asks, so that no code path of ours (nor an
-- operator's slip in psql) can rewrite what happened. Its triggers: audit_event_no_update_or_delete and
-- audit_event_no_truncate (migration 20261202050000).
create or replace function "audit_event_append_only"() returns trigger language plpgsql as $f$
begin
  raise exception 'the audit log is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$f$;

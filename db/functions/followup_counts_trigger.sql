-- A follow-up changes its complaint's counts (so a complaint moved or deleted later takes its follow-ups
-- along) and the rollups of the complaint's keys. Triggers of migration 20261202010642.
create or replace function "followup_counts_trigger"() returns trigger language plpgsql set jit = off as $$
declare changes text := case TG_OP
  when 'INSERT' then 'select complaint_id, satisfied, 1 as sign from new_rows'
  when 'DELETE' then 'select complaint_id, satisfied, -1 as sign from old_rows'
  else 'select complaint_id, satisfied, 1 as sign from new_rows union all select complaint_id, satisfied, -1 from old_rows' end;
begin
  drop table if exists pg_temp.followup_change;
  execute format('create temp table followup_change as
    select complaint_id, sum(sign)::int as f, coalesce(sum(sign) filter (where satisfied), 0)::int as s
    from (%s) changes group by complaint_id
    having sum(sign) <> 0 or coalesce(sum(sign) filter (where satisfied), 0) <> 0', changes);
  update complaint c set followups = c.followups + d.f, satisfied_followups = c.satisfied_followups + d.s
    from followup_change d where c.id = d.complaint_id;
  execute complaint_rollup_sql('(select c.*, 0 as n, d.f, d.s from complaint c join followup_change d on d.complaint_id = c.id)');
  drop table pg_temp.followup_change;
  return null;
end
$$;

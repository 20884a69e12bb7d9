-- An issue row changes its complaint's issue_count (so that the rollups, kept by the trigger on complaint,
-- see a complaint's issues in its own row, and a complaint moved or deleted takes them along). Triggers
-- of migration 20261210100000.
create or replace function "complaint_issue_count_trigger"() returns trigger language plpgsql set jit = off as $$
declare touched text := case TG_OP
  when 'INSERT' then 'select complaint_id from new_rows'
  when 'DELETE' then 'select complaint_id from old_rows'
  else 'select complaint_id from new_rows union select complaint_id from old_rows' end;
begin
  execute format('update complaint c set issue_count = n.count
    from (select t.complaint_id, (select count(*) from complaint_issue i where i.complaint_id = t.complaint_id)::int as count
      from (%s) t group by t.complaint_id) n
    where c.id = n.complaint_id and c.issue_count <> n.count', touched);
  return null;
end
$$;

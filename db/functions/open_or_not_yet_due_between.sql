-- Whether a complaint received in [p_from, p_to] (Shanghai dates) is one that p_as_of sees otherwise
-- than "every closure counted": closed after it, or open and not yet due at it (a paused complaint,
-- due_at null, is never due while it lasts: RULES.md §1). The rollup functions' short ways
-- (measure_from_rollups, measure_subtrees_from_rollups) ask it before reading the rollups alone; their
-- full paths correct exactly these complaints' flows. Each bound below is paired with a constant one
-- and the open ones are sought by deadline, their openness tested outside an OFFSET 0, so that its
-- generic plan seeks the indexes (the rollup functions say why).

create or replace function "open_or_not_yet_due_between"(p_from date, p_to date, p_as_of timestamptz)
  returns boolean
  language plpgsql stable set plan_cache_mode = force_generic_plan as $fn$
  begin
    return exists (
      select 1 from complaint c where c.closed_at > p_as_of and c.closed_at <= 'infinity'
        and c.received_date between p_from and p_to
      union all
      select 1 from (select c.* from complaint c where c.due_at >= p_as_of and c.due_at <= 'infinity' offset 0) c
        where c.closed_at is null and c.received_date between p_from and p_to
      union all
      select 1 from complaint c where c.closed_at is null and c.due_at is null
        and c.received_date between p_from and p_to);
  end
$fn$;

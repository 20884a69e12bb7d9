-- The tree the rollups are keyed on (README, "Rollups"): the epochs (spans in which the tree does not
-- change), the reference closure (the tree from the last membership change on) and, per epoch and
-- ancestor, the units its subtree has beyond the reference (+1) or lacks (-1), recomputed whenever a
-- unit or a membership changes (a tree of thousands of units takes milliseconds). When the reference
-- tree changes, the complaints and premiums of the units whose ancestors changed move in the rollups.
create or replace function "unit_tree_refresh"() returns void language plpgsql set jit = off as $$
declare moved int[];
begin
  perform pg_advisory_xact_lock(815020111);
  delete from unit_tree_epoch;
  insert into unit_tree_epoch (id, valid_from, valid_to)
  select row_number() over (order by b), b, coalesce(lead(b) over (order by b) - 1, 'infinity')
  from (select '-infinity'::date as b union select valid_from from unit_membership
        union select valid_to + 1 from unit_membership where valid_to is not null) boundaries;

  drop table if exists pg_temp.epoch_closure;
  create temp table epoch_closure as
  with recursive closure(epoch_id, ancestor_id, unit_id) as (
    select e.id, u.id, u.id from unit_tree_epoch e cross join unit u
    union
    select c.epoch_id, c.ancestor_id, m.unit_id from closure c join unit_tree_epoch e on e.id = c.epoch_id
      join unit_membership m on m.parent_id = c.unit_id and m.valid_from <= e.valid_from
        and (m.valid_to is null or m.valid_to >= e.valid_from)
  ) select * from closure;
  create index on epoch_closure (epoch_id, ancestor_id, unit_id);
  analyze epoch_closure;

  select array_agg(distinct unit_id) into moved from (
    (select ancestor_id, unit_id from unit_closure
     except select ancestor_id, unit_id from epoch_closure where epoch_id = (select max(id) from unit_tree_epoch))
    union all
    (select ancestor_id, unit_id from epoch_closure where epoch_id = (select max(id) from unit_tree_epoch)
     except select ancestor_id, unit_id from unit_closure)) changed;
  if moved is not null then
    execute complaint_rollup_sql(complaint_rows_sql(format('(select * from complaint where unit_id = any(%L::int[]))', moved), -1));
    execute premium_rollup_sql(format('(select * from premium where unit_id = any(%L::int[]))', moved), -1);
    delete from unit_closure where unit_id = any(moved);
    insert into unit_closure (ancestor_id, unit_id)
    select ancestor_id, unit_id from epoch_closure where epoch_id = (select max(id) from unit_tree_epoch) and unit_id = any(moved);
    execute complaint_rollup_sql(complaint_rows_sql(format('(select * from complaint where unit_id = any(%L::int[]))', moved), 1));
    execute premium_rollup_sql(format('(select * from premium where unit_id = any(%L::int[]))', moved), 1);
  end if;

  insert into unit_closure_delta (epoch_id, ancestor_id, unit_id, sign)
  select c.epoch_id, c.ancestor_id, c.unit_id, 1 from epoch_closure c
  where not exists (select 1 from unit_closure k where k.ancestor_id = c.ancestor_id and k.unit_id = c.unit_id)
  union all
  select e.id, k.ancestor_id, k.unit_id, -1 from unit_tree_epoch e cross join unit_closure k
  where not exists (select 1 from epoch_closure c where c.epoch_id = e.id and c.ancestor_id = k.ancestor_id and c.unit_id = k.unit_id);
  drop table pg_temp.epoch_closure;
end
$$;

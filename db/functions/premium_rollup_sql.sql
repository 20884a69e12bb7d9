-- The statement that adds a premium table's rows, weighted +1 or -1, to premium_rollup per reference
-- ancestor and month, rows in key order.
create or replace function "premium_rollup_sql"(source text, sign int) returns text language sql immutable as $f$
select format($q$
  insert into premium_rollup as t (ancestor_id, month, premium_yuan, policies)
  select k.ancestor_id, x.month, %2$s * sum(x.premium_yuan), %2$s * sum(x.policies)
  from %1$s x join unit_closure k on k.unit_id = x.unit_id
  group by 1, 2
  order by 1, 2
  on conflict (ancestor_id, month) do update set
    premium_yuan = t.premium_yuan + excluded.premium_yuan, policies = t.policies + excluded.policies
$q$, source, sign)
$f$;

-- The statement that adds a premium table's rows, weighted +1 or -1, to premium_rollup per reference
-- ancestor, month and line (a line filter's premium is its lines'), rows in key order.
create or replace function "premium_rollup_sql"(source text, sign int) returns text language sql immutable as $f$
select format($q$
  insert into premium_rollup as t (ancestor_id, month, line, premium_yuan, policies)
  select k.ancestor_id, x.month, x.line, %2$s * sum(x.premium_yuan), %2$s * sum(x.policies)
  from %1$s x join unit_closure k on k.unit_id = x.unit_id
  group by 1, 2, 3
  order by 1, 2, 3
  on conflict (ancestor_id, month, line) do update set
    premium_yuan = t.premium_yuan + excluded.premium_yuan, policies = t.policies + excluded.policies
$q$, source, sign)
$f$;

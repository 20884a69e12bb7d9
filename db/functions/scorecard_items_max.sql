-- The maxima of a scorecard rule set's items that are not deductions, which must sum to its total
-- (check scorecard_rule_set_items_check, migration 20261210100000).
create or replace function "scorecard_items_max"(items jsonb) returns numeric language sql immutable as $f$
  select coalesce(sum((item ->> 'max')::numeric), 0) from jsonb_array_elements(items) item where item ->> 'kind' <> 'DEDUCTION'
$f$;

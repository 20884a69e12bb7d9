-- A complaint table's rows weighted for complaint_rollup_sql: +1 or -1, with their follow-ups.
create or replace function "complaint_rows_sql"(source text, sign int) returns text language sql immutable as $f$
select format('(select c.*, %2$s as n, %2$s * c.followups as f, %2$s * c.satisfied_followups as s from %1$s c)', source, sign)
$f$;

-- DOMAIN.md's start of a local day, 00:00 Shanghai, as an instant: a complaint's received_date is in
-- [f, t] exactly when its received_at is in [start_of_shanghai_day(f), start_of_shanghai_day(t + 1)),
-- which the (unit_id, received_at) index reads (midnight exists on every Shanghai day, its summer
-- times of 1986-1991 included: their shifts were at 02:00). Inlined where it is called.
create or replace function "start_of_shanghai_day"(d date) returns timestamptz
  language sql immutable parallel safe
  return d::timestamp at time zone 'Asia/Shanghai';

-- DOMAIN.md's end of a local day, 23:59:59.999 Shanghai: the SQL twin of server/kernel/shanghai-time.ts's
-- endOfShanghaiDay, which test/metrics/end-of-day.test.ts checks it against. measure_from_rollups takes
-- a stock's T from it.
create or replace function "end_of_shanghai_day"(d date) returns timestamptz
  language sql immutable parallel safe
  return ((d + 1)::timestamp at time zone 'Asia/Shanghai') - interval '1 millisecond';

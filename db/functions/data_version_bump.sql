-- The data's version, bumped by every statement that writes what the metrics are made of (complaints,
-- follow-ups, premiums, units and memberships; triggers of migration 20261202030000): the measure cache
-- (server/modules/metrics/measure.cache.ts) serves an entry only while it is unchanged.
create or replace function "data_version_bump"() returns trigger language plpgsql as $$
begin update data_version set version = version + 1; return null; end
$$;

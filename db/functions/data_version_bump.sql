-- The data's version, bumped by every statement that writes what the metrics are made of (complaints,
-- follow-ups, premiums, units and memberships; triggers of migration 20261202030000): the measure cache
-- (server/modules/metrics/measure.cache.ts) serves an entry only while it is unchanged. The notification
-- reaches every server process's listener at the writer's commit (server/kernel/change-feed.ts), which
-- then reads the version again instead of reading it for every request; a transaction's notifications
-- of one channel and payload are delivered once.
create or replace function "data_version_bump"() returns trigger language plpgsql as $$
begin update data_version set version = version + 1; perform pg_notify('crp_data', ''); return null; end
$$;

-- Every change of what a credential stands for (a session ended, a token revoked, a user disabled or
-- given another role or other units; triggers of migration 20261213100000) tells every server
-- process, at the writer's commit: each keeps the credentials it checked in memory
-- (server/modules/access/viewer.ts) and forgets them all on this notification, whichever path wrote.
create or replace function "credentials_changed"() returns trigger language plpgsql as $$
begin perform pg_notify('crp_credentials', ''); return null; end
$$;

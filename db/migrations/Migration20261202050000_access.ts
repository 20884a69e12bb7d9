import { Migration } from '@mikro-orm/migrations';

/**
 * Who sees what (issue 4): users with argon2id password hashes and the units they are bound to,
 * browser sessions and API tokens (stored as SHA-256 hashes of their secrets, ended by a timestamp),
 * and the audit log, which the database itself keeps append-only.
 */
export class Migration20261202050000_access extends Migration {

  override name = 'Migration20261202050000_access';

  override up(): void | Promise<void> {
    this.addSql(`create table "audit_event" ("id" bigserial primary key, "at" timestamptz not null default now(), "action" text not null, "actor" varchar(64) null, "address" varchar(64) null, "subject" varchar(64) null, "detail" jsonb not null default '{}');`);
    this.addSql(`create index "audit_event_actor_idx" on "audit_event" ("actor", "at");`);
    this.addSql(`create index "audit_event_address_idx" on "audit_event" ("address", "at");`);

    this.addSql(`create table "app_user" ("id" serial primary key, "username" varchar(64) not null, "password_hash" text not null, "role" text not null, "disabled" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now());`);
    this.addSql(`alter table "app_user" add constraint "app_user_username_unique" unique ("username");`);

    this.addSql(`create table "user_session" ("id" serial primary key, "user_id" int not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null default now(), "expires_at" timestamptz not null, "ended_at" timestamptz null);`);
    this.addSql(`alter table "user_session" add constraint "user_session_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "user_session_user_idx" on "user_session" ("user_id");`);

    this.addSql(`create table "api_token" ("id" serial primary key, "user_id" int not null, "name" varchar(100) not null, "token_hash" varchar(64) not null, "created_at" timestamptz not null default now(), "expires_at" timestamptz null, "revoked_at" timestamptz null);`);
    this.addSql(`alter table "api_token" add constraint "api_token_token_hash_unique" unique ("token_hash");`);
    this.addSql(`create index "api_token_user_idx" on "api_token" ("user_id");`);

    this.addSql(`create table "app_user_unit" ("user_id" int not null, "unit_id" int not null, primary key ("user_id", "unit_id"));`);

    this.addSql(`alter table "audit_event" add constraint "audit_event_action_check" check ("action" in ('SIGN_IN', 'SIGN_IN_FAILED', 'SIGN_OUT', 'USER_CREATED', 'USER_UPDATED', 'TOKEN_CREATED', 'TOKEN_REVOKED'));`);

    this.addSql(`alter table "app_user" add constraint "app_user_username_check" check (username ~ '^[a-z0-9][a-z0-9._-]{1,63}\$');`);
    this.addSql(`alter table "app_user" add constraint "app_user_role_check" check ("role" in ('HQ_ADMIN', 'HQ_ANALYST', 'BRANCH', 'REGULATOR'));`);

    this.addSql(`alter table "user_session" add constraint "user_session_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);

    this.addSql(`alter table "api_token" add constraint "api_token_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on delete cascade;`);

    this.addSql(`alter table "app_user_unit" add constraint "app_user_unit_user_id_foreign" foreign key ("user_id") references "app_user" ("id") on update cascade on delete cascade;`);
    this.addSql(`alter table "app_user_unit" add constraint "app_user_unit_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on update cascade on delete cascade;`);

    // Written by hand: the audit log refuses every change but an insert, whoever asks, so that no
    // code path of ours (nor an operator's slip in psql) can rewrite what happened.
    this.addSql(`create function "audit_event_append_only"() returns trigger language plpgsql as $f$
      begin
        raise exception 'the audit log is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
      end $f$;`);
    this.addSql(`create trigger "audit_event_no_update_or_delete" before update or delete on "audit_event"
      for each row execute function "audit_event_append_only"();`);
    this.addSql(`create trigger "audit_event_no_truncate" before truncate on "audit_event"
      for each statement execute function "audit_event_append_only"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "audit_event_no_truncate" on "audit_event";`);
    this.addSql(`drop trigger if exists "audit_event_no_update_or_delete" on "audit_event";`);
    this.addSql(`drop function if exists "audit_event_append_only"();`);
    this.addSql(`alter table "user_session" drop constraint "user_session_user_id_foreign";`);
    this.addSql(`alter table "api_token" drop constraint "api_token_user_id_foreign";`);
    this.addSql(`alter table "app_user_unit" drop constraint "app_user_unit_user_id_foreign";`);

    this.addSql(`drop table if exists "audit_event" cascade;`);
    this.addSql(`drop table if exists "app_user" cascade;`);
    this.addSql(`drop table if exists "user_session" cascade;`);
    this.addSql(`drop table if exists "api_token" cascade;`);
    this.addSql(`drop table if exists "app_user_unit" cascade;`);
  }

}

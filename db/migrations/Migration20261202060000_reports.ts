import { Migration } from '@mikro-orm/migrations';

/**
 * Reports (issue 6): a report's parameters and its submitted versions, each the assembled content
 * frozen as JSON with the instant it was measured as of and a fingerprint of the data behind it; and
 * when each complaint and premium row was first recorded and last changed, so that a restatement can
 * say which rows arrived or changed after a submission. The database keeps the snapshots immutable.
 */
export class Migration20261202060000_reports extends Migration {

  override name = 'Migration20261202060000_reports';

  override up(): void | Promise<void> {
    this.addSql(`create table "report" ("id" serial primary key, "template" text not null, "unit_id" int not null, "period_from" date not null, "period_to" date not null, "comparison" text not null, "created_by_id" int null, "created_by_name" varchar(64) not null, "created_at" timestamptz not null default now());`);
    this.addSql(`create index "report_unit_idx" on "report" ("unit_id");`);

    this.addSql(`create table "report_version" ("id" serial primary key, "report_id" int not null, "version" int not null, "reason" text null, "as_of" timestamptz not null, "content" jsonb not null, "fingerprint" varchar(64) not null, "submitted_by_id" int null, "submitted_by_name" varchar(64) not null, "submitted_at" timestamptz not null default now());`);
    this.addSql(`alter table "report_version" add constraint "report_version_report_version_unique" unique ("report_id", "version");`);

    this.addSql(`alter table "audit_event" drop constraint "audit_event_action_check";`);
    this.addSql(`alter table "audit_event" add constraint "audit_event_action_check" check ("action" in ('SIGN_IN', 'SIGN_IN_FAILED', 'SIGN_OUT', 'USER_CREATED', 'USER_UPDATED', 'TOKEN_CREATED', 'TOKEN_REVOKED', 'REPORT_CREATED', 'REPORT_SUBMITTED', 'REPORT_EXPORTED'));`);

    this.addSql(`alter table "premium" add "recorded_at" timestamptz not null default now(), add "changed_at" timestamptz not null default now();`);

    this.addSql(`alter table "complaint" add "recorded_at" timestamptz not null default now(), add "changed_at" timestamptz not null default now();`);

    this.addSql(`alter table "report" add constraint "report_unit_id_foreign" foreign key ("unit_id") references "unit" ("id");`);
    this.addSql(`alter table "report" add constraint "report_created_by_id_foreign" foreign key ("created_by_id") references "app_user" ("id") on delete no action;`);
    this.addSql(`alter table "report" add constraint "report_period_check" check (period_from <= period_to);`);
    this.addSql(`alter table "report" add constraint "report_template_check" check ("template" in ('BRANCH', 'REGULATOR'));`);
    this.addSql(`alter table "report" add constraint "report_comparison_check" check ("comparison" in ('YOY', 'PREVIOUS', 'NONE'));`);

    this.addSql(`alter table "report_version" add constraint "report_version_report_id_foreign" foreign key ("report_id") references "report" ("id");`);
    this.addSql(`alter table "report_version" add constraint "report_version_submitted_by_id_foreign" foreign key ("submitted_by_id") references "app_user" ("id") on delete no action;`);
    this.addSql(`alter table "report_version" add constraint "report_version_reason_check" check ((version = 1 and reason is null) or (version > 1 and reason is not null and length(btrim(reason)) > 0));`);

    // Written by hand: what the entity metadata cannot express.
    this.addSql(`alter table "report_version" add constraint "report_version_version_check" check (version >= 1);`);
    this.addSql(`create index "complaint_recorded_idx" on "complaint" ("recorded_at");`);
    this.addSql(`create index "complaint_changed_idx" on "complaint" ("changed_at");`);

    // A submitted version is what was sent: no code path of ours, nor an operator in psql, may
    // rewrite or remove it. A correction is a new version; the old one stays as it was. TRUNCATE is
    // left to whoever empties the whole database (`truncate unit cascade` in tests reaches it).
    this.addSql(`create function "report_version_immutable"() returns trigger language plpgsql as $f$
      begin
        raise exception 'a submitted report version is immutable: % refused', tg_op using errcode = 'insufficient_privilege';
      end $f$;`);
    this.addSql(`create trigger "report_version_no_update_or_delete" before update or delete on "report_version"
      for each row execute function "report_version_immutable"();`);

    // Once a report has a version its parameters are what every version answers: they stay.
    this.addSql(`create function "report_parameters_fixed"() returns trigger language plpgsql as $f$
      begin
        if exists (select 1 from report_version v where v.report_id = old.id) then
          raise exception 'report % has a submitted version: its parameters cannot be changed (% refused)', old.id, tg_op
            using errcode = 'insufficient_privilege';
        end if;
        return case tg_op when 'DELETE' then old else new end;
      end $f$;`);
    this.addSql(`create trigger "report_parameters_fixed" before update or delete on "report"
      for each row execute function "report_parameters_fixed"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "report_parameters_fixed" on "report";`);
    this.addSql(`drop function if exists "report_parameters_fixed"();`);
    this.addSql(`drop trigger if exists "report_version_no_update_or_delete" on "report_version";`);
    this.addSql(`drop function if exists "report_version_immutable"();`);
    this.addSql(`drop index if exists "complaint_recorded_idx";`);
    this.addSql(`drop index if exists "complaint_changed_idx";`);
    this.addSql(`alter table "report_version" drop constraint "report_version_report_id_foreign";`);

    this.addSql(`drop table if exists "report" cascade;`);
    this.addSql(`drop table if exists "report_version" cascade;`);

    this.addSql(`alter table "audit_event" drop constraint "audit_event_action_check";`);
    this.addSql(`alter table "audit_event" add constraint "audit_event_action_check" check ("action" in ('SIGN_IN', 'SIGN_IN_FAILED', 'SIGN_OUT', 'USER_CREATED', 'USER_UPDATED', 'TOKEN_CREATED', 'TOKEN_REVOKED'));`);

    this.addSql(`alter table "complaint" drop column "recorded_at", drop column "changed_at";`);

    this.addSql(`alter table "premium" drop column "recorded_at", drop column "changed_at";`);
  }

}

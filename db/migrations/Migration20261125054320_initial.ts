import { Migration } from '@mikro-orm/migrations';

export class Migration20261125054320_initial extends Migration {

  override name = 'Migration20261125054320_initial';

  override up(): void | Promise<void> {
    // Needed by the exclusion constraint that keeps a unit's membership periods from overlapping.
    this.addSql(`create extension if not exists btree_gist;`);
    this.addSql(`create table "unit" ("id" serial primary key, "code" varchar(32) not null, "name_zh" varchar(200) not null, "name_en" varchar(200) null, "kind" text not null);`);
    this.addSql(`alter table "unit" add constraint "unit_code_unique" unique ("code");`);
    this.addSql(`alter table "unit" add constraint "unit_kind_check" check ("kind" in ('BRANCH', 'DEPARTMENT'));`);

    this.addSql(`create table "premium" ("id" serial primary key, "unit_id" int not null, "month" date not null, "line" text not null, "premium_yuan" numeric(18,2) not null, "policies" int not null);`);
    this.addSql(`alter table "premium" add constraint "premium_natural_key" unique ("unit_id", "month", "line");`);
    this.addSql(`alter table "premium" add constraint "premium_non_negative_check" check (premium_yuan >= 0 and policies >= 0);`);
    this.addSql(`alter table "premium" add constraint "premium_month_check" check (extract(day from month) = 1);`);
    this.addSql(`alter table "premium" add constraint "premium_line_check" check ("line" in ('AUTO', 'NON_AUTO', 'ACCIDENT_HEALTH'));`);

    this.addSql(`create table "complaint" ("id" bigserial primary key, "ref" varchar(64) not null, "received_at" timestamptz not null, "received_date" date generated always as ((received_at at time zone 'Asia/Shanghai')::date) stored not null, "channel" text not null, "unit_id" int not null, "line" text not null, "category" text not null, "policy_factor" boolean not null default false, "valid" boolean not null default true, "duplicate_of" varchar(64) null, "due_at" timestamptz not null, "closed_at" timestamptz null, "escalated" boolean not null default false, "outcome" text null, "customer_name" varchar(200) null, "customer_phone" varchar(64) null, "summary" text null, "assessed" boolean generated always as (valid and not policy_factor and duplicate_of is null) stored not null);`);
    this.addSql(`alter table "complaint" add constraint "complaint_ref_unique" unique ("ref");`);
    this.addSql(`create index "complaint_unit_received_idx" on "complaint" ("unit_id", "received_at");`);
    this.addSql(`create index "complaint_received_idx" on "complaint" ("received_at");`);
    this.addSql(`alter table "complaint" add constraint "complaint_closed_after_received_check" check (closed_at is null or closed_at >= received_at);`);
    this.addSql(`alter table "complaint" add constraint "complaint_not_own_duplicate_check" check (duplicate_of is null or duplicate_of <> ref);`);
    this.addSql(`alter table "complaint" add constraint "complaint_channel_check" check ("channel" in ('HOTLINE_95518', 'HQ_REFERRAL', 'REGULATOR_REFERRAL', 'LETTERS_VISITS', 'ONSITE', 'ONLINE'));`);
    this.addSql(`alter table "complaint" add constraint "complaint_line_check" check ("line" in ('AUTO', 'NON_AUTO', 'ACCIDENT_HEALTH'));`);
    this.addSql(`alter table "complaint" add constraint "complaint_category_check" check ("category" in ('CLAIMS', 'SALES', 'UNDERWRITING', 'SURRENDER', 'SERVICE', 'OTHER'));`);
    this.addSql(`alter table "complaint" add constraint "complaint_outcome_check" check ("outcome" in ('UPHELD', 'PARTIALLY_UPHELD', 'NOT_UPHELD', 'WITHDRAWN'));`);

    this.addSql(`create table "followup" ("id" serial primary key, "complaint_id" bigint not null, "visited_at" timestamptz not null, "satisfied" boolean not null);`);
    this.addSql(`alter table "followup" add constraint "followup_natural_key" unique ("complaint_id", "visited_at");`);

    this.addSql(`create table "activity" ("id" serial primary key, "unit_id" int not null, "date" date not null, "kind" text not null, "count" int not null, "note" text null);`);
    this.addSql(`alter table "activity" add constraint "activity_natural_key" unique ("unit_id", "date", "kind");`);
    this.addSql(`alter table "activity" add constraint "activity_count_check" check (count >= 0);`);
    this.addSql(`alter table "activity" add constraint "activity_kind_check" check ("kind" in ('ONLINE_DUTY', 'ONSITE_RECEPTION', 'TRAINING'));`);

    this.addSql(`create table "unit_membership" ("id" serial primary key, "unit_id" int not null, "parent_id" int null, "level" text not null, "valid_from" date not null, "valid_to" date null);`);
    this.addSql(`create index "unit_membership_parent_idx" on "unit_membership" ("parent_id", "valid_from");`);
    this.addSql(`alter table "unit_membership" add constraint "unit_membership_natural_key" unique ("unit_id", "valid_from");`);
    this.addSql(`alter table "unit_membership" add constraint "unit_membership_period_check" check (valid_to is null or valid_to >= valid_from);`);
    this.addSql(`alter table "unit_membership" add constraint "unit_membership_root_check" check ((level = 'HQ') = (parent_id is null));`);
    this.addSql(`alter table "unit_membership" add constraint "unit_membership_not_self_check" check (parent_id is null or parent_id <> unit_id);`);
    this.addSql(`alter table "unit_membership" add constraint "unit_membership_level_check" check ("level" in ('HQ', 'PROVINCE', 'CITY', 'COUNTY'));`);

    this.addSql(`alter table "premium" add constraint "premium_unit_id_foreign" foreign key ("unit_id") references "unit" ("id");`);

    this.addSql(`alter table "complaint" add constraint "complaint_unit_id_foreign" foreign key ("unit_id") references "unit" ("id");`);

    this.addSql(`alter table "followup" add constraint "followup_complaint_id_foreign" foreign key ("complaint_id") references "complaint" ("id") on delete cascade;`);

    this.addSql(`alter table "activity" add constraint "activity_unit_id_foreign" foreign key ("unit_id") references "unit" ("id");`);

    this.addSql(`alter table "unit_membership" add constraint "unit_membership_unit_id_foreign" foreign key ("unit_id") references "unit" ("id") on delete cascade;`);
    this.addSql(`alter table "unit_membership" add constraint "unit_membership_parent_id_foreign" foreign key ("parent_id") references "unit" ("id");`);

    // Written by hand: what the entity metadata cannot express.
    // One unit is in one place of the tree on any day.
    this.addSql(`alter table "unit_membership" add constraint "unit_membership_no_overlap" exclude using gist ("unit_id" with =, daterange("valid_from", "valid_to", '[]') with &&);`);
    // A repeat names an earlier complaint by its ref; deferred, so one import may bring both in any order.
    this.addSql(`alter table "complaint" add constraint "complaint_duplicate_of_foreign" foreign key ("duplicate_of") references "complaint" ("ref") deferrable initially deferred;`);
    this.addSql(`create index "complaint_duplicate_of_idx" on "complaint" ("duplicate_of") where "duplicate_of" is not null;`);
    this.addSql(`create index "complaint_unit_received_date_idx" on "complaint" ("unit_id", "received_date");`);
    this.addSql(`create index "complaint_open_idx" on "complaint" ("unit_id", "due_at") where "closed_at" is null;`);
    this.addSql(`create index "premium_month_idx" on "premium" ("month", "unit_id");`);
    this.addSql(`create index "activity_date_idx" on "activity" ("date", "unit_id");`);
  }

}

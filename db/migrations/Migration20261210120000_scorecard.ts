import { Migration } from '@mikro-orm/migrations';

/**
 * The annual scorecard (RULES.md §5). Rule sets are versioned data (`scorecard_rule_set`, items as
 * jsonb); the regulator's 2013 scorecard `CIRC_2013_KP` is product data, seeded here for 2012–2013.
 * A submitted report that scores with a rule set records it in `report_scorecard_rule_set`; from then
 * on the database refuses to change or remove that version (a change is a new version). MANUAL points
 * are rows of `scorecard_manual_point` (who and when; each entry also in the audit log), incidents for
 * DEDUCTION items rows of `incident` (import kind `incidents`).
 */
export class Migration20261210120000_scorecard extends Migration {

  override name = 'Migration20261210120000_scorecard';

  override up(): void | Promise<void> {
    // The maxima of the items that are not deductions: they must sum to the rule set's total.
    this.addSql(`create function "scorecard_items_max"(items jsonb) returns numeric language sql immutable as $f$
      select coalesce(sum((item ->> 'max')::numeric), 0) from jsonb_array_elements(items) item where item ->> 'kind' <> 'DEDUCTION'
    $f$;`);
    this.addSql(`create table "scorecard_rule_set" ("code" varchar(32) not null, "version" int not null, "name_zh" text not null, "name_en" text not null, "effective_from" date not null, "effective_to" date not null, "total" numeric(6,2) not null default 100, "peer_level" text null, "peer_parent" varchar(32) null, "status" text not null default 'DRAFT', "items" jsonb not null, "created_at" timestamptz not null default now(), primary key ("code", "version"));`);
    this.addSql(`alter table "scorecard_rule_set" add constraint "scorecard_rule_set_range_check" check (effective_from <= effective_to);`);
    this.addSql(`alter table "scorecard_rule_set" add constraint "scorecard_rule_set_status_check" check ("status" in ('DRAFT', 'PUBLISHED'));`);
    this.addSql(`alter table "scorecard_rule_set" add constraint "scorecard_rule_set_peer_level_check" check ("peer_level" in ('HQ', 'PROVINCE', 'CITY', 'COUNTY'));`);
    this.addSql(`alter table "scorecard_rule_set" add constraint "scorecard_rule_set_peers_check" check ((peer_level is null) <> (peer_parent is null));`);
    this.addSql(`alter table "scorecard_rule_set" add constraint "scorecard_rule_set_items_check" check (jsonb_typeof(items) = 'array' and scorecard_items_max(items) = total);`);

    this.addSql(`create table "report_scorecard_rule_set" ("report_version_id" int not null, "code" varchar(32) not null, "version" int not null, primary key ("report_version_id", "code", "version"));`);
    this.addSql(`alter table "report_scorecard_rule_set" add constraint "report_scorecard_rule_set_report_version_id_foreign" foreign key ("report_version_id") references "report_version" ("id");`);
    this.addSql(`alter table "report_scorecard_rule_set" add constraint "report_scorecard_rule_set_rule_set_foreign" foreign key ("code", "version") references "scorecard_rule_set" ("code", "version");`);

    // What a submitted report scored with stays as it was: no code path, nor an operator in psql.
    this.addSql(`create function "scorecard_rule_set_in_use"() returns trigger language plpgsql as $f$
      begin
        if exists (select 1 from report_scorecard_rule_set r where r.code = old.code and r.version = old.version) then
          raise exception 'scorecard rule set % version % is used by a submitted report: a change is a new version (% refused)', old.code, old.version, tg_op
            using errcode = 'insufficient_privilege';
        end if;
        return case tg_op when 'DELETE' then old else new end;
      end $f$;`);
    this.addSql(`create trigger "scorecard_rule_set_in_use" before update or delete on "scorecard_rule_set"
      for each row execute function "scorecard_rule_set_in_use"();`);

    this.addSql(`create table "scorecard_manual_point" ("id" serial primary key, "rule_set_code" varchar(32) not null, "rule_set_version" int not null, "unit_id" int not null, "period_from" date not null, "period_to" date not null, "item_code" varchar(16) not null, "points" numeric(6,2) not null, "note" text not null, "entered_by_id" int null, "entered_by_name" varchar(64) not null, "entered_at" timestamptz not null default now());`);
    this.addSql(`alter table "scorecard_manual_point" add constraint "scorecard_manual_point_key" unique ("rule_set_code", "rule_set_version", "unit_id", "period_from", "period_to", "item_code");`);
    this.addSql(`alter table "scorecard_manual_point" add constraint "scorecard_manual_point_rule_set_foreign" foreign key ("rule_set_code", "rule_set_version") references "scorecard_rule_set" ("code", "version");`);
    this.addSql(`alter table "scorecard_manual_point" add constraint "scorecard_manual_point_unit_id_foreign" foreign key ("unit_id") references "unit" ("id");`);
    this.addSql(`alter table "scorecard_manual_point" add constraint "scorecard_manual_point_entered_by_id_foreign" foreign key ("entered_by_id") references "app_user" ("id") on delete no action;`);
    this.addSql(`alter table "scorecard_manual_point" add constraint "scorecard_manual_point_period_check" check (period_from <= period_to);`);
    this.addSql(`alter table "scorecard_manual_point" add constraint "scorecard_manual_point_points_check" check (points >= 0);`);

    this.addSql(`create table "incident" ("id" serial primary key, "ref" varchar(64) not null, "unit_id" int not null, "date" date not null, "kind" text not null, "note" text null, "recorded_at" timestamptz not null default now());`);
    this.addSql(`alter table "incident" add constraint "incident_ref_unique" unique ("ref");`);
    this.addSql(`alter table "incident" add constraint "incident_unit_id_foreign" foreign key ("unit_id") references "unit" ("id");`);
    this.addSql(`alter table "incident" add constraint "incident_kind_check" check ("kind" in ('MEDIA_EXPOSURE', 'MASS_INCIDENT'));`);
    this.addSql(`create index "incident_unit_date_idx" on "incident" ("unit_id", "date");`);

    this.addSql(`alter table "audit_event" drop constraint "audit_event_action_check";`);
    this.addSql(`alter table "audit_event" add constraint "audit_event_action_check" check ("action" in ('SIGN_IN', 'SIGN_IN_FAILED', 'SIGN_OUT', 'USER_CREATED', 'USER_UPDATED', 'TOKEN_CREATED', 'TOKEN_REVOKED', 'REPORT_CREATED', 'REPORT_SUBMITTED', 'REPORT_EXPORTED', 'REPORT_UPDATED', 'REPORT_DELETED', 'RULE_SET_CHANGED', 'SCORECARD_POINTS_ENTERED'));`);

    // RULES.md's worked rule set: the regulator's 投诉处理考评 (保监消保〔2013〕162号). Bands, deductions
    // and the 30 points of M4–M6 are examples until HQ confirms them ([U]); the demo scores 2012 and 2013 with it.
    const items = [
      { code: 'Q1', nameZh: '制度建设', nameEn: 'Rules and procedures', kind: 'MANUAL', max: 10 },
      { code: 'Q2', nameZh: '组织管理', nameEn: 'Organisation', kind: 'MANUAL', max: 10 },
      { code: 'Q3', nameZh: '应急处理', nameEn: 'Emergency handling', kind: 'MANUAL', max: 10 },
      { code: 'M1', nameZh: '万张保单投诉量', nameEn: 'Complaints per 10,000 policies', kind: 'METRIC_BAND', max: 15,
        metric: 'PER_10K_POLICIES', basis: 'ASSESSED', better: 'LOWER',
        bands: [{ threshold: 0.5, points: 15 }, { threshold: 1, points: 10 }, { threshold: 2, points: 5 }] },
      { code: 'M2', nameZh: '亿元保费投诉量', nameEn: 'Complaints per 100 million yuan of premium', kind: 'RANK', max: 15,
        metric: 'PER_100M_PREMIUM', basis: 'ASSESSED', better: 'LOWER' },
      { code: 'M3', nameZh: '亿元保费投诉变化率', nameEn: 'Change in complaints per 100 million yuan', kind: 'CHANGE_RATE', max: 10,
        metric: 'PER_100M_PREMIUM', basis: 'ASSESSED',
        bands: [{ threshold: -0.2, points: 10 }, { threshold: 0, points: 6 }, { threshold: 0.2, points: 3 }] },
      { code: 'M4', nameZh: '监管转办件办理及时率', nameEn: 'Timely rate of regulator referrals', kind: 'METRIC_LINEAR', max: 10,
        metric: 'TIMELY_RATE', basis: 'ALL', channels: ['REGULATOR_REFERRAL'], best: 1, worst: 0.8 },
      { code: 'M5', nameZh: '接访响应', nameEn: 'Response to reception calls', kind: 'MANUAL', max: 10 },
      { code: 'M6', nameZh: '越级投诉率', nameEn: 'Escalation rate', kind: 'METRIC_BAND', max: 10,
        metric: 'ESCALATION_RATE', basis: 'ASSESSED', better: 'LOWER',
        bands: [{ threshold: 0.01, points: 10 }, { threshold: 0.02, points: 6 }, { threshold: 0.05, points: 2 }] },
      { code: 'D1', nameZh: '媒体负面报道', nameEn: 'Negative media reports', kind: 'DEDUCTION', incidentKind: 'MEDIA_EXPOSURE', pointsEach: 5, cap: 10 },
      { code: 'D2', nameZh: '重大群体性事件', nameEn: 'Mass incidents', kind: 'DEDUCTION', incidentKind: 'MASS_INCIDENT', pointsEach: 5, cap: 10 },
    ];
    this.addSql(`insert into "scorecard_rule_set" ("code", "version", "name_zh", "name_en", "effective_from", "effective_to", "total", "peer_level", "status", "items") values
      ('CIRC_2013_KP', 1, '投诉处理考评（保监消保〔2013〕162号）', 'Complaint handling scorecard (CIRC 2013 No. 162)', '2012-01-01', '2013-12-31', 100, 'PROVINCE', 'PUBLISHED', '${JSON.stringify(items)}'::jsonb);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "audit_event" drop constraint "audit_event_action_check";`);
    this.addSql(`alter table "audit_event" add constraint "audit_event_action_check" check ("action" in ('SIGN_IN', 'SIGN_IN_FAILED', 'SIGN_OUT', 'USER_CREATED', 'USER_UPDATED', 'TOKEN_CREATED', 'TOKEN_REVOKED', 'REPORT_CREATED', 'REPORT_SUBMITTED', 'REPORT_EXPORTED', 'REPORT_UPDATED', 'REPORT_DELETED', 'RULE_SET_CHANGED'));`);
    this.addSql(`drop table if exists "incident";`);
    this.addSql(`drop table if exists "scorecard_manual_point";`);
    this.addSql(`drop table if exists "report_scorecard_rule_set";`);
    this.addSql(`drop trigger if exists "scorecard_rule_set_in_use" on "scorecard_rule_set";`);
    this.addSql(`drop function if exists "scorecard_rule_set_in_use"();`);
    this.addSql(`drop table if exists "scorecard_rule_set";`);
    this.addSql(`drop function if exists "scorecard_items_max"(jsonb);`);
  }

}

import { Migration } from '@mikro-orm/migrations';

/**
 * The measures of RULES.md §4. Issues (投诉事项) are rows of `complaint_issue` (complaint, seq,
 * category); a complaint keeps their count in `issue_count` (a trigger, so that the rollups, which a
 * trigger on complaint maintains, see it in the complaint's own row; a complaint with none is one issue
 * of its own category). `third_working_day_end` is the end of the 3rd working day after the receipt
 * date, computed by the import when `closed_at` arrives (the 3-working-day closure rate). The
 * complaint rollups gain the stored sums of the new measures: issues, closed within 3 working days,
 * within 8 weeks (by the end of day d0 + 56), upheld (UPHELD, PARTIALLY_UPHELD) and decided (closed
 * with an outcome), filled here for the complaints stored before; the functions that keep and read
 * them are the files of db/functions/, applied after this.
 */
export class Migration20261210100000_issues_and_windows extends Migration {

  override name = 'Migration20261210100000_issues_and_windows';

  override up(): void | Promise<void> {
    this.addSql(`create table "complaint_issue" ("complaint_id" bigint not null, "seq" int not null, "category" text not null, primary key ("complaint_id", "seq"));`);
    this.addSql(`alter table "complaint_issue" add constraint "complaint_issue_complaint_id_foreign" foreign key ("complaint_id") references "complaint" ("id") on delete cascade;`);
    this.addSql(`alter table "complaint_issue" add constraint "complaint_issue_seq_check" check (seq > 0);`);
    this.addSql(`alter table "complaint_issue" add constraint "complaint_issue_category_check" check ("category" in ('CLAIMS', 'SALES', 'UNDERWRITING', 'SURRENDER', 'SERVICE', 'OTHER'));`);

    this.addSql(`alter table "complaint" add "issue_count" int not null default 0, add "third_working_day_end" timestamptz null;`);

    // The count of a complaint's issue rows, in its own row (db/functions/complaint_issue_count_trigger.sql).
    this.addSql(`create or replace function "complaint_issue_count_trigger"() returns trigger language plpgsql set jit = off as $$
declare touched text := case TG_OP
  when 'INSERT' then 'select complaint_id from new_rows'
  when 'DELETE' then 'select complaint_id from old_rows'
  else 'select complaint_id from new_rows union select complaint_id from old_rows' end;
begin
  execute format('update complaint c set issue_count = n.count
    from (select t.complaint_id, (select count(*) from complaint_issue i where i.complaint_id = t.complaint_id)::int as count
      from (%s) t group by t.complaint_id) n
    where c.id = n.complaint_id and c.issue_count <> n.count', touched);
  return null;
end
$$;`);
    for (const op of ['insert', 'update', 'delete']) {
      const tables = op === 'insert' ? 'new table as new_rows' : op === 'delete' ? 'old table as old_rows' : 'new table as new_rows old table as old_rows';
      this.addSql(`create trigger "complaint_issue_count_${op}" after ${op} on "complaint_issue" referencing ${tables}
        for each statement execute function complaint_issue_count_trigger();`);
    }
    this.addSql(`create trigger "complaint_issue_data_version" after insert or update or delete or truncate on "complaint_issue"
        for each statement execute function data_version_bump();`);

    // The 3rd working day after the receipt date of the closed complaints stored before (a year the
    // calendar does not know leaves it empty: the import computes it when the complaint comes again).
    this.addSql(`update complaint c set third_working_day_end = end_of_shanghai_day(w.d)
      from (select c.id, (select d from (
          select g.d::date as d, row_number() over (order by g.d) as n
          from generate_series(c.received_date + 1, c.received_date + 40, interval '1 day') g(d)
          left join working_day k on k.date = g.d::date
          where coalesce(k.is_working_day, extract(isodow from g.d) < 6)
            and exists (select 1 from working_day y where y.date between make_date(extract(year from g.d)::int, 1, 1)
              and make_date(extract(year from g.d)::int, 12, 31))) x where x.n = 3) as d
        from complaint c where c.closed_at is not null) w
      where c.id = w.id and w.d is not null;`);

    this.addSql(`alter table "complaint_rollup" add "issues" int not null default 0, add "closed_3wd" int not null default 0,
      add "closed_8w" int not null default 0, add "upheld" int not null default 0, add "decided" int not null default 0;`);
    // The new sums count in a complaint's month of receipt, every closure counted (as complaint_rollup_sql.sql).
    this.addSql(`update complaint_rollup t set issues = v.issues, closed_3wd = v.closed_3wd, closed_8w = v.closed_8w,
        upheld = v.upheld, decided = v.decided
      from (select k.ancestor_id, c.assessed, date_trunc('month', c.received_date)::date as month,
          sum(greatest(c.issue_count, 1))::int as issues,
          count(*) filter (where c.closed_at <= c.third_working_day_end)::int as closed_3wd,
          count(*) filter (where c.closed_at <= end_of_shanghai_day(c.received_date + 56))::int as closed_8w,
          count(*) filter (where c.closed_at is not null and c.outcome in ('UPHELD', 'PARTIALLY_UPHELD'))::int as upheld,
          count(*) filter (where c.closed_at is not null and c.outcome is not null)::int as decided
        from complaint c join unit_closure k on k.unit_id = c.unit_id group by 1, 2, 3) v
      where t.ancestor_id = v.ancestor_id and t.assessed = v.assessed and t.month = v.month;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "complaint_rollup" drop column "issues", drop column "closed_3wd", drop column "closed_8w", drop column "upheld", drop column "decided";`);
    this.addSql(`drop table if exists "complaint_issue";`);
    this.addSql(`drop function if exists "complaint_issue_count_trigger"();`);
    this.addSql(`alter table "complaint" drop column "issue_count", drop column "third_working_day_end";`);
  }

}

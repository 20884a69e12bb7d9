import { Migration } from '@mikro-orm/migrations';

/**
 * Filtered slices from the rollups (issue 14). `complaint_rollup_slice` holds the sums of
 * `complaint_rollup` once per value of ONE filter dimension at a time — `channel`, `line`, `category`
 * — keyed (ancestor, dimension, value, month, assessed), so that a filter on one dimension (any of
 * its values, summed) is read from it: a complaint counts in three rows of a month, one per dimension,
 * not in the 108 of a full cube. `premium_rollup` gains the premium's line (a line filter's premium
 * and policies are the line's; other filters leave the premium whole, DOMAIN.md). Both are filled
 * here for the records stored before; the functions that keep and read them are the files of
 * db/functions/ (complaint_rollup_sql.sql, premium_rollup_sql.sql, measure_from_rollups.sql),
 * applied after this, so the fill is written out here rather than taken from them.
 */
export class Migration20261212100000_rollup_slices extends Migration {

  override name = 'Migration20261212100000_rollup_slices';

  override up(): void | Promise<void> {
    this.addSql(`create table "complaint_rollup_slice" (
      "ancestor_id" int not null, "dimension" text not null, "value" text not null, "month" date not null,
      "assessed" boolean not null,
      "complaints" int not null, "escalated" int not null, "closed" int not null, "handling_seconds" numeric not null,
      "timely" int not null, "followups" int not null, "satisfied" int not null,
      "closed_events" int not null, "due_events" int not null, "due_closed_events" int not null,
      "issues" int not null, "closed_3wd" int not null, "closed_8w" int not null, "upheld" int not null, "decided" int not null,
      constraint "complaint_rollup_slice_dimension_check" check ("dimension" in ('channel', 'line', 'category')),
      primary key ("ancestor_id", "dimension", "value", "month", "assessed"));`);
    // The events of each complaint in the months they fall in, as complaint_rollup_sql.sql counts them.
    this.addSql(`insert into complaint_rollup_slice (ancestor_id, dimension, value, month, assessed, complaints, escalated,
        closed, handling_seconds, timely, followups, satisfied, closed_events, due_events, due_closed_events, issues,
        closed_3wd, closed_8w, upheld, decided)
      select k.ancestor_id, d.dimension, d.value, v.month, c.assessed, sum(v.complaints), sum(v.escalated), sum(v.closed),
        sum(v.handling_seconds), sum(v.timely), sum(v.followups), sum(v.satisfied), sum(v.closed_events), sum(v.due_events),
        sum(v.due_closed_events), sum(v.issues), sum(v.closed_3wd), sum(v.closed_8w), sum(v.upheld), sum(v.decided)
      from complaint c
        cross join lateral (values ('channel', c.channel), ('line', c.line), ('category', c.category)) d(dimension, value)
        cross join lateral (values
          (date_trunc('month', c.received_date)::date, 1, c.escalated::int, (c.closed_at is not null)::int,
            coalesce(extract(epoch from c.closed_at - c.received_at), 0), coalesce(c.closed_at <= c.due_at, false)::int,
            c.followups, c.satisfied_followups, 0, 0, 0, greatest(c.issue_count, 1),
            coalesce(c.closed_at <= c.third_working_day_end, false)::int,
            coalesce(c.closed_at <= end_of_shanghai_day(c.received_date + 56), false)::int,
            coalesce(c.closed_at is not null and c.outcome in ('UPHELD', 'PARTIALLY_UPHELD'), false)::int,
            (c.closed_at is not null and c.outcome is not null)::int),
          (date_trunc('month', c.closed_at at time zone 'Asia/Shanghai')::date, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0),
          (date_trunc('month', (c.due_at + interval '1 microsecond') at time zone 'Asia/Shanghai')::date,
            0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0),
          (case when c.closed_at is not null then date_trunc('month',
            greatest(c.due_at + interval '1 microsecond', c.closed_at) at time zone 'Asia/Shanghai')::date end,
            0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0)
        ) v(month, complaints, escalated, closed, handling_seconds, timely, followups, satisfied, closed_events, due_events,
            due_closed_events, issues, closed_3wd, closed_8w, upheld, decided)
        join unit_closure k on k.unit_id = c.unit_id
      where v.month is not null
      group by 1, 2, 3, 4, 5
      order by 1, 2, 3, 4, 5;`);

    this.addSql(`delete from "premium_rollup";`);
    this.addSql(`alter table "premium_rollup" drop constraint "premium_rollup_pkey";`);
    this.addSql(`alter table "premium_rollup" add "line" text not null;`);
    this.addSql(`alter table "premium_rollup" add primary key ("ancestor_id", "month", "line");`);
    this.addSql(`insert into premium_rollup (ancestor_id, month, line, premium_yuan, policies)
      select k.ancestor_id, p.month, p.line, sum(p.premium_yuan), sum(p.policies)
      from premium p join unit_closure k on k.unit_id = p.unit_id group by 1, 2, 3 order by 1, 2, 3;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "complaint_rollup_slice";`);
    this.addSql(`delete from "premium_rollup";`);
    this.addSql(`alter table "premium_rollup" drop constraint "premium_rollup_pkey";`);
    this.addSql(`alter table "premium_rollup" drop column "line";`);
    this.addSql(`alter table "premium_rollup" add primary key ("ancestor_id", "month");`);
    this.addSql(`insert into premium_rollup (ancestor_id, month, premium_yuan, policies)
      select k.ancestor_id, p.month, sum(p.premium_yuan), sum(p.policies)
      from premium p join unit_closure k on k.unit_id = p.unit_id group by 1, 2 order by 1, 2;`);
  }

}

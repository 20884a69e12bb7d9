import { Migration } from '@mikro-orm/migrations';

/**
 * Rollups of the base measures, kept in step with the records by triggers (so every write path — the
 * import, the API, the demo, plain SQL — updates them in its own transaction), and the tree they are
 * keyed on. Readers: server/modules/metrics/rollup.repository.ts. The design (README, "Rollups"):
 *
 * - `unit_closure` is the reference tree: every (ancestor, unit) pair of the tree valid from the last
 *   membership boundary on, and (u, u) for every unit. The rollups are summed per ancestor of it.
 * - `unit_tree_epoch` cuts time into spans in which the tree does not change; `unit_closure_delta`
 *   says, per epoch and ancestor, which units its subtree has in that epoch beyond the reference
 *   (+1) or lacks (−1). A query at a date adds the raw records of those few units, so the rollups
 *   are right for any hierarchy date, and exact without correction for the latest tree.
 * - `complaint_rollup`, per ancestor, month (Shanghai) and assessed: the flows of the complaints
 *   received that month with every closure counted (asOf = ∞; queries correct the few complaints an
 *   earlier asOf sees differently), and, for stocks at an instant, the events of the month: closures,
 *   deadlines passed (dated by due_at + 1 µs, so "due_at < T" is "dated on or before T") and
 *   deadlines passed once closed. Filters on channels, lines or categories read the records: a
 *   rollup per value would outgrow the records themselves on a tree of many small units.
 * - `premium_rollup`, per ancestor and month (a filter on lines reads the records).
 */
export class Migration20261202010642_rollups extends Migration {

  override name = 'Migration20261202010642_rollups';

  override up(): void | Promise<void> {
    this.addSql(`alter table "complaint" add "followups" int not null default 0, add "satisfied_followups" int not null default 0;`);

    // Written by hand: what the entity metadata cannot express.
    // The import refuses a deadline before receipt; the stocks' event counts rely on it.
    this.addSql(`alter table "complaint" add constraint "complaint_due_after_received_check" check (due_at >= received_at);`);
    this.addSql(`create index "complaint_closed_idx" on "complaint" ("closed_at") where "closed_at" is not null;`);
    this.addSql(`create index "complaint_due_idx" on "complaint" ("due_at");`);

    this.addSql(`create table "unit_closure" (
      "ancestor_id" int not null references "unit" ("id"), "unit_id" int not null references "unit" ("id"),
      primary key ("ancestor_id", "unit_id"));`);
    this.addSql(`create index "unit_closure_unit_idx" on "unit_closure" ("unit_id", "ancestor_id");`);
    this.addSql(`create table "unit_tree_epoch" ("id" int primary key, "valid_from" date not null, "valid_to" date not null);`);
    this.addSql(`create table "unit_closure_delta" (
      "epoch_id" int not null references "unit_tree_epoch" ("id") on delete cascade, "ancestor_id" int not null,
      "unit_id" int not null, "sign" smallint not null check ("sign" in (-1, 1)),
      primary key ("epoch_id", "ancestor_id", "unit_id"));`);

    this.addSql(`create table "complaint_rollup" (
      "ancestor_id" int not null, "assessed" boolean not null, "month" date not null,
      "complaints" int not null, "escalated" int not null, "closed" int not null, "handling_seconds" numeric not null,
      "timely" int not null, "followups" int not null, "satisfied" int not null,
      "closed_events" int not null, "due_events" int not null, "due_closed_events" int not null,
      primary key ("ancestor_id", "assessed", "month"));`);
    this.addSql(`create table "premium_rollup" (
      "ancestor_id" int not null, "month" date not null, "premium_yuan" numeric not null, "policies" bigint not null,
      primary key ("ancestor_id", "month"));`);

    // The rollup rows of a set of weighted complaint rows (a table or a parenthesised query with the
    // complaint's columns and n, the complaint's weight, +1 or −1 or 0, and f, s, its follow-ups and
    // satisfied ones, weighted): aggregated per unit first, then per reference ancestor, groups whose
    // sums are all zero dropped, rows in key order so that concurrent writers lock them in one order.
    this.addSql(`create function "complaint_rollup_sql"(source text) returns text language sql immutable as $f$
      select format($q$
        insert into complaint_rollup as t (ancestor_id, assessed, month, complaints, escalated, closed,
          handling_seconds, timely, followups, satisfied, closed_events, due_events, due_closed_events)
        select k.ancestor_id, u.assessed, u.month, sum(u.complaints), sum(u.escalated), sum(u.closed),
          sum(u.handling_seconds), sum(u.timely), sum(u.followups), sum(u.satisfied), sum(u.closed_events),
          sum(u.due_events), sum(u.due_closed_events)
        from (
          select e.unit_id, e.assessed, v.month,
            sum(v.complaints)::int as complaints, sum(v.escalated)::int as escalated, sum(v.closed)::int as closed,
            sum(v.handling_seconds) as handling_seconds, sum(v.timely)::int as timely,
            sum(v.followups)::int as followups, sum(v.satisfied)::int as satisfied,
            sum(v.closed_events)::int as closed_events, sum(v.due_events)::int as due_events,
            sum(v.due_closed_events)::int as due_closed_events
          from (
            -- per unit and the four months a complaint's events fall in, so that each is computed once
            select x.unit_id, x.assessed, date_trunc('month', x.received_date)::date as received_month,
              date_trunc('month', x.closed_at at time zone 'Asia/Shanghai')::date as closed_month,
              date_trunc('month', (x.due_at + interval '1 microsecond') at time zone 'Asia/Shanghai')::date as due_month,
              case when x.closed_at is not null then date_trunc('month',
                greatest(x.due_at + interval '1 microsecond', x.closed_at) at time zone 'Asia/Shanghai')::date end as due_closed_month,
              sum(x.n) as n, sum(x.n * x.escalated::int) as escalated, sum(x.n * (x.closed_at is not null)::int) as closed,
              sum(x.n * coalesce(extract(epoch from x.closed_at - x.received_at), 0)) as handling_seconds,
              sum(x.n * coalesce(x.closed_at <= x.due_at, false)::int) as timely, sum(x.f) as followups, sum(x.s) as satisfied
            from %s x
            group by 1, 2, 3, 4, 5, 6
          ) e cross join lateral (values
            (e.received_month, e.n, e.escalated, e.closed, e.handling_seconds, e.timely, e.followups, e.satisfied, 0::bigint, 0::bigint, 0::bigint),
            (e.closed_month, 0, 0, 0, 0, 0, 0, 0, e.n, 0, 0),
            (e.due_month, 0, 0, 0, 0, 0, 0, 0, 0, e.n, 0),
            (e.due_closed_month, 0, 0, 0, 0, 0, 0, 0, 0, 0, e.n)
          ) v(month, complaints, escalated, closed, handling_seconds, timely, followups, satisfied,
              closed_events, due_events, due_closed_events)
          where v.month is not null
          group by 1, 2, 3
        ) u join unit_closure k on k.unit_id = u.unit_id
        group by 1, 2, 3
        having sum(u.complaints) <> 0 or sum(u.escalated) <> 0 or sum(u.closed) <> 0 or sum(u.handling_seconds) <> 0
          or sum(u.timely) <> 0 or sum(u.followups) <> 0 or sum(u.satisfied) <> 0 or sum(u.closed_events) <> 0
          or sum(u.due_events) <> 0 or sum(u.due_closed_events) <> 0
        order by 1, 2, 3
        on conflict (ancestor_id, assessed, month) do update set
          complaints = t.complaints + excluded.complaints, escalated = t.escalated + excluded.escalated,
          closed = t.closed + excluded.closed, handling_seconds = t.handling_seconds + excluded.handling_seconds,
          timely = t.timely + excluded.timely, followups = t.followups + excluded.followups,
          satisfied = t.satisfied + excluded.satisfied, closed_events = t.closed_events + excluded.closed_events,
          due_events = t.due_events + excluded.due_events, due_closed_events = t.due_closed_events + excluded.due_closed_events
      $q$, source)
    $f$;`);
    // A complaint table's rows, weighted: +1 or −1, with their follow-ups.
    this.addSql(`create function "complaint_rows_sql"(source text, sign int) returns text language sql immutable as $f$
      select format('(select c.*, %2$s as n, %2$s * c.followups as f, %2$s * c.satisfied_followups as s from %1$s c)', source, sign)
    $f$;`);

    this.addSql(`create function "premium_rollup_sql"(source text, sign int) returns text language sql immutable as $f$
      select format($q$
        insert into premium_rollup as t (ancestor_id, month, premium_yuan, policies)
        select k.ancestor_id, x.month, %2$s * sum(x.premium_yuan), %2$s * sum(x.policies)
        from %1$s x join unit_closure k on k.unit_id = x.unit_id
        group by 1, 2
        order by 1, 2
        on conflict (ancestor_id, month) do update set
          premium_yuan = t.premium_yuan + excluded.premium_yuan, policies = t.policies + excluded.policies
      $q$, source, sign)
    $f$;`);

    // Statement-level triggers with transition tables: one aggregation per statement, however many rows.
    // An update moves only the rows whose measured columns changed; the follow-up counts are moved by
    // the follow-up trigger itself, so a change of counts alone is not moved twice.
    const measured = `unit_id, received_at, assessed, escalated, closed_at, due_at`;
    const changed = `(${prefixed('o', measured)}) is distinct from (${prefixed('n', measured)})`;
    this.addSql(`create function "complaint_rollup_trigger"() returns trigger language plpgsql set jit = off set work_mem = '64MB' as $$
      begin
        if TG_OP = 'UPDATE' then
          execute complaint_rollup_sql('(select o.*, -1 as n, -o.followups as f, -o.satisfied_followups as s
              from old_rows o join new_rows n on n.id = o.id where ${changed}
            union all select n.*, 1, n.followups, n.satisfied_followups
              from new_rows n join old_rows o on o.id = n.id where ${changed})');
        elsif TG_OP = 'INSERT' then
          execute complaint_rollup_sql(complaint_rows_sql('new_rows', 1));
        else
          execute complaint_rollup_sql(complaint_rows_sql('old_rows', -1));
        end if;
        return null;
      end $$;`);
    this.addSql(`create function "premium_rollup_trigger"() returns trigger language plpgsql set jit = off as $$
      begin
        if TG_OP in ('UPDATE', 'DELETE') then execute premium_rollup_sql('old_rows', -1); end if;
        if TG_OP in ('UPDATE', 'INSERT') then execute premium_rollup_sql('new_rows', 1); end if;
        return null;
      end $$;`);
    // A follow-up changes its complaint's counts (so a complaint moved or deleted later takes its
    // follow-ups along) and the rollups of the complaint's keys.
    this.addSql(`create function "followup_counts_trigger"() returns trigger language plpgsql set jit = off as $$
      declare changes text := case TG_OP
        when 'INSERT' then 'select complaint_id, satisfied, 1 as sign from new_rows'
        when 'DELETE' then 'select complaint_id, satisfied, -1 as sign from old_rows'
        else 'select complaint_id, satisfied, 1 as sign from new_rows union all select complaint_id, satisfied, -1 from old_rows' end;
      begin
        drop table if exists pg_temp.followup_change;
        execute format('create temp table followup_change as
          select complaint_id, sum(sign)::int as f, coalesce(sum(sign) filter (where satisfied), 0)::int as s
          from (%s) changes group by complaint_id
          having sum(sign) <> 0 or coalesce(sum(sign) filter (where satisfied), 0) <> 0', changes);
        update complaint c set followups = c.followups + d.f, satisfied_followups = c.satisfied_followups + d.s
          from followup_change d where c.id = d.complaint_id;
        execute complaint_rollup_sql('(select c.*, 0 as n, d.f, d.s from complaint c join followup_change d on d.complaint_id = c.id)');
        drop table pg_temp.followup_change;
        return null;
      end $$;`);
    for (const [table, fn] of [['complaint', 'complaint_rollup_trigger'], ['premium', 'premium_rollup_trigger'], ['followup', 'followup_counts_trigger']]) {
      this.addSql(`create trigger "${table}_insert_rollup" after insert on "${table}" referencing new table as new_rows for each statement execute function ${fn}();`);
      this.addSql(`create trigger "${table}_update_rollup" after update on "${table}" referencing old table as old_rows new table as new_rows for each statement execute function ${fn}();`);
      this.addSql(`create trigger "${table}_delete_rollup" after delete on "${table}" referencing old table as old_rows for each statement execute function ${fn}();`);
    }
    this.addSql(`create function "rollup_truncate_trigger"() returns trigger language plpgsql as $$
      begin
        if TG_TABLE_NAME = 'complaint' then delete from complaint_rollup; else delete from premium_rollup; end if;
        return null;
      end $$;`);
    this.addSql(`create trigger "complaint_truncate_rollup" after truncate on "complaint" for each statement execute function rollup_truncate_trigger();`);
    this.addSql(`create trigger "premium_truncate_rollup" after truncate on "premium" for each statement execute function rollup_truncate_trigger();`);

    // The epochs, their closures, the reference closure and the deltas, recomputed whenever a unit or
    // a membership changes (a tree of thousands of units takes milliseconds). When the reference tree
    // changes, the complaints and premiums of the units whose ancestors changed move in the rollups.
    this.addSql(`create function "unit_tree_refresh"() returns void language plpgsql set jit = off as $$
      declare moved int[];
      begin
        perform pg_advisory_xact_lock(815020111);
        delete from unit_tree_epoch;
        insert into unit_tree_epoch (id, valid_from, valid_to)
        select row_number() over (order by b), b, coalesce(lead(b) over (order by b) - 1, 'infinity')
        from (select '-infinity'::date as b union select valid_from from unit_membership
              union select valid_to + 1 from unit_membership where valid_to is not null) boundaries;

        drop table if exists pg_temp.epoch_closure;
        create temp table epoch_closure as
        with recursive closure(epoch_id, ancestor_id, unit_id) as (
          select e.id, u.id, u.id from unit_tree_epoch e cross join unit u
          union
          select c.epoch_id, c.ancestor_id, m.unit_id from closure c join unit_tree_epoch e on e.id = c.epoch_id
            join unit_membership m on m.parent_id = c.unit_id and m.valid_from <= e.valid_from
              and (m.valid_to is null or m.valid_to >= e.valid_from)
        ) select * from closure;
        create index on epoch_closure (epoch_id, ancestor_id, unit_id);
        analyze epoch_closure;

        select array_agg(distinct unit_id) into moved from (
          (select ancestor_id, unit_id from unit_closure
           except select ancestor_id, unit_id from epoch_closure where epoch_id = (select max(id) from unit_tree_epoch))
          union all
          (select ancestor_id, unit_id from epoch_closure where epoch_id = (select max(id) from unit_tree_epoch)
           except select ancestor_id, unit_id from unit_closure)) changed;
        if moved is not null then
          execute complaint_rollup_sql(complaint_rows_sql(format('(select * from complaint where unit_id = any(%L::int[]))', moved), -1));
          execute premium_rollup_sql(format('(select * from premium where unit_id = any(%L::int[]))', moved), -1);
          delete from unit_closure where unit_id = any(moved);
          insert into unit_closure (ancestor_id, unit_id)
          select ancestor_id, unit_id from epoch_closure where epoch_id = (select max(id) from unit_tree_epoch) and unit_id = any(moved);
          execute complaint_rollup_sql(complaint_rows_sql(format('(select * from complaint where unit_id = any(%L::int[]))', moved), 1));
          execute premium_rollup_sql(format('(select * from premium where unit_id = any(%L::int[]))', moved), 1);
        end if;

        insert into unit_closure_delta (epoch_id, ancestor_id, unit_id, sign)
        select c.epoch_id, c.ancestor_id, c.unit_id, 1 from epoch_closure c
        where not exists (select 1 from unit_closure k where k.ancestor_id = c.ancestor_id and k.unit_id = c.unit_id)
        union all
        select e.id, k.ancestor_id, k.unit_id, -1 from unit_tree_epoch e cross join unit_closure k
        where not exists (select 1 from epoch_closure c where c.epoch_id = e.id and c.ancestor_id = k.ancestor_id and c.unit_id = k.unit_id);
        drop table pg_temp.epoch_closure;
      end $$;`);
    this.addSql(`create function "unit_tree_refresh_trigger"() returns trigger language plpgsql as $$
      begin perform unit_tree_refresh(); return null; end $$;`);
    this.addSql(`create trigger "unit_tree_refresh" after insert or delete on "unit" for each statement execute function unit_tree_refresh_trigger();`);
    this.addSql(`create trigger "unit_membership_tree_refresh" after insert or update or delete or truncate on "unit_membership" for each statement execute function unit_tree_refresh_trigger();`);

    // Every rollup from scratch: for data written with the triggers off (the benchmark's bulk load),
    // and the oracle of the tests that check the triggers kept them exact.
    this.addSql(`create function "rollup_rebuild"() returns void language plpgsql as $$
      begin
        perform unit_tree_refresh();
        set local work_mem = '256MB';
        delete from complaint_rollup;
        delete from premium_rollup;
        execute complaint_rollup_sql(complaint_rows_sql('complaint', 1));
        execute premium_rollup_sql('premium', 1);
      end $$;`);
    this.addSql(`update complaint c set followups = f.n, satisfied_followups = f.s
      from (select complaint_id, count(*)::int as n, (count(*) filter (where satisfied))::int as s from followup group by complaint_id) f
      where c.id = f.complaint_id;`);
    this.addSql(`select rollup_rebuild();`);
  }

}

function prefixed(alias: string, columns: string): string {
  return columns.split(', ').map((column) => `${alias}.${column}`).join(', ');
}

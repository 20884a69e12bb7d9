// The records the rollup tests measure both ways (test/metrics/rollups.test.ts, rollups-subtrees.test.ts).
import { TREE_SQL } from './fixtures.js';

// The fixture tree (GZ moves from GD to HQ on 2011-01-01), a county opened in 2012 under FS and one
// closed at the end of 2011 under NH's city, so that the tree has four epochs; then seeded random
// complaints 2010–2014 on every unit, of every channel, line and category, some open, some with
// deadlines or closures long after receipt, follow-ups, and premiums for every unit, month and line; a
// quarter of the open ones paused.
export const ROLLUP_FIXTURE_SQL = `
  ${TREE_SQL}
  insert into unit (code, name_zh, name_en, kind) values ('SD', '顺德支公司', 'Shunde', 'BRANCH'), ('XX', '旧支公司', 'Closed', 'BRANCH');
  insert into unit_membership (unit_id, parent_id, level, valid_from, valid_to)
  select u.id, p.id, 'COUNTY', v.f::date, v.t::date from (values ('SD', 'FS', '2012-04-01', null), ('XX', 'FS', '2000-01-01', '2011-12-31'))
    v(code, parent, f, t) join unit u on u.code = v.code join unit p on p.code = v.parent;
  select setseed(0.25);
  insert into complaint (ref, received_at, channel, unit_id, line, category, policy_factor, valid, escalated, due_at, closed_at)
  select 'R' || n, received, (array['HOTLINE_95518', 'HQ_REFERRAL', 'REGULATOR_REFERRAL', 'LETTERS_VISITS', 'ONSITE', 'ONLINE'])[1 + n % 6],
    (select id from unit order by id offset (n % 9) limit 1), (array['AUTO', 'NON_AUTO', 'ACCIDENT_HEALTH'])[1 + (n / 7) % 3],
    (array['CLAIMS', 'SALES', 'UNDERWRITING', 'SURRENDER', 'SERVICE', 'OTHER'])[1 + (n / 5) % 6],
    random() < 0.1, random() > 0.05, random() < 0.05,
    case when random() < 0.2 then received + random() * interval '60 days'
      else ((received at time zone 'Asia/Shanghai')::date + 16)::timestamp at time zone 'Asia/Shanghai' - interval '1 millisecond' end,
    case when random() < 0.9 then received + random() * interval '40 days' end
  from generate_series(1, 3000) n, lateral (select timestamptz '2010-01-01T00:00:00+08' + random() * interval '1826 days' + n * interval '0 s' as received) r;
  -- Some open complaints paused (RULES.md §1): no dueAt, in the open backlog, never due or overdue.
  update complaint set due_at = null, due_source = 'DEFAULT' where closed_at is null and id % 4 = 0;
  insert into followup (complaint_id, visited_at, satisfied)
  select id, closed_at + interval '1 day', random() < 0.7 from complaint where closed_at is not null and id % 3 = 0;
  -- RULES.md §4: outcomes (some on open complaints, which no rate counts until closed), the end of the
  -- 3rd working day (which the import computes; here a few days after receipt) and issues, up to three
  -- a complaint, of categories of their own.
  update complaint set outcome = (array['UPHELD', 'PARTIALLY_UPHELD', 'NOT_UPHELD', 'WITHDRAWN'])[1 + id % 4] where id % 5 <> 0;
  update complaint set third_working_day_end = end_of_shanghai_day(received_date + 3 + (id % 4)::int) where closed_at is not null;
  insert into complaint_issue (complaint_id, seq, category)
  select id, s, (array['CLAIMS', 'SALES', 'SERVICE'])[1 + (id + s) % 3] from complaint, generate_series(1, 1 + (id % 3)::int) s where id % 6 = 0;
  insert into premium (unit_id, month, line, premium_yuan, policies)
  select u.id, m, l, round((random() * 1e7)::numeric, 2), (random() * 1000)::int
  from unit u, generate_series(date '2009-01-01', date '2014-12-01', interval '1 month') m, unnest(array['AUTO', 'NON_AUTO', 'ACCIDENT_HEALTH']) l;`;

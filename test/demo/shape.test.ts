// The shape of the demo data set (SEED-SCENARIO.md, "Shape of the demo data"), after loading it
// through the import path into a fresh database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CATEGORIES, CHANNELS, LINES, OUTCOMES } from '../../db/domain.js';
import { loadDemoDatabase } from './demo-database.js';

let demo: Awaited<ReturnType<typeof loadDemoDatabase>>;
beforeAll(async () => {
  demo = await loadDemoDatabase();
});
// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
afterAll(() => demo?.close());

async function rows<T>(sql: string, params: unknown[] = []): Promise<T[]> {
  return (await demo.client.query(sql, params)).rows as T[];
}

/** Codes of the subtree of `code` on `date`: the unit and every unit whose valid memberships lead to it. */
async function subtree(code: string, date: string): Promise<string[]> {
  const found = await rows<{ code: string }>(
    `with recursive live as (
       select unit_id, parent_id from unit_membership
       where valid_from <= $2::date and (valid_to is null or valid_to >= $2::date)
     ), tree as (
       select id as unit_id from unit where code = $1
       union
       select live.unit_id from live join tree on live.parent_id = tree.unit_id
     )
     select u.code from tree join unit u on u.id = tree.unit_id order by u.code`,
    [code, date],
  );
  return found.map((row) => row.code);
}

/** Number of memberships per level valid on `date`. */
async function levels(date: string): Promise<Record<string, number>> {
  const found = await rows<{ level: string; n: string }>(
    `select level, count(*) as n from unit_membership
     where valid_from <= $1::date and (valid_to is null or valid_to >= $1::date) group by level`,
    [date],
  );
  return Object.fromEntries(found.map((row) => [row.level, Number(row.n)]));
}

describe('the demo organisation', () => {
  it('has HQ, 36 provinces until 2010 and 37 with Guangzhou from 2011, hundreds of cities and counties', async () => {
    const before = await levels('2010-06-30');
    const after = await levels('2012-06-30');
    expect(before).toMatchObject({ HQ: 1, PROVINCE: 36 });
    expect(after).toMatchObject({ HQ: 1, PROVINCE: 37 });
    expect(after.CITY).toBeGreaterThan(330);
    expect(after.COUNTY).toBeGreaterThan(900);
  });

  it('gives every province about ten cities, and every city two to four sub-branches', async () => {
    const cities = await rows<{ code: string; n: string }>(
      `select p.code, count(*) as n from unit_membership m join unit p on p.id = m.parent_id join unit c on c.id = m.unit_id
       where m.level = 'CITY' and c.kind = 'BRANCH' and m.valid_to is null group by p.code`,
    );
    expect(cities).toHaveLength(36); // every province but GZ, whose districts sit directly under it
    for (const { n } of cities) expect(Number(n)).toBeGreaterThanOrEqual(6);
    const mean = cities.reduce((sum, { n }) => sum + Number(n), 0) / cities.length;
    expect(mean).toBeGreaterThan(9);
    expect(mean).toBeLessThan(11);
    const counties = await rows<{ n: string }>(
      `select count(*) as n from unit_membership m join unit c on c.id = m.parent_id
       where m.level = 'COUNTY' and c.code <> 'GZ' group by m.parent_id`,
    );
    for (const { n } of counties) expect(Number(n)).toBeGreaterThanOrEqual(2);
    for (const { n } of counties) expect(Number(n)).toBeLessThanOrEqual(4);
  });

  it('moves GZ from a city under GD to a province under HQ on 2011-01-01, with two memberships', async () => {
    const memberships = await rows(
      `select p.code as parent, m.level, to_char(m.valid_from, 'YYYY-MM-DD') as "from", to_char(m.valid_to, 'YYYY-MM-DD') as "to"
       from unit_membership m join unit u on u.id = m.unit_id join unit p on p.id = m.parent_id
       where u.code = 'GZ' order by m.valid_from`,
    );
    expect(memberships).toEqual([
      { parent: 'GD', level: 'CITY', from: '2000-01-01', to: '2010-12-31' },
      { parent: 'HQ', level: 'PROVINCE', from: '2011-01-01', to: null },
    ]);
  });

  it('has a claims division under GZ, a level below it before and after the move', async () => {
    const memberships = await rows(
      `select u.kind, p.code as parent, m.level from unit_membership m join unit u on u.id = m.unit_id
       join unit p on p.id = m.parent_id where u.code = 'GZ-CLAIMS' order by m.valid_from`,
    );
    expect(memberships).toEqual([
      { kind: 'DEPARTMENT', parent: 'GZ', level: 'COUNTY' },
      { kind: 'DEPARTMENT', parent: 'GZ', level: 'CITY' },
    ]);
  });

  it("takes GZ and its districts out of GD's subtree on 2011-01-01", async () => {
    const gz = await subtree('GZ', '2010-12-31');
    expect(gz).toContain('GZ-CLAIMS');
    expect(gz).toContain('GZ-TIANHE');
    expect(gz.length).toBe(14);
    expect(await subtree('GZ', '2011-01-01')).toEqual(gz);
    const gdBefore = await subtree('GD', '2010-12-31');
    const gdAfter = await subtree('GD', '2011-01-01');
    for (const code of gz) expect(gdBefore).toContain(code);
    for (const code of gz) expect(gdAfter).not.toContain(code);
    expect(gdBefore.length - gdAfter.length).toBe(gz.length);
  });
});

describe('the demo complaints', () => {
  it('number about 50,000 to 60,000 a year, 2010 to 2013, and nothing outside', async () => {
    const years = await rows<{ year: string; n: string }>(
      `select extract(year from received_at at time zone 'Asia/Shanghai')::text as year, count(*) as n
       from complaint group by 1 order by 1`,
    );
    expect(years.map((row) => row.year)).toEqual(['2010', '2011', '2012', '2013']);
    for (const { n } of years) expect(Number(n)).toBeGreaterThan(45_000);
    for (const { n } of years) expect(Number(n)).toBeLessThan(70_000);
  });

  it('use every channel, line, category and outcome', async () => {
    const distinct = async (column: string) =>
      (await rows<{ value: string }>(`select distinct ${column} as value from complaint where ${column} is not null`))
        .map((row) => row.value)
        .sort();
    expect(await distinct('channel')).toEqual([...CHANNELS].sort());
    expect(await distinct('line')).toEqual([...LINES].sort());
    expect(await distinct('category')).toEqual([...CATEGORIES].sort());
    expect(await distinct('outcome')).toEqual([...OUTCOMES].sort());
  });

  it('include repeats of earlier complaints, policy-factor and invalid cases, escalations and extended deadlines', async () => {
    const [counts] = await rows<Record<string, string>>(
      `select count(*) filter (where duplicate_of is not null) as repeats,
              count(*) filter (where policy_factor) as policy,
              count(*) filter (where not valid) as invalid,
              count(*) filter (where escalated) as escalated,
              count(*) filter (where due_source = 'EXTENDED') as extended
       from complaint`,
    );
    for (const value of Object.values(counts)) expect(Number(value)).toBeGreaterThan(100);
    const [{ late }] = await rows<{ late: string }>(
      `select count(*) as late from complaint c join complaint o on o.ref = c.duplicate_of where o.received_at >= c.received_at`,
    );
    expect(Number(late)).toBe(0);
  });

  it('leave some open and overdue at the end of 2013, and none closed after it', async () => {
    const [end] = await rows<Record<string, string>>(
      `select count(*) filter (where closed_at is null) as open,
              count(*) filter (where closed_at is null and due_at < '2014-01-01T00:00:00+08:00') as overdue,
              count(*) filter (where closed_at is null and received_at < '2013-11-01T00:00:00+08:00') as old_open,
              count(*) filter (where closed_at >= '2014-01-01T00:00:00+08:00') as closed_later
       from complaint`,
    );
    expect(Number(end.open)).toBeGreaterThan(500);
    expect(Number(end.overdue)).toBeGreaterThan(100);
    expect(Number(end.old_open)).toBe(0);
    expect(Number(end.closed_later)).toBe(0);
  });

  it("spike in Guangzhou's claims after the rainstorm of 2010-05-07", async () => {
    const months = await rows<{ month: string; n: string }>(
      `with recursive tree as (select id from unit where code = 'GZ'
         union select m.unit_id from unit_membership m join tree on m.parent_id = tree.id)
       select to_char(received_at at time zone 'Asia/Shanghai', 'MM') as month, count(*) as n
       from complaint where unit_id in (select id from tree) and category = 'CLAIMS'
         and received_at >= '2010-04-01T00:00:00+08:00' and received_at < '2010-06-01T00:00:00+08:00'
       group by 1 order by 1`,
    );
    expect(Number(months[1].n)).toBeGreaterThan(2 * Number(months[0].n));
  });

  it('carry fake customers with Chinese names and mobile numbers, and Chinese summaries', async () => {
    const [bad] = await rows<{ n: string }>(
      `select count(*) as n from complaint
       where customer_name !~ '^[一-龥]{2,3}$' or customer_phone !~ '^1[3-8][0-9]{9}$' or summary !~ '[一-龥]'`,
    );
    expect(Number(bad.n)).toBe(0);
  });

  it('are followed up with satisfied and unsatisfied customers', async () => {
    const found = await rows<{ satisfied: boolean }>(`select distinct satisfied from followup order by satisfied`);
    expect(found).toEqual([{ satisfied: false }, { satisfied: true }]);
  });
});

describe('the demo premiums and activities', () => {
  it('give every sub-branch a premium for every line and month of 2010–2013, and nothing else one', async () => {
    const [check] = await rows<Record<string, string>>(
      `select (select count(*) from premium) as rows,
              (select count(*) from unit_membership where level = 'COUNTY' and valid_to is null
                 and unit_id in (select id from unit where kind = 'BRANCH')) * 3 * 48 as expected,
              (select count(distinct unit_id) from premium where unit_id not in
                 (select unit_id from unit_membership where level = 'COUNTY')) as elsewhere`,
    );
    expect(Number(check.rows)).toBe(Number(check.expected));
    expect(Number(check.elsewhere)).toBe(0);
  });

  it('record duty, the 2012-03-24 reception day and training for GZ in 2012', async () => {
    const gz = await rows<{ kind: string; total: string; dates: string[] }>(
      `with recursive tree as (select id from unit where code = 'GZ'
         union select m.unit_id from unit_membership m join tree on m.parent_id = tree.id)
       select kind, sum(count) as total, array_agg(distinct to_char(date, 'YYYY-MM-DD')) as dates
       from activity where unit_id in (select id from tree) and date between '2012-01-01' and '2012-12-31'
       group by kind order by kind`,
    );
    expect(gz.map(({ kind, total }) => [kind, Number(total)])).toEqual([
      ['ONLINE_DUTY', 40],
      ['ONSITE_RECEPTION', 39],
      ['TRAINING', 180],
    ]);
    expect(gz.find((row) => row.kind === 'ONSITE_RECEPTION')!.dates).toEqual(['2012-03-24']);
  });

  it('raise about 1.076 issues a complaint, the regulator\u2019s 2013 H1 ratio, the extra ones of other categories', async () => {
    const [issues] = await rows<{ complaints: number; issues: number; own_first: boolean; other_later: boolean }>(
      `select count(*)::int as complaints, sum(greatest(c.issue_count, 1))::int as issues,
         bool_and(i1.category = c.category) as own_first,
         bool_and(not exists (select 1 from complaint_issue i where i.complaint_id = c.id and i.seq > 1
           and i.category = c.category)) as other_later
       from complaint c left join complaint_issue i1 on i1.complaint_id = c.id and i1.seq = 1`,
    );
    expect(issues.issues / issues.complaints).toBeGreaterThan(1.065);
    expect(issues.issues / issues.complaints).toBeLessThan(1.088);
    expect(issues).toMatchObject({ own_first: true, other_later: true });
  });

  it('record activities for the other provinces too', async () => {
    const [{ n }] = await rows<{ n: string }>(
      `select count(distinct unit_id) as n from activity where unit_id not in
         (select id from unit where code = 'GZ' or code like 'GZ-%')`,
    );
    expect(Number(n)).toBeGreaterThan(100);
  });
});

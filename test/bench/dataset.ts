import pg from 'pg';

// A synthetic data set of any size for the benchmark, written straight in SQL (generate_series):
// HQ, 36 provinces × 10 cities × 7 counties (2,917 units), premiums for every county, month and line
// of 2010–2013, and N complaints spread over the counties and the four years. Seeded, so two runs of
// one size build the same data. It bypasses the import path on purpose: the import has its own
// benchmark, and 10 million rows through it would take minutes better spent measuring queries.

export const PROVINCES = 36;
const CITIES = 10;
const COUNTIES = 7;
const BATCH = 1_000_000;

export async function buildDataset(url: string, complaints: number, log: (line: string) => void): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`select setseed(0.42)`);
    await client.query(UNITS_SQL, [PROVINCES, CITIES, COUNTIES]);
    await client.query(PREMIUMS_SQL);
    log(`units and premiums written`);
    // A bulk load: without the plain indexes and the rollup triggers, then the rollups built once.
    const indexes = await dropPlainIndexes(client);
    await client.query('alter table complaint disable trigger user');
    for (let first = 1; first <= complaints; first += BATCH) {
      const last = Math.min(complaints, first + BATCH - 1);
      await client.query(COMPLAINTS_SQL, [first, last]);
      log(`complaints ${last.toLocaleString('en')} of ${complaints.toLocaleString('en')}`);
    }
    await client.query('alter table complaint enable trigger user');
    for (const definition of indexes) await client.query(definition);
    log('indexes rebuilt');
    await client.query('select rollup_rebuild()');
    // Vacuumed as well: the rebuild leaves the rollups' old rows dead, which every index scan would
    // visit until autovacuum came by (off on some servers, CI's among them).
    await client.query('vacuum analyze');
    log('rollups built, vacuumed, statistics gathered');
  } finally {
    await client.end();
  }
}

/** Drops the complaint table's non-constraint indexes (bulk loads are faster without them); returns how to rebuild them. */
async function dropPlainIndexes(client: pg.Client): Promise<string[]> {
  const { rows } = await client.query<{ name: string; definition: string }>(
    `select i.indexname as name, i.indexdef as definition from pg_indexes i
     where i.tablename = 'complaint' and not exists (select 1 from pg_constraint c where c.conname = i.indexname)`,
  );
  for (const { name } of rows) await client.query(`drop index ${name}`);
  return rows.map((row) => row.definition);
}

const UNITS_SQL = `
  with tree as (
    select 'HQ' as code, '总公司' as name, null::text as parent, 'HQ' as level
    union all
    select format('P%s', lpad(p::text, 2, '0')), format('第%s省分公司', p), 'HQ', 'PROVINCE' from generate_series(1, $1::int) p
    union all
    select format('P%sC%s', lpad(p::text, 2, '0'), lpad(c::text, 2, '0')), format('第%s省第%s市分公司', p, c),
           format('P%s', lpad(p::text, 2, '0')), 'CITY'
    from generate_series(1, $1::int) p, generate_series(1, $2::int) c
    union all
    select format('P%sC%sK%s', lpad(p::text, 2, '0'), lpad(c::text, 2, '0'), k), format('第%s省第%s市第%s支公司', p, c, k),
           format('P%sC%s', lpad(p::text, 2, '0'), lpad(c::text, 2, '0')), 'COUNTY'
    from generate_series(1, $1::int) p, generate_series(1, $2::int) c, generate_series(1, $3::int) k
  ), units as (
    insert into unit (code, name_zh, name_en, kind) select code, name, code, 'BRANCH' from tree returning id, code
  )
  insert into unit_membership (unit_id, parent_id, level, valid_from)
  select u.id, p.id, t.level, date '2000-01-01'
  from tree t join units u on u.code = t.code left join units p on p.code = t.parent`;

const PREMIUMS_SQL = `
  insert into premium (unit_id, month, line, premium_yuan, policies)
  select m.unit_id, month::date, line, round((200000 + random() * 800000)::numeric, 2), (100 + random() * 900)::int
  from unit_membership m, generate_series(date '2010-01-01', date '2013-12-01', interval '1 month') month,
       unnest(array['AUTO', 'NON_AUTO', 'ACCIDENT_HEALTH']) line
  where m.level = 'COUNTY'`;

const COMPLAINTS_SQL = `
  with counties as (select array_agg(unit_id order by unit_id) ids from unit_membership where level = 'COUNTY'),
  drawn as (
    select n, timestamptz '2010-01-01T00:00:00+08' + random() * interval '1461 days' as received_at, random() as r
    from generate_series($1::int, $2::int) n
  )
  insert into complaint (ref, received_at, channel, unit_id, line, category, policy_factor, valid, due_at,
                         closed_at, escalated, outcome)
  select 'BENCH' || n, received_at,
    (array['HOTLINE_95518','HQ_REFERRAL','REGULATOR_REFERRAL','LETTERS_VISITS','ONSITE','ONLINE'])[1 + n % 6],
    ids[1 + (n::bigint * 7919) % array_length(ids, 1)],
    (array['AUTO','NON_AUTO','ACCIDENT_HEALTH'])[1 + n % 3],
    (array['CLAIMS','SALES','UNDERWRITING','SURRENDER','SERVICE','OTHER'])[1 + (n / 7) % 6],
    r < 0.05, r > 0.02,
    ((received_at at time zone 'Asia/Shanghai')::date + 16)::timestamp at time zone 'Asia/Shanghai' - interval '1 millisecond',
    case when r < 0.97 then received_at + (r * 25) * interval '1 day' end,
    r > 0.98,
    case when r < 0.97 then (array['UPHELD','PARTIALLY_UPHELD','NOT_UPHELD','WITHDRAWN'])[1 + n % 4] end
  from drawn, counties`;

// An independent oracle for SEED-SCENARIO.md's figures: plain SQL written from DOMAIN.md's
// definitions, straight on the tables — nothing from the generator's quotas, nothing from the
// server's metric code. It assumes no more than the tables of the initial migration.
import type pg from 'pg';

/** A metric query: unit U, period [from, to] (Shanghai dates), the hierarchy date, and a filter. */
export interface Scope {
  unit: string;
  from: string;
  to: string;
  /** The hierarchy date; DOMAIN.md's default is the period's `to`, for the comparison period too. */
  at?: string;
  channel?: string;
  assessedOnly?: boolean;
}

export type MetricKey = 'COMPLAINTS' | 'TIMELY_RATE' | 'AVG_HANDLING_DAYS' | 'PREMIUM' | 'PER_100M_PREMIUM';

// Parameters: $1 unit code, $2 hierarchy date, $3 from, $4 to; complaint queries add $5 channel and
// $6 assessedOnly.
const TREE = `
  with recursive live as (
    -- memberships valid on the hierarchy date
    select unit_id, parent_id from unit_membership
    where valid_from <= $2::date and (valid_to is null or valid_to >= $2::date)
  ), tree as (
    -- "the subtree of U at date D is U and every unit whose chain of memberships valid on D leads to U"
    select id as unit_id from unit where code = $1
    union
    select live.unit_id from live join tree on live.parent_id = tree.unit_id
  )`;

// "In scope: complaints whose responsible unit is in U's subtree, received in P, matching the filter";
// "a timestamp belongs to a period when its Shanghai-local date lies in it";
// "assessed: valid and not policyFactor and no duplicateOf".
const SCOPE = `${TREE}, scope as (
    select c.* from complaint c
    where c.unit_id in (select unit_id from tree)
      and (c.received_at at time zone 'Asia/Shanghai')::date between $3::date and $4::date
      and ($5::text is null or c.channel = $5::text)
      and (not $6::boolean or (c.valid and not c.policy_factor and c.duplicate_of is null))
  )`;

// "For a period that covers part of a month, that month's premium counts in proportion to the days of
// the month inside the period." Alias `p` is a premium row; $3/$4 the period.
const PRORATED_PREMIUM = `p.premium_yuan
  * (least((p.month + interval '1 month')::date - 1, $4::date) - greatest(p.month, $3::date) + 1)
  / ((p.month + interval '1 month')::date - p.month)`;
const PREMIUM_IN_PERIOD = `p.month <= $4::date and (p.month + interval '1 month')::date > $3::date`;

const METRIC_SQL: Record<MetricKey, { sql: string; filtered: boolean }> = {
  // "COMPLAINTS: number in scope"
  COMPLAINTS: { filtered: true, sql: `${SCOPE} select count(*)::numeric as value from scope` },
  // "TIMELY_RATE: timely ÷ due, where due = in scope and (closed by asOf, or dueAt < asOf)";
  // "timely: closed, and closedAt <= dueAt"; asOf defaults to now; a zero denominator gives null.
  TIMELY_RATE: {
    filtered: true,
    sql: `${SCOPE} select
      (count(*) filter (where closed_at is not null and closed_at <= due_at and closed_at <= now()))::numeric
      / nullif(count(*) filter (where closed_at <= now() or due_at < now()), 0) as value
    from scope`,
  },
  // "AVG_HANDLING_DAYS: mean of (closedAt − receivedAt) in days of 86,400 s, over in-scope complaints closed by asOf"
  AVG_HANDLING_DAYS: {
    filtered: true,
    sql: `${SCOPE}
    select avg(extract(epoch from closed_at - received_at) / 86400) as value from scope where closed_at <= now()`,
  },
  // "PREMIUM: premium of U's subtree in P, in yuan" (no line filter is used by the figures)
  PREMIUM: {
    filtered: false,
    sql: `${TREE} select coalesce(sum(${PRORATED_PREMIUM}), 0) as value
    from premium p where p.unit_id in (select unit_id from tree) and ${PREMIUM_IN_PERIOD}`,
  },
  // "PER_100M_PREMIUM: in-scope count ÷ (premium of U's subtree in P ÷ 100,000,000)"
  PER_100M_PREMIUM: {
    filtered: true,
    sql: `${SCOPE} select (select count(*) from scope)
      / nullif((select sum(${PRORATED_PREMIUM}) from premium p
                where p.unit_id in (select unit_id from tree) and ${PREMIUM_IN_PERIOD}) / 100000000, 0) as value`,
  },
};

export async function metric(client: pg.Client, key: MetricKey, scope: Scope): Promise<number | null> {
  const { sql, filtered } = METRIC_SQL[key];
  const params: unknown[] = [scope.unit, scope.at ?? scope.to, scope.from, scope.to];
  if (filtered) params.push(scope.channel ?? null, scope.assessedOnly ?? false);
  const { rows } = await client.query<{ value: string | null }>(sql, params);
  return rows[0].value === null ? null : Number(rows[0].value);
}

export interface Comparison {
  value: number | null;
  previous: number | null;
  change: number | null;
  changeRate: number | null;
}

/**
 * "YOY is the same dates one year earlier"; "a query's figures use the subtree at the current period's
 * `to` date, for the comparison period as well"; change = value − previous; changeRate =
 * (value − previous) ÷ previous, null when previous is 0 or null.
 */
export async function compareYoy(client: pg.Client, key: MetricKey, scope: Scope): Promise<Comparison> {
  const at = scope.at ?? scope.to;
  const value = await metric(client, key, { ...scope, at });
  const previous = await metric(client, key, {
    ...scope,
    at,
    from: yearEarlier(scope.from),
    to: yearEarlier(scope.to),
  });
  const change = value === null || previous === null ? null : value - previous;
  return { value, previous, change, changeRate: change === null || !previous ? null : change / previous };
}

export interface Ranked {
  code: string;
  value: number | null;
  rank: number | null;
}

/**
 * ranking(PER_100M_PREMIUM, assessedOnly) of the units at `level` on the hierarchy date: "rank 1 has the
 * largest value"; "ties share a rank and skip the next (1, 2, 2, 4)"; units with no value last, unranked.
 */
export async function rankPer100mAssessed(
  client: pg.Client,
  level: string,
  at: string,
  from: string,
  to: string,
): Promise<Ranked[]> {
  const { rows } = await client.query<{ code: string; value: string | null; rank: string | null }>(
    `with recursive live as (
       select unit_id, parent_id, level from unit_membership
       where valid_from <= $1::date and (valid_to is null or valid_to >= $1::date)
     ), tree as (
       -- every peer's subtree at the hierarchy date, labelled with the peer
       select unit_id as peer, unit_id from live where level = $2
       union
       select tree.peer, live.unit_id from live join tree on live.parent_id = tree.unit_id
     ), assessed as (
       select tree.peer, count(c.id) as n from tree left join complaint c on c.unit_id = tree.unit_id
         and (c.received_at at time zone 'Asia/Shanghai')::date between $3::date and $4::date
         and c.valid and not c.policy_factor and c.duplicate_of is null
       group by tree.peer
     ), premium_of as (
       select tree.peer, sum(${PRORATED_PREMIUM}) as yuan
       from tree join premium p on p.unit_id = tree.unit_id and ${PREMIUM_IN_PERIOD}
       group by tree.peer
     ), valued as (
       select assessed.peer, assessed.n / nullif(premium_of.yuan / 100000000, 0) as value
       from assessed left join premium_of using (peer)
     )
     select u.code, valued.value,
            case when valued.value is null then null else rank() over (order by valued.value desc nulls last) end as rank
     from valued join unit u on u.id = valued.peer
     order by rank nulls last, u.code`,
    [at, level, from, to],
  );
  return rows.map((row) => ({
    code: row.code,
    value: row.value === null ? null : Number(row.value),
    rank: row.rank === null ? null : Number(row.rank),
  }));
}

/** activitySummary: "sums the activity counts of U's subtree (at the period's `to`) dated in the period, one total for every kind". */
export async function activityTotals(
  client: pg.Client,
  unit: string,
  from: string,
  to: string,
): Promise<Record<string, number>> {
  const { rows } = await client.query<{ kind: string; total: string }>(
    `${TREE} select a.kind, sum(a.count) as total from activity a
     where a.unit_id in (select unit_id from tree) and a.date between $3::date and $4::date
     group by a.kind`,
    [unit, to, from, to],
  );
  return Object.fromEntries(rows.map((row) => [row.kind, Number(row.total)]));
}

/** Rounds as SEED-SCENARIO.md shows its figures. */
export function round(value: number | null, digits: number): number | null {
  return value === null ? null : Math.round(value * 10 ** digits) / 10 ** digits;
}

/** "29 February maps to 28 February". */
function yearEarlier(date: string): string {
  const [year, month, day] = date.split('-');
  return `${Number(year) - 1}-${month}-${month === '02' && day === '29' ? '28' : day}`;
}

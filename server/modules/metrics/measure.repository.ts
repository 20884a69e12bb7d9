import { sql, type RawBuilder } from 'kysely';
import { rows, type Db } from '../../../db/sql.js';
import type { Category, Channel, Line } from '../../../db/domain.js';
import { omit } from '../../kernel/omit.js';
import { stockInstant } from '../../kernel/shanghai-time.js';
import {
  fromRecords,
  inSet,
  MEASURE_GROUPS,
  measuresOf,
  type MeasureGroup,
  type Measures,
  type SetInstants,
} from './measure-catalog.repository.js';

/** One scope to measure: U's subtree at `at`, the period [from, to] (Shanghai dates), and `asOf`. */
export interface MeasureRequest {
  rootId: number;
  at: string;
  from: string;
  to: string;
  asOf: Date;
}

export interface MeasureFilter {
  channels?: Channel[] | null;
  lines?: Line[] | null;
  categories?: Category[] | null;
  assessedOnly?: boolean | null;
}

function matches(filter: MeasureFilter): RawBuilder<unknown> {
  const conditions: RawBuilder<unknown>[] = [sql`true`];
  if (filter.channels?.length) conditions.push(sql`c.channel = any(${filter.channels}::text[])`);
  if (filter.lines?.length) conditions.push(sql`c.line = any(${filter.lines}::text[])`);
  if (filter.categories?.length) conditions.push(sql`c.category = any(${filter.categories}::text[])`);
  if (filter.assessedOnly) conditions.push(sql`c.assessed`);
  return sql.join(conditions, sql` and `);
}

// In scope: responsible unit in the request's subtree, received (Shanghai date) in the period, matching;
// the period's days as instants, which the (unit_id, received_at) index reads.
const inScope = (filter: MeasureFilter) => sql`from req r join tree t on t.i = r.i
  join complaint c on c.unit_id = t.unit_id and c.received_at >= start_of_shanghai_day(r.from_d)
    and c.received_at < start_of_shanghai_day(r.to_d + 1) and ${matches(filter)}`;

// The request's instants, for the catalog's sets and aggregates.
const AT: SetInstants = { asOf: sql`r.as_of`, t: sql`r.t` };

/**
 * The rows each group's measures aggregate, per request r (the catalog's `records` read them). Groups
 * with the same rows (the same function) are one part of the statement.
 */
const ROWS: Record<MeasureGroup, (filter: MeasureFilter) => RawBuilder<unknown>> = {
  received: inScope,
  flow: inScope,
  followups: (filter) => sql`${inScope(filter)} join followup f on f.complaint_id = c.id`,
  // Issues of the complaints in scope under the rest of the filter, chosen by their own category
  // (RULES.md §4); a complaint without issue rows is one issue of its own category.
  issues: (filter) => sql`${inScope({ ...filter, categories: null })}
      cross join lateral (select i.category from complaint_issue i where i.complaint_id = c.id
        union all select c.category where not exists (select 1 from complaint_issue i where i.complaint_id = c.id)) i
      ${filter.categories?.length ? sql`where i.category = any(${filter.categories}::text[])` : sql``}`,
  // A stock at T = min(asOf, end of `to`): a receipt before `from` counts.
  stock: (filter) => sql`from req r join tree t on t.i = r.i
      join complaint c on c.unit_id = t.unit_id and ${inSet('OPEN', AT)} and ${matches(filter)}`,
  // A month partly inside the period counts for the days of it inside, over the days of the month.
  premium: (filter) => sql`from req r join tree t on t.i = r.i
      join premium p on p.unit_id = t.unit_id and p.month <= r.to_d and (p.month + interval '1 month')::date > r.from_d
        ${filter.lines?.length ? sql`and p.line = any(${filter.lines}::text[])` : sql``}
      cross join lateral (select
        (least((p.month + interval '1 month')::date - 1, r.to_d) - greatest(p.month, r.from_d) + 1)::numeric
        / ((p.month + interval '1 month')::date - p.month) as f) share`,
};

/** A part of the statement: the groups reading the same rows, named after the first. */
interface Part {
  name: string;
  groups: MeasureGroup[];
}

/** The groups asked for, those reading the same rows together (in catalog order). */
function partsOf(groups: readonly MeasureGroup[]): Part[] {
  const byRows = new Map<(filter: MeasureFilter) => RawBuilder<unknown>, MeasureGroup[]>();
  for (const group of MEASURE_GROUPS.filter((g) => groups.includes(g))) {
    byRows.set(ROWS[group], [...(byRows.get(ROWS[group]) ?? []), group]);
  }
  return [...byRows.values()].map((together) => ({ name: `m_${together[0]}`, groups: together }));
}

/** A part's measures per request, each named as in the catalog. */
const part = ({ name, groups }: Part, filter: MeasureFilter) => sql`${sql.id(name)} as (
    select r.i, ${sql.join(groups.flatMap(measuresOf).map((m) => sql`${fromRecords(m, AT)} as ${sql.id(m.name)}`))}
    ${ROWS[groups[0]](filter)} group by r.i)`;

/** A part's result columns: 0 for a request with no rows. */
const columns = ({ name, groups }: Part) =>
  groups.flatMap(measuresOf).map((m) => sql`coalesce(${sql.ref(`${name}.${m.name}`)}, 0)::float8 as ${sql.id(m.name)}`);

/**
 * The base measures of many scopes in ONE statement: the requests travel as arrays, each gets its own
 * subtree at its own date, and only the groups asked for are computed. Results are in request order,
 * each holding the measures of the groups asked (and no others).
 */
export async function measure(
  db: Db,
  requests: readonly MeasureRequest[],
  filter: MeasureFilter,
  groups: readonly MeasureGroup[],
): Promise<Measures[]> {
  if (requests.length === 0) return [];
  const parts = partsOf(groups);
  const found = await rows(
    db,
    sql<Measures & { i: number }>`with recursive req as (
        select q.i, q.root_id, q.at, q.from_d, q.to_d, q.as_of, q.t
        from unnest(${requests.map((_, i) => i)}::int[], ${requests.map((r) => r.rootId)}::int[],
          ${requests.map((r) => r.at)}::date[], ${requests.map((r) => r.from)}::date[],
          ${requests.map((r) => r.to)}::date[], ${requests.map((r) => r.asOf.toISOString())}::timestamptz[],
          -- T of a stock: the end of \`to\` in Shanghai, or asOf when earlier (stockInstant)
          ${requests.map((r) => stockInstant(r.to, r.asOf).toISOString())}::timestamptz[])
          as q(i, root_id, at, from_d, to_d, as_of, t)
      ), tree(i, unit_id) as (
        select i, root_id from req
        union
        select tree.i, m.unit_id from tree join req on req.i = tree.i
          join unit_membership m on m.parent_id = tree.unit_id
            and m.valid_from <= req.at and (m.valid_to is null or m.valid_to >= req.at)
      ), ${sql.join(
        parts.map((p) => part(p, filter)),
        sql`, `,
      )}
      select ${sql.join([sql`req.i`, ...parts.flatMap(columns)])}
      from req ${sql.join(
        parts.map(({ name }) => sql`left join ${sql.id(name)} on ${sql.ref(`${name}.i`)} = req.i`),
        sql` `,
      )}
      order by req.i`,
  );
  // the measures of the groups asked, as from the rollups (rollup.repository.ts)
  return found.map((measures) => omit(measures, 'i'));
}

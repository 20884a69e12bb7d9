import type { Context } from '../../graphql/context.js';
import { badInput } from '../../errors.js';
import { checkPeriod } from '../time/index.js';
import { requireUnit } from '../units/index.js';
import type { ComplaintListFilter } from './complaint-filter.input.js';
import type { ComplaintOrder } from './complaint.enums.js';
import { countComplaints, listComplaints, type ComplaintCriteria } from './complaint.repository.js';
import type { ComplaintConnection } from './complaint.type.js';
import { decodeCursor, encodeCursor } from './cursor.js';

export const MAX_PAGE_SIZE = 100;

/** Turns the API's filter into criteria: codes to ids, defaults for dates, every value checked. */
export async function resolveCriteria(ctx: Context, filter: ComplaintListFilter = {}): Promise<ComplaintCriteria> {
  const period = filter.period ? checkPeriod(filter.period) : undefined;
  const subtree = filter.unit
    ? { rootId: (await requireUnit(ctx, filter.unit)).id, date: filter.at ?? period?.to ?? ctx.today }
    : undefined;
  return { ...filter, subtree, period, asOf: filter.asOf ?? ctx.now };
}

export async function complaintPage(
  ctx: Context,
  filter: ComplaintListFilter | undefined,
  page: { first: number; after?: string; order: ComplaintOrder },
): Promise<ComplaintConnection> {
  if (!Number.isInteger(page.first) || page.first < 0 || page.first > MAX_PAGE_SIZE) {
    throw badInput(`first must be between 0 and ${MAX_PAGE_SIZE}, not ${page.first}`);
  }
  const after = page.after ? decodeCursor(page.after) : undefined;
  const criteria = await resolveCriteria(ctx, filter);
  const found = await listComplaints(ctx.db, criteria, { limit: page.first, after, order: page.order });
  const nodes = found.slice(0, page.first);
  const edges = nodes.map((node) => ({ node, cursor: encodeCursor(node) }));
  return {
    edges,
    pageInfo: { hasNextPage: found.length > page.first, endCursor: edges.at(-1)?.cursor ?? null },
    countAll: () => countComplaints(ctx.db, criteria),
  };
}

import type { Db } from '../../../db/sql.js';
import { badInput, DomainError, notFound } from '../../errors.js';
import type { Scope } from '../access/index.js';
import { METRICS, SET_KIND } from '../metrics/index.js';
import { omit } from '../../kernel/omit.js';
import { checkPeriod, stockInstant } from '../../kernel/shanghai-time.js';
import type { UnitReader } from '../units/index.js';
import type { ComplaintListFilter, FigureInput } from './complaint-filter.input.js';
import type { ComplaintOrder } from './complaint.enums.js';
import { createComplaintLoaders } from './complaint.loaders.js';
import { countComplaints, countFollowups, listComplaints, type ComplaintCriteria } from './complaint.repository.js';
import type { Complaint, ComplaintConnection, Followup } from './complaint.type.js';
import { decodeCursor, encodeCursor } from './cursor.js';

export const MAX_PAGE_SIZE = 100;

/**
 * Complaints as the request's viewer may read them: a complaint whose unit lay in the viewer's scope
 * on the day it was received (every complaint, for headquarters). A list starts from the scope's reach,
 * which a list's unit and date can narrow, never widen; a single complaint is FORBIDDEN outside it;
 * customers' personal data comes masked from the database for a role that may not see it.
 */
export function createComplaintReader(db: Db, scope: Scope, units: UnitReader, now: Date, today: string) {
  const loaders = () => (cached ??= createComplaintLoaders(db, scope.personalData));
  let cached: ReturnType<typeof createComplaintLoaders> | undefined;

  /**
   * The API's filter as criteria: the unit granted on `at` (its subtree then), defaults for dates,
   * every value checked; T for the status and a stock. A figure's part becomes its set of complaints:
   * a flow's drawn from those received in the period, a stock's from any date of receipt.
   */
  async function criteria(filter: ComplaintListFilter = {}): Promise<ComplaintCriteria> {
    const period = filter.period ? checkPeriod(filter.period) : undefined;
    const set = filter.figure && figureSet(filter.figure, filter);
    const at = filter.at ?? period?.to ?? today;
    const reach = filter.unit ? scope.within((await units.require(filter.unit, at)).grant) : scope.reach();
    const asOf = filter.asOf ?? now;
    const stock = set !== undefined && SET_KIND[set] === 'STOCK';
    return {
      ...omit(filter, 'unit', 'at', 'figure'),
      reach,
      period: stock ? undefined : period,
      asOf,
      t: period ? stockInstant(period.to, asOf) : asOf,
      set,
    };
  }

  return {
    async page(
      filter: ComplaintListFilter | undefined,
      page: { first: number; after?: string; order: ComplaintOrder },
    ): Promise<ComplaintConnection> {
      if (!Number.isInteger(page.first) || page.first < 0 || page.first > MAX_PAGE_SIZE) {
        throw badInput(`first must be between 0 and ${MAX_PAGE_SIZE}, not ${page.first}`);
      }
      const after = page.after ? decodeCursor(page.after) : undefined;
      const resolved = await criteria(filter);
      const found = await listComplaints(
        db,
        resolved,
        { limit: page.first, after, order: page.order },
        scope.personalData,
      );
      const edges = found.slice(0, page.first).map((node) => ({ node, cursor: encodeCursor(node) }));
      const judged =
        resolved.status !== undefined || (resolved.set !== undefined && SET_KIND[resolved.set] === 'STOCK');
      // SATISFACTION_RATE counts follow-ups: those of every complaint of its scope with one, whichever part is listed
      let followups: ReturnType<typeof countFollowups> | undefined;
      const satisfaction = filter?.figure?.metric === 'SATISFACTION_RATE';
      const countOnce = () => (followups ??= countFollowups(db, { ...resolved, set: 'WITH_FOLLOWUPS' }));
      return {
        edges,
        pageInfo: { hasNextPage: found.length > page.first, endCursor: edges.at(-1)?.cursor ?? null },
        instant: judged ? resolved.t : null,
        countAll: () => countComplaints(db, resolved),
        countFollowups: satisfaction ? countOnce : null,
      };
    },

    /** One complaint, if its responsible unit lay in the viewer's scope on the day it was received. */
    async byRef(ref: string): Promise<Complaint> {
      const complaint = await loaders().byRef.load(ref);
      if (!complaint) throw notFound('complaint', ref);
      const [visible] = await scope.covers([complaint.unitId], complaint.receivedDate);
      if (!visible) throw new DomainError('FORBIDDEN', `complaint "${ref}" belongs to a unit outside what you may see`);
      return complaint;
    },

    /** A complaint's responsible unit, seen in full on the day it was received: the day the scope let the viewer read it. */
    unitOf(complaint: Complaint) {
      return units.ofComplaint(complaint.unitId, complaint.receivedDate);
    },

    followups(complaint: Complaint): Promise<Followup[]> {
      return loaders().followups.load(complaint.id);
    },
  };
}

export type ComplaintReader = ReturnType<typeof createComplaintReader>;

/** The set of complaints behind a figure's part (the registry names it), or BAD_USER_INPUT saying what is missing. */
function figureSet({ metric, part }: FigureInput, filter: ComplaintListFilter) {
  if (filter.status)
    throw badInput('filter.status cannot be combined with filter.figure: the figure says which complaints');
  if (!filter.unit || !filter.period)
    throw badInput(`filter.figure ${metric} needs filter.unit and filter.period, as the metric does`);
  const set = METRICS[metric].sets[part];
  if (!set) {
    const drillable = METRICS[metric].drillable;
    throw badInput(
      `filter.figure: the ${part} of ${metric} lists no complaints (drillable: ${drillable.length ? drillable.join(', ') : 'none'})`,
    );
  }
  return set;
}

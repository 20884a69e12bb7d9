import type { PeriodRange } from '../app/url-state/period';
import { trendRange } from '../app/url-state/trend-period';
import { complaintFilter, type OverviewState } from '../app/url-state/views';
import { CARD_METRICS } from '../app/vocabulary';

// Plain, without React or the documents' registry: the page's entry (app/early-requests.ts) works the
// same variables out before the app has arrived.

/** The variables of the overview's queries for a state, its period's dates and the viewer's unit. */
export function overviewVariables(state: OverviewState, range: PeriodRange, unit: string) {
  const filter = complaintFilter(state);
  return {
    cards: { unit, metrics: [...CARD_METRICS], period: range, filter },
    ranking: { metric: state.metric, period: range, filter },
    trend: { unit, metric: state.metric, period: trendRange(range), filter },
  };
}

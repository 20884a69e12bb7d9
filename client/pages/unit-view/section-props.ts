import type { PeriodRange } from '../../app/url-state/period';
import type { UnitViewState } from '../../app/url-state/views';
import type { ComplaintFilter } from '../../gql/graphql';
import type { MetricDefinitions } from '../../features/metrics';

/** What every section of the unit page is given by the page: the unit, the period, the filter, the state. */
export interface SectionProps {
  code: string;
  range: PeriodRange;
  filter: ComplaintFilter;
  state: UnitViewState;
  update(patch: Partial<UnitViewState>, options?: { replace?: boolean; asDefault?: boolean }): void;
  definitions: MetricDefinitions;
  /** ?… carrying the period and filter to linked pages. */
  search: string;
  unitHref(code: string): string | null;
}

import type { PeriodRange } from '../../app/url-state/period';
import type { ExportSubject } from '../../export/export-subject';
import type { UnitViewState } from '../../app/url-state/views';
import type { ComplaintFilter } from '../../gql/graphql';
import type { MetricDefinitions } from '../../features/metrics';
import type { FigureHref } from '../figure-links';

/** What every section of the unit page is given by the page: the unit, the period, the filter, the state. */
export interface SectionProps {
  code: string;
  range: PeriodRange;
  /** T: the instant the backlog and the list's statuses are judged at (the period's end, or now). */
  instant: string;
  filter: ComplaintFilter;
  state: UnitViewState;
  update: (patch: Partial<UnitViewState>, options?: { replace?: boolean; asDefault?: boolean }) => void;
  definitions: MetricDefinitions;
  /** ?… carrying the period and filter to linked pages. */
  search: string;
  unitHref: (code: string) => string | null;
  /** The complaints behind a figure of the page's period and filter (/records), or null. */
  figureHref: FigureHref;
  /** What the page's exports answer (unit, period, basis, filter); each section names what it exports. */
  exportSubject: ExportSubject;
}

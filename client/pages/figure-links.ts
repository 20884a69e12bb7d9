import { recordsPath, type RecordsLink } from '../app/routes';
import type { PeriodRange, PeriodSpec } from '../app/url-state/period';
import type { FilterState } from '../app/url-state/views';
import type { Viewer } from '../app/viewer';
import { drillPart, type MetricDefinitions } from '../features/metrics';
import type { MetricKey } from '../gql/graphql';

// Links from a figure to the complaints behind it (/records), for every count or ratio a view shows.
// A figure gets no link where no complaints stand behind it (premium, policies), where its value is
// missing, or where the viewer may not read the unit's complaints (a peer seen by name only).

export interface FigureContext {
  definitions: MetricDefinitions | null | undefined;
  viewer: Viewer;
  period: PeriodSpec | PeriodRange | null | undefined;
  filter: FilterState;
}

export type FigureHref = (unit: string, metric: MetricKey, overrides?: Partial<RecordsLink>) => string | null;

export function figureLinker({ definitions, viewer, period, filter }: FigureContext): FigureHref {
  return (unit, metric, overrides = {}) => {
    const definition = definitions?.get(metric);
    const part = definition ? drillPart(definition) : null;
    if (!period || !part || !viewer.mayOpenUnit(unit)) return null;
    return recordsPath({ unit, metric, part, period, filter, ...overrides });
  };
}

import type { ReportSectionTable_SectionFragment } from '../../gql/graphql';

// The records page's link for a report cell (the contract's route): the complaints behind the
// figure — its unit's subtree on the tree of the report's `to`, the period, the metric's numerator
// with its filter and basis — as of the report's asOf, so the list is the one the figure counted.
// The records page is scoped by the server; the server gives no records for a cell the reader could
// not read (a ranked peer's).

export type RecordsTarget = NonNullable<ReportSectionTable_SectionFragment['rows'][number]['cells'][number]['records']>;

/** /records?unit=GZ&at=2013-07-31&p=2013-01-01..2013-07-31&m=PER_100M_PREMIUM&part=numerator&assessed=1&asOf=… */
export function recordsHref(records: RecordsTarget, asOf: string): string {
  const params = new URLSearchParams({
    unit: records.unit,
    at: records.at,
    p: `${records.from}..${records.to}`,
    m: records.metric,
    part: 'numerator',
  });
  if (records.assessedOnly) params.set('assessed', '1');
  if (records.channels.length) params.set('ch', records.channels.join(','));
  if (records.lines.length) params.set('ln', records.lines.join(','));
  if (records.categories.length) params.set('cat', records.categories.join(','));
  params.set('asOf', asOf);
  return `/records?${params.toString()}`;
}

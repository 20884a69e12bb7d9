import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { CARD_METRICS } from '../../app/vocabulary';
import { DataCard } from '../../components/DataCard';
import { ExportMenu } from '../../components/ExportMenu';
import { describeExport } from '../../export/export-subject';
import { compareExportColumns, compareLines, CompareTable } from '../../features/compare';
import { basisResolver } from '../../features/metrics';
import { graphql } from '../../gql';
import { useLanguage } from '../../i18n';
import type { SectionProps } from './section-props';

const UnitChildrenQuery = graphql(`
  query UnitChildren($units: [String!]!, $metrics: [MetricKey!]!, $period: PeriodInput!, $filter: ComplaintFilter) {
    compare(units: $units, metrics: $metrics, period: $period, filter: $filter) {
      ...CompareTable_table
    }
  }
`);

// The unit's children on the card metrics, against the company figure; a child's name goes down a level.
export function ChildrenSection({
  range,
  filter,
  state,
  definitions,
  unitHref,
  figureHref,
  exportSubject,
  children,
}: SectionProps & { children: readonly string[] }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const [result, reload] = useQuery({
    query: UnitChildrenQuery,
    variables: { units: [...children], metrics: [...CARD_METRICS], period: range, filter },
    pause: children.length === 0,
  });
  const exported = result.data ? compareLines(result.data.compare, t, language, 'benchmark') : null;
  const basisOf = basisResolver(definitions, state.assessedOnly);
  return (
    <DataCard
      title={t('unitView.children')}
      fetching={result.fetching}
      error={result.error}
      empty={children.length === 0}
      emptyText={t('unitView.noChildren')}
      onRetry={() => reload({ requestPolicy: 'network-only' })}
      skeletonRows={8}
      extra={
        exported && (
          <ExportMenu
            {...describeExport({ ...exportSubject, what: t('unitView.children'), asOf: t('export.asOfNow') }, t)}
            sheetName={t('unitView.children')}
            columns={compareExportColumns(exported.table, t, language)}
            rows={exported.lines}
          />
        )
      }
    >
      {result.data && (
        <CompareTable
          table={result.data.compare}
          unitHref={unitHref}
          references="benchmark"
          basisOf={basisOf}
          definitions={definitions}
          figureHref={figureHref}
        />
      )}
    </DataCard>
  );
}

import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { DataCard } from '../../components/DataCard';
import { ExportMenu } from '../../components/ExportMenu';
import { endOfShanghaiDay, formatInstant } from '../../format/shanghai-date';
import { agingExport, BacklogAging } from '../../features/backlog';
import { graphql } from '../../gql';
import type { SectionProps } from './section-props';

const UnitBacklogQuery = graphql(`
  query UnitBacklog($unit: String!, $asOf: DateTime, $filter: ComplaintFilter) {
    backlogAging(unit: $unit, asOf: $asOf, filter: $filter) {
      total
      ...BacklogAging_aging
    }
  }
`);

/** The backlog at the end of the period, or now while the period is still running. */
export function backlogInstant(to: string, now: Date = new Date()): string {
  const end = endOfShanghaiDay(to);
  return Date.parse(end) < now.getTime() ? end : now.toISOString();
}

export function BacklogSection({ code, range, filter }: SectionProps) {
  const { t } = useTranslation();
  const asOf = backlogInstant(range.to);
  const [result, reload] = useQuery({ query: UnitBacklogQuery, variables: { unit: code, asOf, filter } });
  const exported = result.data ? agingExport(result.data.backlogAging, t) : null;
  return (
    <DataCard
      title={t('unitView.aging', { asOf: formatInstant(asOf) })}
      fetching={result.fetching}
      error={result.error}
      empty={result.data?.backlogAging.total === 0}
      onRetry={() => reload({ requestPolicy: 'network-only' })}
      skeletonRows={8}
      extra={
        exported && (
          <ExportMenu fileName={[code, t('unitView.bucket'), range.to]} sheetName={t('unitView.bucket')} columns={exported.columns} rows={exported.rows} />
        )
      }
    >
      {result.data && <BacklogAging aging={result.data.backlogAging} />}
    </DataCard>
  );
}

import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { BasisTag } from '../../components/BasisTag';
import { DataCard } from '../../components/DataCard';
import { ExportMenu } from '../../components/ExportMenu';
import { describeExport } from '../../export/export-subject';
import { figureBasis } from '../../format/metric';
import { formatInstant, shanghaiDate } from '../../format/shanghai-date';
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

// The backlog at T: the end of the period, or now while the period is still running (the same
// instant as the complaint list's status).
export function BacklogSection({ code, instant, filter, state, definitions, figureHref, exportSubject }: SectionProps) {
  const { t } = useTranslation();
  const [result, reload] = useQuery({ query: UnitBacklogQuery, variables: { unit: code, asOf: instant, filter } });
  const exported = result.data ? agingExport(result.data.backlogAging, t) : null;
  const backlog = definitions.get('OPEN_BACKLOG');
  const basis = backlog ? figureBasis(backlog, state.assessedOnly) : null;
  const asOf = t('export.instant', { instant: formatInstant(instant) });
  return (
    <DataCard
      title={
        <span>
          {t('unitView.aging', { asOf: formatInstant(instant) })}
          <BasisTag basis={basis} />
        </span>
      }
      fetching={result.fetching}
      error={result.error}
      empty={result.data?.backlogAging.total === 0}
      onRetry={() => reload({ requestPolicy: 'network-only' })}
      skeletonRows={8}
      extra={
        exported && (
          <ExportMenu
            {...describeExport(
              { ...exportSubject, what: t('unitView.agingSheet'), dates: [shanghaiDate(new Date(instant))], asOf },
              t,
            )}
            sheetName={t('unitView.bucket')}
            columns={exported.columns}
            rows={exported.rows}
          />
        )
      }
    >
      {result.data && (
        <BacklogAging
          aging={result.data.backlogAging}
          // The backlog's instant T itself, so the list is judged where the card is.
          figureHref={(figure, bucket) => figureHref(code, figure, { asOf: instant, bucket })}
        />
      )}
    </DataCard>
  );
}

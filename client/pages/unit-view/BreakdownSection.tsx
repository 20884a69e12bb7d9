import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { BREAKDOWN_DIMENSIONS } from '../../app/vocabulary';
import { DataCard } from '../../components/DataCard';
import { BasisTag } from '../../components/BasisTag';
import { ExportMenu } from '../../components/ExportMenu';
import { describeExport } from '../../export/export-subject';
import { figureBasis } from '../../format/metric';
import { breakdownExport, BreakdownPanel } from '../../features/breakdowns';
import { METRIC_SLOT, metricLabel, MetricTitle } from '../../features/metrics';
import { graphql } from '../../gql';
import type { Category, Channel, Line } from '../../gql/graphql';
import { useLanguage } from '../../i18n';
import type { SectionProps } from './section-props';

const UnitBreakdownQuery = graphql(`
  query UnitBreakdown(
    $unit: String!
    $metric: MetricKey!
    $period: PeriodInput!
    $by: BreakdownDimension!
    $filter: ComplaintFilter
  ) {
    breakdown(unit: $unit, metric: $metric, period: $period, by: $by, filter: $filter) {
      items {
        key
      }
      ...BreakdownPanel_breakdown
    }
  }
`);

// The unit's metric by category, channel, line or child unit (the dimension is in ?by=).
export function BreakdownSection({
  code,
  range,
  filter,
  state,
  update,
  definitions,
  unitHref,
  figureHref,
  exportSubject,
}: SectionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const definition = definitions.get(state.metric);
  const [result, reload] = useQuery({
    query: UnitBreakdownQuery,
    variables: { unit: code, metric: state.metric, period: range, by: state.by, filter },
  });
  const exported = result.data ? breakdownExport(result.data.breakdown, t, language) : null;
  const metric = definition ? metricLabel(definition, language) : '';
  const basis = definition ? figureBasis(definition, state.assessedOnly) : null;
  // An item's complaints: the unit's under the item's own filter (its category, channel or line), or a child's.
  const itemHref = (key: string) => {
    switch (state.by) {
      case 'CHILD_UNIT':
        return figureHref(key, state.metric);
      case 'CATEGORY':
        return figureHref(code, state.metric, { filter: { ...state, categories: [key as Category] } });
      case 'CHANNEL':
        return figureHref(code, state.metric, { filter: { ...state, channels: [key as Channel] } });
      case 'LINE':
        return figureHref(code, state.metric, { filter: { ...state, lines: [key as Line] } });
    }
  };
  return (
    <DataCard
      title={
        <span>
          {definition ? (
            <MetricTitle text={t('unitView.breakdown', { metric: METRIC_SLOT })} definition={definition} />
          ) : null}
          <BasisTag basis={basis} />
          <Segmented
            size="small"
            className="crp-no-print"
            value={state.by}
            options={BREAKDOWN_DIMENSIONS.map((by) => ({ value: by, label: t(`unitView.by.${by}`) }))}
            onChange={(by) => update({ by }, { replace: true })}
          />
        </span>
      }
      fetching={result.fetching}
      error={result.error}
      empty={!result.data?.breakdown.items.length}
      emptyText={state.by === 'CHILD_UNIT' ? t('unitView.noChildren') : undefined}
      onRetry={() => reload({ requestPolicy: 'network-only' })}
      skeletonRows={8}
      extra={
        exported && (
          <ExportMenu
            {...describeExport(
              {
                ...exportSubject,
                what: t('unitView.breakdownSheet', { by: t(`unitView.by.${state.by}`) }),
                metric,
                basis: basis && t(`figure.basis.${basis}`),
                asOf: definition?.dependsOnAsOf ? t('export.asOfNow') : t('export.asOfNone'),
              },
              t,
            )}
            sheetName={t(`unitView.by.${state.by}`)}
            columns={exported.columns}
            rows={exported.rows}
          />
        )
      }
    >
      {result.data && <BreakdownPanel breakdown={result.data.breakdown} unitHref={unitHref} itemHref={itemHref} />}
    </DataCard>
  );
}

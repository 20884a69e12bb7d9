import { Col, Flex, Row, Segmented, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { pausedUntil } from '../app/paused-query';
import { orgPath, sharedSearch } from '../app/routes';
import { useViewPeriod } from '../app/use-period';
import { useViewState } from '../app/url-state/use-view-state';
import { complaintFilter, rankingsSchema, SHARED_KEYS } from '../app/url-state/views';
import { RANKING_LEVELS } from '../app/vocabulary';
import { useViewer } from '../app/viewer';
import { BasisTag } from '../components/BasisTag';
import { DataCard } from '../components/DataCard';
import { ExportMenu } from '../components/ExportMenu';
import { FilterBar, filterSummary } from '../components/FilterBar';
import { MetricSelect } from '../components/MetricSelect';
import { PeriodPicker } from '../components/PeriodPicker';
import { QueryFailure } from '../components/QueryFailure';
import { ViewHeader } from '../components/ViewHeader';
import { describeExport } from '../export/export-subject';
import { figureBasis, formatMetricValue } from '../format/metric';
import { formatPeriod } from '../format/shanghai-date';
import { companyLabel, metricLabel, metricOptions, useMetricDefinitions } from '../features/metrics';
import {
  RankingChart,
  rankingExportColumns,
  rankingExportRows,
  RankingTable,
  RankingTable_row,
  type RankingReference,
} from '../features/rankings';
import { UnitPicker } from '../features/units';
import { getFragmentData, graphql } from '../gql';
import { useLanguage } from '../i18n';
import { figureLinker } from './figure-links';

// /rankings — peers (a level, or a parent's children) ranked on a metric over a period, with the
// previous year's rank, as a table and as bars against the company-wide benchmark.

const RankingsPageQuery = graphql(`
  query RankingsPage(
    $metric: MetricKey!
    $period: PeriodInput!
    $level: UnitLevel
    $parent: String
    $filter: ComplaintFilter
    $order: SortOrder
  ) {
    ranking(metric: $metric, period: $period, level: $level, parent: $parent, filter: $filter, order: $order) {
      benchmark
      scopeTotal
      peerMean
      peerMedian
      rows {
        ...RankingTable_row
      }
    }
  }
`);

const RankingsPageUnitsQuery = graphql(`
  query RankingsPageUnits($at: Date) {
    units(at: $at) {
      ...UnitPicker_unit
    }
  }
`);

export function RankingsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const viewer = useViewer();
  const [params] = useSearchParams();
  const { state, invalid, update } = useViewState(rankingsSchema);
  const { period, range, lastDay, error: periodError, retry: retryPeriod } = useViewPeriod(state.period, update);
  const metrics = useMetricDefinitions();

  const scope = state.parent ? { parent: state.parent } : { level: state.level };
  const [ranking, reloadRanking] = useQuery({
    query: RankingsPageQuery,
    ...pausedUntil(
      range && { metric: state.metric, period: range, ...scope, filter: complaintFilter(state), order: state.order },
    ),
  });
  const [units] = useQuery({ query: RankingsPageUnitsQuery, variables: { at: range?.to }, pause: !range });

  if (periodError) return <QueryFailure error={periodError} onRetry={retryPeriod} />;
  if (metrics.error) return <QueryFailure error={metrics.error} onRetry={metrics.retry} />;
  const definition = metrics.definitions?.get(state.metric);
  const metricName = definition ? metricLabel(definition, language) : '';
  const rows = ranking.data?.ranking.rows ?? [];
  const search = sharedSearch(params, SHARED_KEYS);
  const unitHref = (code: string) => (viewer.mayOpenUnit(code) ? orgPath(code, search) : null);
  const highlight = (code: string) => update({ highlight: code === state.highlight ? null : code }, { replace: true });
  const fetching = !range || !definition || ranking.fetching;
  const retry = () => reloadRanking({ requestPolicy: 'network-only' });
  const unitOptions = units.data?.units ?? [];
  const highlightOptions = getFragmentData(RankingTable_row, rows).map((row) => ({
    value: row.unit.code,
    label: language === 'en' && row.unit.nameEn ? row.unit.nameEn : row.unit.nameZh,
  }));
  const basis = definition ? figureBasis(definition, state.assessedOnly) : null;
  // A regulator's rankings list the units of its jurisdiction only, ranked among themselves.
  const rankLabel = viewer.role === 'REGULATOR' ? t('figure.rankInScope') : t('rankings.rank');
  const references: RankingReference[] =
    definition && ranking.data
      ? [
          // A regulator's units pooled, each complaint once: its jurisdiction's own figure.
          ...(viewer.role === 'REGULATOR' && ranking.data.ranking.scopeTotal != null
            ? [{ key: '~scope', label: t('figure.scopeTotal'), value: ranking.data.ranking.scopeTotal }]
            : []),
          { key: '~company', label: companyLabel([definition], t), value: ranking.data.ranking.benchmark },
        ]
      : [];
  const figureHref = figureLinker({ definitions: metrics.definitions, viewer, period, filter: state });
  const peers = state.parent ? t('export.childrenOf', { unit: state.parent }) : t(`level.${state.level}`);
  const exportProps =
    range &&
    describeExport(
      {
        what: t('rankings.title'),
        unit: peers,
        metric: metricName,
        period: formatPeriod(range, language),
        dates: [range.from, range.to],
        basis: basis && t(`figure.basis.${basis}`),
        filter: filterSummary({ ...state, assessedOnly: false }, t),
        asOf: definition?.dependsOnAsOf ? t('export.asOfNow') : t('export.asOfNone'),
      },
      t,
    );

  return (
    <Flex vertical gap={16}>
      <ViewHeader
        title={t('rankings.heading', { metric: metricName })}
        subtitle={[range && formatPeriod(range, language), filterSummary(state, t)].filter(Boolean).join(' · ')}
        invalid={invalid}
      >
        <Space wrap size={16}>
          <MetricSelect
            label={t('metric.label')}
            options={metricOptions(metrics.definitions, language)}
            value={state.metric}
            onChange={(metric) => update({ metric })}
          />
          {period && <PeriodPicker value={period} anchor={lastDay} onChange={(next) => update({ period: next })} />}
        </Space>
        <Space wrap size={16}>
          <Space wrap size={8}>
            <Typography.Text type="secondary">{t('rankings.scope')}</Typography.Text>
            <Segmented
              value={state.parent ? 'parent' : 'level'}
              options={[
                { value: 'level', label: t('rankings.byLevel') },
                { value: 'parent', label: t('rankings.byParent') },
              ]}
              onChange={(mode) => update({ parent: mode === 'parent' ? viewer.homeUnit : null })}
            />
            {state.parent ? (
              <UnitPicker
                label={t('rankings.parent')}
                units={unitOptions}
                loading={units.fetching}
                offer={(unit) => unit.childCount > 0}
                value={state.parent}
                onChange={(parent) => update({ parent })}
              />
            ) : (
              <Select
                aria-label={t('rankings.scope')}
                value={state.level}
                style={{ minWidth: 140 }}
                options={RANKING_LEVELS.map((level) => ({ value: level, label: t(`level.${level}`) }))}
                onChange={(level) => update({ level })}
              />
            )}
          </Space>
          <Space wrap size={8}>
            <Typography.Text type="secondary">{t('rankings.order')}</Typography.Text>
            <Segmented
              value={state.order}
              options={[
                { value: 'DESC', label: t('rankings.DESC') },
                { value: 'ASC', label: t('rankings.ASC') },
              ]}
              onChange={(order) => update({ order: order as 'ASC' | 'DESC' })}
            />
          </Space>
          <Space wrap size={8}>
            <Typography.Text type="secondary">{t('rankings.highlight')}</Typography.Text>
            {/* Cleared, the select hands undefined to onChange. */}
            <Select<string | undefined>
              aria-label={t('rankings.highlight')}
              allowClear
              showSearch={{ optionFilterProp: 'label' }}
              placeholder={t('rankings.highlightPlaceholder')}
              style={{ minWidth: 180 }}
              value={state.highlight ?? undefined}
              options={highlightOptions}
              onChange={(code) => update({ highlight: code ?? null }, { replace: true })}
            />
          </Space>
        </Space>
        <FilterBar value={state} onChange={(patch) => update(patch)} />
      </ViewHeader>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14} className="crp-print-full">
          <DataCard
            title={t('rankings.table')}
            fetching={fetching}
            error={ranking.error}
            empty={rows.length === 0}
            onRetry={retry}
            skeletonRows={12}
            extra={
              definition &&
              exportProps && (
                <ExportMenu
                  {...exportProps}
                  sheetName={t('rankings.sheet')}
                  columns={rankingExportColumns(definition, state.order, t, language, rankLabel)}
                  rows={rankingExportRows(getFragmentData(RankingTable_row, rows), references)}
                />
              )
            }
          >
            {definition && ranking.data && (
              <Flex vertical gap={8}>
                <Typography.Text type="secondary">
                  {t('metric.peerMean')} {formatMetricValue(ranking.data.ranking.peerMean, definition.unit, language)} ·{' '}
                  {t('metric.peerMedian')}{' '}
                  {formatMetricValue(ranking.data.ranking.peerMedian, definition.unit, language)}
                </Typography.Text>
                <RankingTable
                  rows={rows}
                  definition={definition}
                  order={state.order}
                  basis={basis}
                  rankLabel={rankLabel}
                  references={references}
                  highlight={state.highlight}
                  unitHref={unitHref}
                  valueHref={(code) => figureHref(code, state.metric)}
                  onHighlight={highlight}
                />
              </Flex>
            )}
          </DataCard>
        </Col>
        <Col xs={24} xl={10} className="crp-print-full">
          <DataCard
            title={
              <span>
                {t('rankings.chart')}
                <BasisTag basis={basis} />
              </span>
            }
            fetching={fetching}
            error={ranking.error}
            empty={rows.length === 0}
            onRetry={retry}
            skeletonRows={12}
          >
            {definition && ranking.data && (
              <RankingChart
                rows={rows}
                definition={definition}
                benchmark={ranking.data.ranking.benchmark}
                highlight={state.highlight}
                onHighlight={highlight}
              />
            )}
          </DataCard>
        </Col>
      </Row>
    </Flex>
  );
}

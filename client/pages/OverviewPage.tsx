import { Col, Flex, Row, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { pausedUntil } from '../app/paused-query';
import { orgPath, sharedSearch } from '../app/routes';
import { useViewPeriod } from '../app/use-period';
import { useViewState } from '../app/url-state/use-view-state';
import { overviewSchema, SHARED_KEYS } from '../app/url-state/views';
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
import { figureBasis } from '../format/metric';
import { formatPeriod } from '../format/shanghai-date';
import {
  companyLabel,
  METRIC_SLOT,
  MetricCards,
  metricLabel,
  metricOptions,
  MetricTitle,
  useMetricDefinitions,
} from '../features/metrics';
import {
  rankingExportColumns,
  rankingExportRows,
  RankingTable,
  RankingTable_row,
  type RankingReference,
} from '../features/rankings';
import { TrendChart } from '../features/trends';
import { getFragmentData } from '../gql';
import { useLanguage } from '../i18n';
import { figureLinker } from './figure-links';
import { OverviewCardsQuery, OverviewRankingQuery, OverviewTrendQuery, overviewVariables } from './overview-queries';

// /overview — headquarters' first screen: the company's key figures with 同比, the provinces ranked
// on one metric with their movement, and that metric month by month beside last year.

export function OverviewPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const viewer = useViewer();
  const [params] = useSearchParams();
  const { state, invalid, update } = useViewState(overviewSchema);
  const { period, range, lastDay, error: periodError, retry: retryPeriod } = useViewPeriod(state.period, update);
  const metrics = useMetricDefinitions();
  const unit = viewer.homeUnit;
  const variables = range && overviewVariables(state, range, unit);

  const [cards, reloadCards] = useQuery({ query: OverviewCardsQuery, ...pausedUntil(variables?.cards) });
  const [ranking, reloadRanking] = useQuery({ query: OverviewRankingQuery, ...pausedUntil(variables?.ranking) });
  const [trend, reloadTrend] = useQuery({ query: OverviewTrendQuery, ...pausedUntil(variables?.trend) });

  if (periodError) return <QueryFailure error={periodError} onRetry={retryPeriod} />;
  if (metrics.error) return <QueryFailure error={metrics.error} onRetry={metrics.retry} />;
  const definitions = metrics.definitions;
  const definition = definitions?.get(state.metric);
  const metricName = definition ? metricLabel(definition, language) : '';
  const search = sharedSearch(params, SHARED_KEYS);
  const rankingRows = ranking.data?.ranking.rows ?? [];
  const reload = (run: typeof reloadCards) => () => run({ requestPolicy: 'network-only' });
  const basis = definition ? figureBasis(definition, state.assessedOnly) : null;
  const references: RankingReference[] =
    definition && ranking.data
      ? [{ key: '~company', label: companyLabel([definition], t), value: ranking.data.ranking.benchmark }]
      : [];
  const figureHref = figureLinker({ definitions, viewer, period, filter: state });
  const rankingExport =
    range &&
    describeExport(
      {
        what: t('overview.rankingSheet'),
        unit: t('level.PROVINCE'),
        metric: metricName,
        period: formatPeriod(range, language),
        dates: [range.from, range.to],
        basis: basis && t(`figure.basis.${basis}`),
        filter: filterSummary({ ...state, assessedOnly: false }, t),
        asOf: definition?.dependsOnAsOf ? t('export.asOfNow') : t('export.asOfNone'),
      },
      t,
    );
  const rankingsHref = `/rankings?${new URLSearchParams([...new URLSearchParams(search), ['m', state.metric], ['level', 'PROVINCE']])}`;

  return (
    <Flex vertical gap={16}>
      <ViewHeader
        title={t('overview.title')}
        subtitle={[range && formatPeriod(range, language), filterSummary(state, t)].filter(Boolean).join(' · ')}
        invalid={invalid}
      >
        <Space wrap size={16}>
          {period && <PeriodPicker value={period} anchor={lastDay} onChange={(next) => update({ period: next })} />}
          <MetricSelect
            label={t('metric.label')}
            options={metricOptions(definitions, language)}
            value={state.metric}
            onChange={(metric) => update({ metric })}
          />
        </Space>
        <FilterBar value={state} onChange={(patch) => update(patch)} />
      </ViewHeader>
      <DataCard
        title={t('overview.cards')}
        fetching={!range || !definitions || cards.fetching}
        error={cards.error}
        empty={!cards.data?.compare.rows.length}
        onRetry={reload(reloadCards)}
        skeletonRows={3}
      >
        {definitions && cards.data && (
          <MetricCards
            values={cards.data.compare.rows[0].values}
            definitions={definitions}
            assessedOnly={state.assessedOnly}
            showBenchmark={false}
            figureHref={(metric) => figureHref(unit, metric)}
          />
        )}
      </DataCard>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12} className="crp-print-full">
          <DataCard
            title={
              <span>
                {definition && (
                  <MetricTitle text={t('overview.ranking', { metric: METRIC_SLOT })} definition={definition} />
                )}
                <BasisTag basis={basis} />
              </span>
            }
            fetching={!range || !definition || ranking.fetching}
            error={ranking.error}
            empty={rankingRows.length === 0}
            onRetry={reload(reloadRanking)}
            skeletonRows={10}
            extra={
              definition &&
              rankingExport && (
                <Space size={8}>
                  <ExportMenu
                    {...rankingExport}
                    sheetName={t('rankings.sheet')}
                    columns={rankingExportColumns(definition, 'DESC', t, language)}
                    rows={rankingExportRows(getFragmentData(RankingTable_row, rankingRows), references)}
                  />
                  <Link to={rankingsHref}>{t('overview.moreRankings')}</Link>
                </Space>
              )
            }
          >
            {definition && (
              <div style={{ maxHeight: 520, overflow: 'auto' }} className="crp-print-unclip crp-table-box">
                <RankingTable
                  scrollsSideways={false}
                  rows={rankingRows}
                  definition={definition}
                  order="DESC"
                  basis={basis}
                  references={references}
                  highlight={null}
                  unitHref={(code) => (viewer.mayOpenUnit(code) ? orgPath(code, search) : null)}
                  valueHref={(code) => figureHref(code, state.metric)}
                  onHighlight={() => {
                    // The overview highlights no unit: picking one to follow is the rankings page's.
                  }}
                />
              </div>
            )}
          </DataCard>
        </Col>
        <Col xs={24} xl={12} className="crp-print-full">
          <DataCard
            title={
              <span>
                {definition && (
                  <MetricTitle text={t('overview.trend', { metric: METRIC_SLOT })} definition={definition} />
                )}
                <BasisTag basis={basis} />
              </span>
            }
            fetching={!range || !definition || trend.fetching}
            error={trend.error}
            empty={!trend.data?.trend.length}
            onRetry={reload(reloadTrend)}
            skeletonRows={8}
          >
            {definition && trend.data && (
              <TrendChart
                points={trend.data.trend}
                definition={definition}
                pointHref={(dates) => figureHref(unit, state.metric, { period: dates, at: range?.to })}
              />
            )}
          </DataCard>
        </Col>
      </Row>
    </Flex>
  );
}

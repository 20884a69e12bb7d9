import { Alert, Flex, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { pausedUntil } from '../app/paused-query';
import { orgPath, sharedSearch } from '../app/routes';
import { useViewPeriod } from '../app/use-period';
import { trendRange } from '../app/url-state/trend-period';
import { useViewState } from '../app/url-state/use-view-state';
import { compareSchema, complaintFilter, MAX_COMPARED_UNITS, SHARED_KEYS } from '../app/url-state/views';
import { useViewer } from '../app/viewer';
import { EChart } from '../components/charts/EChart';
import { lineOption } from '../components/charts/options';
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
import { compareExportColumns, compareLines, CompareTable } from '../features/compare';
import {
  basisResolver,
  METRIC_SLOT,
  metricLabel,
  metricOptions,
  MetricTitle,
  useMetricDefinitions,
} from '../features/metrics';
import { axisFormatter, pointLabel } from '../features/trends';
import { UnitPicker, UnitPicker_unit, unitName } from '../features/units';
import { getFragmentData, graphql } from '../gql';
import { useLanguage } from '../i18n';
import { figureLinker } from './figure-links';
import { useTrendLines } from './use-trend-lines';

// /compare — chosen units side by side on chosen metrics, against the company-wide benchmark and
// the units' mean and median, and one metric's monthly lines overlaid.

const ComparePageQuery = graphql(`
  query ComparePage($units: [String!]!, $metrics: [MetricKey!]!, $period: PeriodInput!, $filter: ComplaintFilter) {
    compare(units: $units, metrics: $metrics, period: $period, filter: $filter) {
      ...CompareTable_table
    }
  }
`);

const ComparePageUnitsQuery = graphql(`
  query ComparePageUnits($at: Date) {
    units(at: $at) {
      ...UnitPicker_unit
    }
  }
`);

export function ComparePage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const viewer = useViewer();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { state, invalid, update } = useViewState(compareSchema);
  const { period, range, lastDay, error: periodError, retry: retryPeriod } = useViewPeriod(state.period, update);
  const metrics = useMetricDefinitions();
  const filter = complaintFilter(state);
  const chosen = state.units.length > 0;

  const [compare, reloadCompare] = useQuery({
    query: ComparePageQuery,
    ...pausedUntil(range && chosen && { units: [...state.units], metrics: [...state.metrics], period: range, filter }),
  });
  const [units] = useQuery({ query: ComparePageUnitsQuery, variables: { at: range?.to }, pause: !range });
  const trendMetric =
    state.trendMetric && state.metrics.includes(state.trendMetric) ? state.trendMetric : state.metrics[0];
  const trends = useTrendLines(state.units, trendMetric, range ? trendRange(range) : null, filter);

  if (periodError) return <QueryFailure error={periodError} onRetry={retryPeriod} />;
  if (metrics.error) return <QueryFailure error={metrics.error} onRetry={metrics.retry} />;
  const definitions = metrics.definitions;
  const trendDefinition = definitions?.get(trendMetric);
  const options = metricOptions(definitions, language);
  const search = sharedSearch(params, SHARED_KEYS);
  const names = new Map(
    getFragmentData(UnitPicker_unit, units.data?.units ?? []).map((unit) => [unit.code, unitName(unit, language)]),
  );
  const exported = compare.data ? compareLines(compare.data.compare, t, language) : null;
  const basisOf = basisResolver(definitions, state.assessedOnly);
  const figureHref = figureLinker({ definitions, viewer, period, filter: state });
  const compared = state.metrics.flatMap((key) => definitions?.get(key) ?? []);
  const compareExport =
    range &&
    describeExport(
      {
        what: t('compare.title'),
        unit: state.units.map((code) => `${names.get(code) ?? code}（${code}）`).join(t('filter.separator')),
        period: formatPeriod(range, language),
        dates: [range.from, range.to],
        basis: compared.some((d) => d.complaintBased)
          ? t(state.assessedOnly ? 'figure.basis.ASSESSED' : 'figure.basis.ALL')
          : null,
        filter: filterSummary({ ...state, assessedOnly: false }, t),
        asOf: compared.some((d) => d.dependsOnAsOf) ? t('export.asOfNow') : t('export.asOfNone'),
      },
      t,
    );

  return (
    <Flex vertical gap={16}>
      <ViewHeader
        title={t('compare.title')}
        subtitle={[range && formatPeriod(range, language), filterSummary(state, t)].filter(Boolean).join(' · ')}
        invalid={invalid}
      >
        <Space wrap size={16}>
          {period && <PeriodPicker value={period} anchor={lastDay} onChange={(next) => update({ period: next })} />}
        </Space>
        <Space wrap size={8}>
          <Typography.Text type="secondary">{t('compare.units', { max: MAX_COMPARED_UNITS })}</Typography.Text>
          <UnitPicker
            multiple
            max={MAX_COMPARED_UNITS}
            label={t('compare.units', { max: MAX_COMPARED_UNITS })}
            placeholder={t('compare.unitsPlaceholder')}
            units={units.data?.units ?? []}
            loading={units.fetching}
            value={state.units}
            onChange={(codes) => update({ units: codes })}
          />
        </Space>
        <Space wrap size={8}>
          <Typography.Text type="secondary">{t('metric.metrics')}</Typography.Text>
          <MetricSelect
            multiple
            max={12}
            label={t('metric.metrics')}
            options={options}
            value={state.metrics}
            onChange={(list) => update({ metrics: list })}
          />
        </Space>
        <FilterBar value={state} onChange={(patch) => update(patch)} />
      </ViewHeader>
      {!chosen ? (
        <Alert type="info" showIcon title={t('compare.pickUnits')} />
      ) : (
        <>
          <DataCard
            title={t('compare.table')}
            fetching={!range || !definitions || compare.fetching}
            error={compare.error}
            empty={!compare.data}
            onRetry={() => reloadCompare({ requestPolicy: 'network-only' })}
            skeletonRows={state.units.length + 3}
            extra={
              exported &&
              compareExport && (
                <ExportMenu
                  {...compareExport}
                  sheetName={t('compare.sheet')}
                  columns={compareExportColumns(exported.table, t, language)}
                  rows={exported.lines}
                />
              )
            }
          >
            {compare.data && (
              <CompareTable
                table={compare.data.compare}
                basisOf={basisOf}
                definitions={definitions}
                figureHref={figureHref}
                unitHref={(code) => (viewer.mayOpenUnit(code) ? orgPath(code, search) : null)}
              />
            )}
          </DataCard>
          <DataCard
            title={
              <span>
                {trendDefinition && (
                  <MetricTitle text={t('compare.trend', { metric: METRIC_SLOT })} definition={trendDefinition} />
                )}
                <BasisTag basis={trendDefinition ? figureBasis(trendDefinition, state.assessedOnly) : null} />
              </span>
            }
            fetching={!range || !trendDefinition || trends.fetching}
            error={trends.error}
            empty={trends.lines.length === 0}
            onRetry={trends.retry}
            skeletonRows={8}
            extra={
              <MetricSelect
                label={t('compare.trendMetric')}
                options={options.filter((option) => state.metrics.includes(option.key))}
                value={trendMetric}
                onChange={(metric) => update({ trendMetric: metric }, { replace: true })}
              />
            }
          >
            {trendDefinition && trends.lines.length > 0 && (
              <EChart
                label={metricLabel(trendDefinition, language)}
                height={340}
                // A point opens the complaints behind that unit's month.
                onClickItem={({ seriesIndex, dataIndex }) => {
                  const line = trends.lines.at(seriesIndex);
                  const point = line?.points.at(dataIndex);
                  if (!line || !point) return;
                  const href = figureHref(line.unit, trendMetric, {
                    period: { from: point.from, to: point.to },
                    at: range?.to,
                  });
                  if (href) void navigate(href);
                }}
                option={lineOption({
                  categories: trends.lines[0].points.map(pointLabel),
                  series: trends.lines.map((line) => ({
                    name: names.get(line.unit) ?? line.unit,
                    values: line.points.map((p) => p.value ?? null),
                  })),
                  format: (v) => formatMetricValue(v, trendDefinition.unit, language),
                  axisFormat: axisFormatter(trendDefinition, language),
                })}
              />
            )}
          </DataCard>
        </>
      )}
    </Flex>
  );
}

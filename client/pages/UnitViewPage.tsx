import { Col, Flex, Row, Space, Typography } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { pausedUntil } from '../app/paused-query';
import { orgPath, sharedSearch, unitPath } from '../app/routes';
import { usePeriodInstant, useViewPeriod } from '../app/use-period';
import { trendRange } from '../app/url-state/trend-period';
import { useViewState } from '../app/url-state/use-view-state';
import { complaintFilter, SHARED_KEYS, unitViewSchema, type UnitViewState } from '../app/url-state/views';
import { CARD_METRICS } from '../app/vocabulary';
import { can, homePath, useViewer } from '../app/viewer';
import { BasisTag } from '../components/BasisTag';
import { DataCard } from '../components/DataCard';
import { errorCode } from '../components/error-code';
import { FilterBar, filterSummary } from '../components/FilterBar';
import { MetricSelect } from '../components/MetricSelect';
import { PeriodPicker } from '../components/PeriodPicker';
import { QueryFailure } from '../components/QueryFailure';
import { ViewHeader } from '../components/ViewHeader';
import { figureBasis } from '../format/metric';
import { formatPeriod } from '../format/shanghai-date';
import { METRIC_SLOT, MetricCards, metricOptions, MetricTitle, useMetricDefinitions } from '../features/metrics';
import { TrendChart } from '../features/trends';
import { NoAccess, UnitBreadcrumb, UnitNotFound, unitName } from '../features/units';
import { graphql } from '../gql';
import { useLanguage } from '../i18n';
import { BacklogSection } from './unit-view/BacklogSection';
import { BreakdownSection } from './unit-view/BreakdownSection';
import { ChildrenSection } from './unit-view/ChildrenSection';
import { ComplaintsSection } from './unit-view/ComplaintsSection';
import type { SectionProps } from './unit-view/section-props';
import { figureLinker } from './figure-links';

// /org/:code — one unit's drill-down at the period's end: where it sits (HQ → province → city →
// county), its key figures, trend, breakdowns, children (click to go down), backlog and complaints.

const UnitViewQuery = graphql(`
  query UnitView($code: String!, $at: Date) {
    unit(code: $code) {
      code
      nameZh
      nameEn
      level(at: $at)
      children(at: $at) {
        code
      }
      ...UnitBreadcrumb_unit
    }
  }
`);

const UnitCardsQuery = graphql(`
  query UnitCards($unit: String!, $metrics: [MetricKey!]!, $period: PeriodInput!, $filter: ComplaintFilter) {
    compare(units: [$unit], metrics: $metrics, period: $period, filter: $filter) {
      rows {
        values {
          ...MetricCards_value
        }
      }
    }
  }
`);

const UnitTrendQuery = graphql(`
  query UnitTrend($unit: String!, $metric: MetricKey!, $period: PeriodInput!, $filter: ComplaintFilter) {
    trend(unit: $unit, metric: $metric, period: $period, granularity: MONTH, filter: $filter) {
      ...TrendChart_point
    }
  }
`);

/** Changes that alter which complaints are listed send the list back to its first page. */
const LIST_KEYS: (keyof UnitViewState)[] = ['period', 'channels', 'lines', 'categories', 'assessedOnly'];

export function UnitViewPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation();
  const language = useLanguage();
  const viewer = useViewer();
  const [params] = useSearchParams();
  const { state, invalid, update: updateView } = useViewState(unitViewSchema);
  const update = useCallback<SectionProps['update']>(
    (patch, options) => updateView(LIST_KEYS.some((key) => key in patch) ? { pages: [], ...patch } : patch, options),
    [updateView],
  );
  const { period, range, lastDay, error: periodError, retry: retryPeriod } = useViewPeriod(state.period, update);
  const metrics = useMetricDefinitions();
  const filter = complaintFilter(state);
  const instant = usePeriodInstant(range?.to);

  const [unit, reloadUnit] = useQuery({ query: UnitViewQuery, variables: { code, at: range?.to }, pause: !range });
  const [cards, reloadCards] = useQuery({
    query: UnitCardsQuery,
    ...pausedUntil(range && { unit: code, metrics: [...CARD_METRICS], period: range, filter }),
  });
  const [trend, reloadTrend] = useQuery({
    query: UnitTrendQuery,
    ...pausedUntil(range && { unit: code, metric: state.metric, period: trendRange(range), filter }),
  });

  if (periodError) return <QueryFailure error={periodError} onRetry={retryPeriod} />;
  if (metrics.error) return <QueryFailure error={metrics.error} onRetry={metrics.retry} />;
  if (unit.error && errorCode(unit.error) === 'NOT_FOUND')
    return <UnitNotFound code={code} backHref={orgPath(viewer.homeUnit)} />;
  if (unit.error && errorCode(unit.error) === 'FORBIDDEN') return <NoAccess homeHref={homePath(viewer)} />;
  if (unit.error)
    return <QueryFailure error={unit.error} onRetry={() => reloadUnit({ requestPolicy: 'network-only' })} />;

  const definitions = metrics.definitions;
  const definition = definitions?.get(state.metric);
  const search = sharedSearch(params, SHARED_KEYS);
  const unitHref = (target: string) => (viewer.mayOpenUnit(target) ? orgPath(target, search) : null);
  const data = unit.data?.unit;
  const name = data ? unitName(data, language) : code;
  const reload = (run: typeof reloadCards) => () => run({ requestPolicy: 'network-only' });
  const basis = t(state.assessedOnly ? 'figure.basis.ASSESSED' : 'figure.basis.ALL');
  const figureHref = figureLinker({ definitions, viewer, period, filter: state });
  const sectionProps: SectionProps | null =
    range && instant && definitions
      ? {
          code,
          range,
          instant,
          filter,
          state,
          update,
          definitions,
          search,
          unitHref,
          figureHref,
          exportSubject: {
            what: '',
            unit: `${name}（${code}）`,
            unitCode: code,
            period: formatPeriod(range, language),
            dates: [range.from, range.to],
            basis,
            filter: filterSummary({ ...state, assessedOnly: false }, t),
            asOf: t('export.asOfNone'),
          },
        }
      : null;

  return (
    <Flex vertical gap={16}>
      {data && <UnitBreadcrumb unit={data} unitHref={unitHref} />}
      <ViewHeader
        title={
          <Space size={12} align="baseline" wrap>
            <span>{name}</span>
            {data?.level && <Typography.Text type="secondary">{t(`level.${data.level}`)}</Typography.Text>}
            {can(viewer, 'unitTree') && (
              <Link className="crp-no-print" style={{ fontSize: 14 }} to={unitPath(code, range?.to)}>
                {t('unitView.inTree')}
              </Link>
            )}
          </Space>
        }
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
        title={t('unitView.cards')}
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
            showBenchmark={code !== 'HQ'}
            figureHref={(metric) => figureHref(code, metric)}
          />
        )}
      </DataCard>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={12} className="crp-print-full">
          <DataCard
            title={
              <span>
                {definition && (
                  <MetricTitle text={t('unitView.trend', { metric: METRIC_SLOT })} definition={definition} />
                )}
                <BasisTag basis={definition ? figureBasis(definition, state.assessedOnly) : null} />
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
                name={name}
                // A trend's points are measured on the tree of its last day, so is each point's list.
                pointHref={(dates) => figureHref(code, state.metric, { period: dates, at: range?.to })}
              />
            )}
          </DataCard>
        </Col>
        <Col xs={24} xl={12} className="crp-print-full">
          {sectionProps && <BreakdownSection {...sectionProps} />}
        </Col>
        <Col xs={24} xl={16} className="crp-print-full">
          {sectionProps && data && (
            <ChildrenSection {...sectionProps} children={data.children.map((child) => child.code)} />
          )}
        </Col>
        <Col xs={24} xl={8} className="crp-print-full">
          {sectionProps && <BacklogSection {...sectionProps} />}
        </Col>
        {can(viewer, 'complaints') && <Col span={24}>{sectionProps && <ComplaintsSection {...sectionProps} />}</Col>}
      </Row>
    </Flex>
  );
}

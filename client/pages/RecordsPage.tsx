import { Alert, Flex, Segmented, Space, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { type OperationResult, useClient, useQuery } from 'urql';
import { pausedUntil } from '../app/paused-query';
import { complaintPath, sharedSearch } from '../app/routes';
import { useResolvedPeriod } from '../app/use-period';
import type { PeriodSpec } from '../app/url-state/period';
import { useViewState } from '../app/url-state/use-view-state';
import {
  complaintFilter,
  recordsSchema,
  SHARED_KEYS,
  type FigurePartParam,
  type RecordsState,
} from '../app/url-state/views';
import { useViewer } from '../app/viewer';
import { DataCard } from '../components/DataCard';
import { ExportMenu } from '../components/ExportMenu';
import { filterSummary } from '../components/FilterBar';
import { QueryFailure } from '../components/QueryFailure';
import { ViewHeader } from '../components/ViewHeader';
import { describeExport } from '../export/export-subject';
import { figureBasis } from '../format/metric';
import { formatInstant, formatPeriod, periodInstant } from '../format/shanghai-date';
import { complaintExport, ComplaintList, ReceivedOrder } from '../features/complaints';
import { drillPart, metricLabel, useMetricDefinitions } from '../features/metrics';
import { RecordsFigure } from '../features/records';
import { unitName } from '../features/units';
import { graphql } from '../gql';
import type { FigurePart, RecordsListQuery as RecordsListQueryResult } from '../gql/graphql';
import { useLanguage } from '../i18n';

// /records — the complaints behind a figure (issue 11): a card, a ranking row, a compare cell, a
// breakdown bar, a trend point, a backlog bucket or a report cell links here with the figure's unit,
// period, metric and part, filter and asOf (url-state/views.ts). The page shows the figure and the
// list whose total is that figure's numerator (or denominator), a page at a time, and exports it whole.

const PAGE_SIZE = 20;
/** The most complaints one export fetches (100 a request); the header block says when it stopped short. */
const EXPORT_MAX = 10_000;

const RecordsListQuery = graphql(`
  query RecordsList(
    $filter: ComplaintListFilter!
    $first: Int!
    $after: String
    $orderBy: ComplaintOrder!
    $asOf: DateTime
  ) {
    complaints(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      instant
      satisfiedFollowups
      followups
      pageInfo {
        hasNextPage
        endCursor
      }
      ...ComplaintList_connection
    }
  }
`);

const RecordsFigureQuery = graphql(`
  query RecordsFigure(
    $unit: String!
    $metric: MetricKey!
    $period: PeriodInput!
    $filter: ComplaintFilter
    $asOf: DateTime
  ) {
    unit(code: $unit) {
      code
      nameZh
      nameEn
    }
    metric(unit: $unit, metric: $metric, period: $period, filter: $filter, asOf: $asOf) {
      value
    }
  }
`);

/** Changes that alter which complaints are listed send the list back to its first page. */
const LIST_KEYS: (keyof RecordsState)[] = [
  'unit',
  'at',
  'period',
  'metric',
  'part',
  'asOf',
  'channels',
  'lines',
  'categories',
  'assessedOnly',
];
const API_PART: Record<FigurePartParam, FigurePart> = { numerator: 'NUMERATOR', denominator: 'DENOMINATOR' };

export function RecordsPage() {
  const { t } = useTranslation();
  const language = useLanguage();
  const viewer = useViewer();
  const client = useClient();
  const [params] = useSearchParams();
  const { state, invalid, update: updateView } = useViewState(recordsSchema);
  const update = useCallback(
    (patch: Partial<RecordsState>, options?: { replace?: boolean }) =>
      updateView(LIST_KEYS.some((key) => key in patch) ? { pages: [], ...patch } : patch, options),
    [updateView],
  );
  const setDefaultPeriod = useCallback((period: PeriodSpec) => update({ period }, { replace: true }), [update]);
  const { range, error: periodError, retry: retryPeriod } = useResolvedPeriod(state.period, setDefaultPeriod);
  const metrics = useMetricDefinitions();
  // Without ?asOf=, closures and deadlines count up to the moment the page was opened, fixed so that
  // paging through the list does not move it.
  const [openedAt] = useState(() => new Date().toISOString());
  const asOf = state.asOf ?? openedAt;
  const code = state.unit ?? viewer.homeUnit;
  const filter = complaintFilter(state);
  const definition = metrics.definitions?.get(state.metric);
  const drillable = definition?.drillable ?? [];
  // A part that lists no complaints falls back to one that does; given in the link, it is named below.
  const part = drillable.includes(API_PART[state.part]) ? state.part : drillPart({ drillable });
  // The statuses shown are judged at T, as the figure's stock is: the earlier of asOf and the period's end.
  const statusAt = range ? periodInstant(range.to, new Date(asOf)) : asOf;
  const listFilter = range &&
    part && {
      ...filter,
      unit: code,
      at: state.at,
      period: range,
      asOf,
      figure: { metric: state.metric, part: API_PART[part] },
    };
  const [list, reloadList] = useQuery({
    query: RecordsListQuery,
    ...pausedUntil(
      listFilter && {
        filter: listFilter,
        first: PAGE_SIZE,
        after: state.pages.at(-1) ?? null,
        orderBy: state.sort,
        asOf: statusAt,
      },
    ),
  });
  const [figure] = useQuery({
    query: RecordsFigureQuery,
    ...pausedUntil(range && { unit: code, metric: state.metric, period: range, filter, asOf }),
  });

  if (periodError) return <QueryFailure error={periodError} onRetry={retryPeriod} />;
  if (metrics.error) return <QueryFailure error={metrics.error} onRetry={metrics.retry} />;

  const metricName = definition ? metricLabel(definition, language) : '';
  const unitData = figure.data?.unit;
  const unitText = unitData ? `${unitName(unitData, language)}（${code}）` : code;
  const basis = definition ? figureBasis(definition, state.assessedOnly) : null;
  const splitFilter = filterSummary({ ...state, assessedOnly: false }, t);
  const connection = list.data?.complaints;
  const instantText = connection?.instant
    ? t('export.instant', { instant: formatInstant(connection.instant) })
    : t('records.noInstant');
  const asOfText = state.asOf
    ? t('export.instant', { instant: formatInstant(asOf) })
    : t('records.asOfOpened', { instant: formatInstant(asOf) });
  const partName = (value: FigurePartParam) => t(value === 'numerator' ? 'records.numerator' : 'records.denominator');
  const partRefused = definition && part && part !== state.part && params.has('part');
  const search = sharedSearch(params, SHARED_KEYS);

  const exportRows = async () => {
    if (!listFilter) return [];
    const rows = [];
    let after: string | null = null;
    do {
      const page: OperationResult<RecordsListQueryResult> = await client
        .query(
          RecordsListQuery,
          { filter: listFilter, first: 100, after, orderBy: state.sort, asOf: statusAt },
          { requestPolicy: 'network-only' },
        )
        .toPromise();
      if (page.error || !page.data) throw page.error ?? new Error('no data');
      rows.push(...complaintExport(page.data.complaints, t, language).rows);
      const { pageInfo } = page.data.complaints;
      after = pageInfo.hasNextPage ? (pageInfo.endCursor ?? null) : null;
    } while (after && rows.length < EXPORT_MAX);
    return rows;
  };
  const exported = connection ? complaintExport(connection, t, language) : null;
  const exportSubject =
    range &&
    part &&
    connection &&
    describeExport(
      {
        what: t('records.sheet'),
        unit: unitText,
        unitCode: code,
        metric: `${metricName}（${partName(part)}）`,
        period: formatPeriod(range, language),
        dates: [range.from, range.to],
        basis: basis && t(`figure.basis.${basis}`),
        filter: splitFilter,
        asOf: asOfText,
      },
      t,
    );
  const exportHeader = exportSubject && [
    ...exportSubject.header,
    [t('records.instant'), instantText] as const,
    [
      t('records.exportedRows'),
      t('records.exportedOf', { rows: Math.min(connection.totalCount, EXPORT_MAX), total: connection.totalCount }),
    ] as const,
  ];

  return (
    <Flex vertical gap={16}>
      <ViewHeader
        title={t('records.title', { metric: metricName })}
        subtitle={[unitText, range && formatPeriod(range, language), basis && t(`figure.basis.${basis}`), splitFilter]
          .filter(Boolean)
          .join(' · ')}
        invalid={invalid}
      >
        <Space wrap size={16}>
          {definition && drillable.length > 1 && part && (
            <Segmented
              aria-label={t('records.part')}
              value={part}
              options={drillable.map((p) => {
                const value: FigurePartParam = p === 'NUMERATOR' ? 'numerator' : 'denominator';
                return { value, label: partName(value) };
              })}
              onChange={(value) => update({ part: value })}
            />
          )}
          <ReceivedOrder value={state.sort} onChange={(sort) => update({ sort, pages: [] })} />
        </Space>
      </ViewHeader>
      {partRefused && (
        <Alert
          type="warning"
          showIcon
          title={t('records.partNotDrillable', {
            metric: metricName,
            part: partName(state.part),
            shown: partName(part),
          })}
        />
      )}
      {definition && !part && <Alert type="info" showIcon title={t('records.notDrillable', { metric: metricName })} />}
      {state.bucket && definition && (
        <Alert
          type="info"
          showIcon
          title={t('records.bucket', { bucket: t(`unitView.agingBucket.${state.bucket}`), metric: metricName })}
        />
      )}
      <DataCard
        title={t('records.figure')}
        fetching={!definition || !range}
        error={figure.error}
        empty={false}
        skeletonRows={3}
      >
        {definition && range && part && (
          <RecordsFigure
            definition={definition}
            part={part}
            unit={unitText}
            period={formatPeriod(range, language)}
            basis={basis}
            filter={splitFilter}
            instant={list.fetching ? '…' : instantText}
            asOf={asOfText}
            // The figure is measured on the period's tree; on another hierarchy date it would not be this list's.
            value={state.at && state.at !== range.to ? undefined : (figure.data?.metric.value ?? null)}
            totals={
              connection
                ? {
                    count: connection.totalCount,
                    satisfied: connection.satisfiedFollowups,
                    followups: connection.followups,
                  }
                : null
            }
          />
        )}
      </DataCard>
      {part && (
        <DataCard
          title={
            <span>
              {t('records.list')}{' '}
              <Typography.Text
                type="secondary"
                className="crp-status-at"
                style={{ fontSize: 12, fontWeight: 'normal' }}
              >
                {t('figure.statusAt', { instant: formatInstant(statusAt) })}
              </Typography.Text>
            </span>
          }
          fetching={!listFilter || list.fetching}
          error={list.error}
          empty={connection?.totalCount === 0}
          onRetry={() => reloadList({ requestPolicy: 'network-only' })}
          skeletonRows={10}
          extra={
            exported &&
            exportSubject &&
            exportHeader && (
              <span title={t('records.exportNote', { max: EXPORT_MAX })}>
                <ExportMenu
                  fileName={exportSubject.fileName}
                  header={exportHeader}
                  sheetName={t('records.sheet')}
                  columns={exported.columns}
                  rows={exportRows}
                />
              </span>
            )
          }
        >
          {connection && (
            <ComplaintList
              connection={connection}
              page={state.pages.length + 1}
              pageSize={PAGE_SIZE}
              complaintHref={(ref) => complaintPath(ref, search)}
              onFirst={() => update({ pages: [] })}
              onPrevious={() => update({ pages: state.pages.slice(0, -1) })}
              onNext={(cursor) => update({ pages: [...state.pages, cursor] })}
            />
          )}
        </DataCard>
      )}
    </Flex>
  );
}

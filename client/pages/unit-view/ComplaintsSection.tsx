import { Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { complaintPath } from '../../app/routes';
import { COMPLAINT_STATUSES } from '../../app/vocabulary';
import { DataCard } from '../../components/DataCard';
import { ExportMenu } from '../../components/ExportMenu';
import { describeExport } from '../../export/export-subject';
import { formatInstant } from '../../format/shanghai-date';
import { complaintExport, ComplaintList, ReceivedOrder } from '../../features/complaints';
import { graphql } from '../../gql';
import { useLanguage } from '../../i18n';
import type { SectionProps } from './section-props';

const PAGE_SIZE = 20;

const UnitComplaintsQuery = graphql(`
  query UnitComplaints(
    $filter: ComplaintListFilter
    $first: Int!
    $after: String
    $orderBy: ComplaintOrder!
    $asOf: DateTime
  ) {
    complaints(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
      totalCount
      ...ComplaintList_connection
    }
  }
`);

// The complaints of the unit's subtree received in the period, matching the filter and a status,
// newest or oldest first, a page at a time (the cursors passed are in ?pg=, so back works). Status
// means what the backlog card means: as at T, the period's end (or now), which the list states.
export function ComplaintsSection({
  code,
  range,
  instant,
  filter,
  state,
  update,
  search,
  exportSubject,
}: SectionProps) {
  const { t } = useTranslation();
  const language = useLanguage();
  const after = state.pages.at(-1) ?? null;
  const [result, reload] = useQuery({
    query: UnitComplaintsQuery,
    variables: {
      filter: {
        ...filter,
        unit: code,
        period: range,
        asOf: instant,
        ...(state.status ? { status: state.status } : {}),
      },
      first: PAGE_SIZE,
      after,
      orderBy: state.sort,
      asOf: instant,
    },
  });
  const exported = result.data ? complaintExport(result.data.complaints, t, language) : null;
  const statusAt = t('figure.statusAt', { instant: formatInstant(instant) });
  const controls = (
    <Space size={8} className="crp-no-print" wrap>
      <Select
        size="small"
        aria-label={t('complaints.status')}
        style={{ minWidth: 120 }}
        value={state.status ?? 'ALL'}
        options={[
          { value: 'ALL', label: t('complaints.allStatuses') },
          ...COMPLAINT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) })),
        ]}
        onChange={(value) =>
          update({ status: value === 'ALL' ? null : (value as (typeof COMPLAINT_STATUSES)[number]), pages: [] })
        }
      />
      <ReceivedOrder size="small" value={state.sort} onChange={(sort) => update({ sort, pages: [] })} />
    </Space>
  );
  return (
    <DataCard
      title={
        <span>
          {t('complaints.title')} {controls}{' '}
          <Typography.Text type="secondary" className="crp-status-at" style={{ fontSize: 12, fontWeight: 'normal' }}>
            {statusAt}
          </Typography.Text>
        </span>
      }
      fetching={result.fetching}
      error={result.error}
      empty={result.data?.complaints.totalCount === 0}
      onRetry={() => reload({ requestPolicy: 'network-only' })}
      skeletonRows={10}
      extra={
        exported && (
          <span title={t('complaints.exportNote')}>
            <ExportMenu
              {...describeExport(
                {
                  ...exportSubject,
                  what: t('complaints.sheet'),
                  filter: [exportSubject.filter, state.status ? t(`status.${state.status}`) : '']
                    .filter(Boolean)
                    .join(' · '),
                  asOf: t('export.instant', { instant: formatInstant(instant) }),
                },
                t,
              )}
              sheetName={t('complaints.sheet')}
              columns={exported.columns}
              rows={exported.rows}
            />
          </span>
        )
      }
    >
      {result.data && (
        <ComplaintList
          connection={result.data.complaints}
          page={state.pages.length + 1}
          pageSize={PAGE_SIZE}
          complaintHref={(ref) => complaintPath(ref, search)}
          order={state.sort}
          onOrderChange={(sort) => update({ sort, pages: [] })}
          onFirst={() => update({ pages: [] })}
          onPrevious={() => update({ pages: state.pages.slice(0, -1) })}
          onNext={(cursor) => update({ pages: [...state.pages, cursor] })}
        />
      )}
    </DataCard>
  );
}

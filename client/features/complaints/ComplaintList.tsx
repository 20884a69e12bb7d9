import { Button, Flex, Space, Table, Tag, Typography } from 'antd';
import type { SortOrder } from 'antd/es/table/interface';
import { useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { byNumber, byText, type RowCompare } from '../../components/table-sort';
import type { ExportColumn } from '../../export/table-export';
import { formatDecimal, formatInteger } from '../../format/number';
import { formatInstant } from '../../format/shanghai-date';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { ComplaintList_ConnectionFragment, ComplaintOrder } from '../../gql/graphql';
import { useLanguage } from '../../i18n';
import type { Language } from '../../i18n/languages';
import { unitName } from '../units/unit-name';

// A page of complaints: ref (to the detail), receipt, channel, line, category, responsible unit,
// status (at the query's $asOf, the instant the list's status filter and the backlog judge at),
// deadline, closure. Pages move forward by keyset cursor; "previous" returns along the cursors
// already passed. The list is in the server's order of receipt (newest or oldest first, the receipt
// column's sorter); every other column sorts the page shown, not the whole list. A query spreading
// this fragment declares $asOf: DateTime.
export const ComplaintList_connection = graphql(`
  fragment ComplaintList_connection on ComplaintConnection {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        ref
        receivedAt
        channel
        line
        category
        status(asOf: $asOf)
        dueAt
        closedAt
        handlingDays
        unit {
          code
          nameZh
          nameEn
        }
      }
    }
  }
`);

type Row = ComplaintList_ConnectionFragment['edges'][number]['node'];

const STATUS_COLOR = { OPEN: 'blue', OVERDUE: 'red', CLOSED: 'default' } as const;

export function complaintExport(
  masked: FragmentType<typeof ComplaintList_connection>,
  t: TFunction,
  language: Language,
) {
  const connection = getFragmentData(ComplaintList_connection, masked);
  const columns: ExportColumn<Row>[] = [
    { header: t('complaints.ref'), value: (row) => row.ref },
    { header: t('complaints.receivedAt'), value: (row) => formatInstant(row.receivedAt) },
    { header: t('complaints.channel'), value: (row) => t(`channel.${row.channel}`) },
    { header: t('complaints.line'), value: (row) => t(`line.${row.line}`) },
    { header: t('complaints.category'), value: (row) => t(`category.${row.category}`) },
    { header: t('complaints.unit'), value: (row) => unitName(row.unit, language) },
    { header: t('complaints.status'), value: (row) => t(`status.${row.status}`) },
    { header: t('complaints.dueAt'), value: (row) => (row.dueAt ? formatInstant(row.dueAt) : t('deadline.paused')) },
    { header: t('complaints.closedAt'), value: (row) => (row.closedAt ? formatInstant(row.closedAt) : null) },
    {
      header: t('complaints.handlingDays'),
      value: (row) => (row.handlingDays == null ? null : Math.round(row.handlingDays * 100) / 100),
      numFmt: '0.00',
    },
  ];
  return { columns, rows: connection.edges.map((edge) => edge.node) };
}

export interface ComplaintListProps {
  connection: FragmentType<typeof ComplaintList_connection>;
  /** 1 for the first page. */
  page: number;
  pageSize: number;
  complaintHref: (ref: string) => string;
  onFirst: () => void;
  onPrevious: () => void;
  onNext: (cursor: string) => void;
  /** The server's order, shown on the receipt column; without it that column sorts the page too. */
  order?: ComplaintOrder;
  onOrderChange?: (order: ComplaintOrder) => void;
}

const instant = (value: string | null | undefined) => (value ? Date.parse(value) : null);

export function ComplaintList(props: ComplaintListProps) {
  const connection = getFragmentData(ComplaintList_connection, props.connection);
  const { t } = useTranslation();
  const language = useLanguage();
  const { hasNextPage, endCursor } = connection.pageInfo;
  // The column that sorts the page shown, if any (then the receipt column shows no order of its own).
  const [local, setLocal] = useState<{ key: string; order: SortOrder } | null>(null);
  // Given the server's order and a way to change it, the receipt column asks the server to sort.
  const onOrderChange = props.order !== undefined ? props.onOrderChange : undefined;
  const sorting = (key: string, compare: RowCompare<Row>) => ({
    sorter: compare,
    sortOrder: local?.key === key ? local.order : null,
  });
  const receivedSorting = onOrderChange
    ? {
        sorter: true,
        sortOrder: local ? null : props.order === 'RECEIVED_ASC' ? ('ascend' as const) : ('descend' as const),
      }
    : sorting(
        'receivedAt',
        byNumber((row) => instant(row.receivedAt)),
      );
  const label = (prefix: 'channel' | 'line' | 'category' | 'status', value: (row: Row) => string) =>
    byText<Row>((row) => t(`${prefix}.${value(row)}` as never));
  return (
    <Flex vertical gap={8}>
      <Table<Row>
        size="small"
        rowKey="ref"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={connection.edges.map((edge) => edge.node)}
        onChange={(_pagination, _filters, sorter) => {
          const { columnKey, order } = Array.isArray(sorter) ? sorter[0] : sorter;
          if (onOrderChange && columnKey === 'receivedAt') {
            setLocal(null);
            onOrderChange(order === 'ascend' ? 'RECEIVED_ASC' : 'RECEIVED_DESC');
          } else {
            setLocal(order ? { key: String(columnKey), order } : null);
          }
        }}
        columns={[
          {
            key: 'ref',
            title: t('complaints.ref'),
            ...sorting(
              'ref',
              byText((row) => row.ref),
            ),
            render: (_, row) => <Link to={props.complaintHref(row.ref)}>{row.ref}</Link>,
          },
          {
            key: 'receivedAt',
            title: t('complaints.receivedAt'),
            ...receivedSorting,
            render: (_, row) => formatInstant(row.receivedAt),
          },
          {
            key: 'channel',
            title: t('complaints.channel'),
            ...sorting(
              'channel',
              label('channel', (row) => row.channel),
            ),
            render: (_, row) => t(`channel.${row.channel}`),
          },
          {
            key: 'line',
            title: t('complaints.line'),
            ...sorting(
              'line',
              label('line', (row) => row.line),
            ),
            render: (_, row) => t(`line.${row.line}`),
          },
          {
            key: 'category',
            title: t('complaints.category'),
            ...sorting(
              'category',
              label('category', (row) => row.category),
            ),
            render: (_, row) => t(`category.${row.category}`),
          },
          {
            key: 'unit',
            title: t('complaints.unit'),
            ...sorting(
              'unit',
              byText((row) => unitName(row.unit, language)),
            ),
            render: (_, row) => unitName(row.unit, language),
          },
          {
            key: 'status',
            title: t('complaints.status'),
            ...sorting(
              'status',
              label('status', (row) => row.status),
            ),
            render: (_, row) => <Tag color={STATUS_COLOR[row.status]}>{t(`status.${row.status}`)}</Tag>,
          },
          {
            key: 'dueAt',
            title: t('complaints.dueAt'),
            ...sorting(
              'dueAt',
              byNumber((row) => instant(row.dueAt)),
            ),
            render: (_, row) => (row.dueAt ? formatInstant(row.dueAt) : t('deadline.paused')),
          },
          {
            key: 'closedAt',
            title: t('complaints.closedAt'),
            ...sorting(
              'closedAt',
              byNumber((row) => instant(row.closedAt)),
            ),
            render: (_, row) => formatInstant(row.closedAt),
          },
          {
            key: 'handlingDays',
            title: t('complaints.handlingDays'),
            align: 'right',
            ...sorting(
              'handlingDays',
              byNumber((row) => row.handlingDays),
            ),
            render: (_, row) => formatDecimal(row.handlingDays, 2, language),
          },
        ]}
      />
      <Flex justify="space-between" align="center" className="crp-no-print">
        <Typography.Text type="secondary">
          {t('complaints.total', { count: formatInteger(connection.totalCount, language) as never })} ·{' '}
          {t('complaints.page', { page: props.page })}
        </Typography.Text>
        <Space>
          <Button size="small" disabled={props.page === 1} onClick={props.onFirst}>
            {t('complaints.first')}
          </Button>
          <Button size="small" disabled={props.page === 1} onClick={props.onPrevious}>
            {t('complaints.previous')}
          </Button>
          <Button
            size="small"
            disabled={!hasNextPage || !endCursor}
            onClick={() => endCursor && props.onNext(endCursor)}
          >
            {t('complaints.next')}
          </Button>
        </Space>
      </Flex>
    </Flex>
  );
}

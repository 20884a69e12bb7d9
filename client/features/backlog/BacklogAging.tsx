import { Flex, Table, Typography } from 'antd';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { EChart } from '../../components/charts/EChart';
import { columnOption } from '../../components/charts/options';
import { byNumber } from '../../components/table-sort';
import type { ExportColumn } from '../../export/table-export';
import { formatInteger } from '../../format/number';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { AgingBucketKey, BacklogAging_AgingFragment } from '../../gql/graphql';
import { useLanguage } from '../../i18n';

// The open complaints at an instant by days past their deadline; overdue buckets in the warning
// colour. Every count opens the complaints behind it: the total is OPEN_BACKLOG at the instant, the
// overdue ones OVERDUE_OPEN; a bucket is no figure of its own, so it opens the figure it is part of
// (not yet due and paused: the backlog; overdue buckets: the overdue) and says so.
export const BacklogAging_aging = graphql(`
  fragment BacklogAging_aging on BacklogAging {
    asOf
    total
    overdue
    buckets {
      key
      count
    }
  }
`);

type Bucket = BacklogAging_AgingFragment['buckets'][number];

export function agingExport(masked: FragmentType<typeof BacklogAging_aging>, t: TFunction) {
  const aging = getFragmentData(BacklogAging_aging, masked);
  const columns: ExportColumn<Bucket>[] = [
    { header: t('unitView.bucket'), value: (bucket) => t(`unitView.agingBucket.${bucket.key}`) },
    { header: t('unitView.count'), value: (bucket) => bucket.count, numFmt: '#,##0' },
  ];
  return { columns, rows: aging.buckets };
}

export type BacklogFigure = 'OPEN_BACKLOG' | 'OVERDUE_OPEN';

/** Not yet due, or paused (RULES.md §3): open, never overdue. */
const notOverdue = (key: AgingBucketKey) => key === 'NOT_DUE' || key === 'PAUSED';

/** The figure a bucket is part of. */
export const bucketFigure = (key: AgingBucketKey): BacklogFigure => (notOverdue(key) ? 'OPEN_BACKLOG' : 'OVERDUE_OPEN');

export interface BacklogAgingProps {
  aging: FragmentType<typeof BacklogAging_aging>;
  /** The complaints behind a backlog figure at the instant (from a bucket: named), or null. */
  figureHref?: (figure: BacklogFigure, bucket?: AgingBucketKey) => string | null;
}

export function BacklogAging(props: BacklogAgingProps) {
  const aging = getFragmentData(BacklogAging_aging, props.aging);
  const { t } = useTranslation();
  const language = useLanguage();
  const navigate = useNavigate();
  const label = (bucket: Bucket) => t(`unitView.agingBucket.${bucket.key}`);
  const link = (figure: BacklogFigure, text: ReactNode, bucket?: Bucket) => {
    const href = props.figureHref?.(figure, bucket?.key) ?? null;
    if (!href) return text;
    const title = bucket
      ? t('unitView.bucketLink', { bucket: label(bucket), figure: t(`unitView.backlogFigure.${figure}`) })
      : undefined;
    return (
      <Link to={href} title={title} className="crp-figure-link">
        {text}
      </Link>
    );
  };
  return (
    <Flex vertical gap={12}>
      <Typography.Text>
        {link('OPEN_BACKLOG', t('unitView.agingOpen', { total: formatInteger(aging.total, language) }))}
        {t('unitView.agingSeparator')}
        {link('OVERDUE_OPEN', t('unitView.agingOverdue', { overdue: formatInteger(aging.overdue, language) }))}
      </Typography.Text>
      <EChart
        label={t('unitView.bucket')}
        height={260}
        onClickItem={({ dataIndex }) => {
          const bucket = aging.buckets.at(dataIndex);
          const href = bucket && bucket.count > 0 ? props.figureHref?.(bucketFigure(bucket.key), bucket.key) : null;
          if (href) void navigate(href);
        }}
        option={columnOption({
          categories: aging.buckets.map(label),
          values: aging.buckets.map((bucket) => bucket.count),
          seriesName: t('unitView.count'),
          format: (v) => formatInteger(v, language),
          axisFormat: (v) => formatInteger(v, language),
          warn: aging.buckets.map((bucket) => !notOverdue(bucket.key)),
        })}
      />
      <Table<Bucket>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={[...aging.buckets]}
        columns={[
          // Buckets sort by age (their own order), not by their names.
          {
            key: 'bucket',
            title: t('unitView.bucket'),
            sorter: byNumber((bucket) => aging.buckets.indexOf(bucket)),
            render: (_, bucket) => label(bucket),
          },
          {
            key: 'count',
            title: t('unitView.count'),
            align: 'right',
            sorter: byNumber((bucket) => bucket.count),
            render: (_, bucket) =>
              bucket.count > 0
                ? link(bucketFigure(bucket.key), formatInteger(bucket.count, language), bucket)
                : formatInteger(bucket.count, language),
          },
        ]}
      />
    </Flex>
  );
}

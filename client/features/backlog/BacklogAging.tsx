import { Flex, Table, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { EChart } from '../../components/charts/EChart';
import { columnOption } from '../../components/charts/options';
import { byNumber } from '../../components/table-sort';
import type { ExportColumn } from '../../export/table-export';
import { formatInteger } from '../../format/number';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { BacklogAging_AgingFragment } from '../../gql/graphql';
import { useLanguage } from '../../i18n';

// The open complaints at an instant by days past their deadline; overdue buckets in the warning colour.
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

export function BacklogAging(props: { aging: FragmentType<typeof BacklogAging_aging> }) {
  const aging = getFragmentData(BacklogAging_aging, props.aging);
  const { t } = useTranslation();
  const language = useLanguage();
  const label = (bucket: Bucket) => t(`unitView.agingBucket.${bucket.key}`);
  return (
    <Flex vertical gap={12}>
      <Typography.Text>
        {t('unitView.agingTotal', { total: formatInteger(aging.total, language), overdue: formatInteger(aging.overdue, language) })}
      </Typography.Text>
      <EChart
        label={t('unitView.bucket')}
        height={260}
        option={columnOption({
          categories: aging.buckets.map(label),
          values: aging.buckets.map((bucket) => bucket.count),
          seriesName: t('unitView.count'),
          format: (v) => formatInteger(v, language),
          axisFormat: (v) => formatInteger(v, language),
          warn: aging.buckets.map((bucket) => bucket.key !== 'NOT_DUE'),
        })}
      />
      <Table<Bucket>
        size="small"
        rowKey="key"
        pagination={false}
        dataSource={[...aging.buckets]}
        columns={[
          // Buckets sort by age (their own order), not by their names.
          { key: 'bucket', title: t('unitView.bucket'), sorter: byNumber((bucket) => aging.buckets.indexOf(bucket)), render: (_, bucket) => label(bucket) },
          { key: 'count', title: t('unitView.count'), align: 'right', sorter: byNumber((bucket) => bucket.count), render: (_, bucket) => formatInteger(bucket.count, language) },
        ]}
      />
    </Flex>
  );
}

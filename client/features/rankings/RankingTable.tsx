import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Movement } from '../../components/Movement';
import { ChangeText } from '../../components/ChangeText';
import { byNumber, byText } from '../../components/table-sort';
import { formatMetricChange, formatMetricValue, judgeChange } from '../../format/metric';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { RankingTable_RowFragment } from '../../gql/graphql';
import { useLanguage } from '../../i18n';
import { metricLabel, type MetricDefinition } from '../metrics';
import { unitName } from '../units/unit-name';

// The ranking as a table: rank, previous rank, the movement between them, the value, the previous
// value and the change, each column sortable. The highlighted unit's row stands out; a unit's name
// leads to its page.
export const RankingTable_row = graphql(`
  fragment RankingTable_row on RankingRow {
    unit {
      code
      nameZh
      nameEn
    }
    value
    rank
    previousValue
    previousRank
    movement
  }
`);

export interface RankingTableProps {
  rows: readonly FragmentType<typeof RankingTable_row>[];
  definition: MetricDefinition;
  highlight: string | null;
  /** The link to a unit's page, or null where the viewer may not open it. */
  unitHref(code: string): string | null;
  onHighlight(code: string): void;
}

export function RankingTable({ rows: masked, definition, highlight, unitHref, onHighlight }: RankingTableProps) {
  const rows = getFragmentData(RankingTable_row, masked);
  const { t } = useTranslation();
  const language = useLanguage();
  const metric = metricLabel(definition, language);
  const value = (v: number | null | undefined) => formatMetricValue(v, definition.unit, language);
  const change = (row: RankingTable_RowFragment) => (row.value == null || row.previousValue == null ? null : row.value - row.previousValue);

  return (
    <Table<RankingTable_RowFragment>
      size="small"
      rowKey={(row) => row.unit.code}
      dataSource={[...rows]}
      pagination={false}
      // No sticky header: it is a table of its own, which paper would not repeat on every page.
      scroll={{ x: 'max-content' }}
      rowClassName={(row) => (row.unit.code === highlight ? 'crp-row-highlight' : '')}
      onRow={(row) => ({ onClick: () => onHighlight(row.unit.code) })}
      columns={[
        { key: 'rank', title: t('rankings.rank'), width: 64, align: 'right', sorter: byNumber((row) => row.rank), render: (_, row) => row.rank ?? '—' },
        {
          key: 'previousRank',
          title: t('rankings.previousRank'),
          align: 'right',
          sorter: byNumber((row) => row.previousRank),
          render: (_, row) => row.previousRank ?? '—',
        },
        {
          key: 'movement',
          title: t('rankings.movement'),
          align: 'center',
          sorter: byNumber((row) => row.movement),
          render: (_, row) => <Movement value={row.movement} />,
        },
        {
          key: 'unit',
          title: t('rankings.unit'),
          sorter: byText((row) => unitName(row.unit, language)),
          render: (_, row) => {
            const href = unitHref(row.unit.code);
            const name = unitName(row.unit, language);
            return href ? <Link to={href} onClick={(event) => event.stopPropagation()}>{name}</Link> : name;
          },
        },
        {
          key: 'value',
          title: metric,
          align: 'right',
          sorter: byNumber((row) => row.value),
          render: (_, row) => <Typography.Text strong>{value(row.value)}</Typography.Text>,
        },
        { key: 'previousValue', title: t('metric.previous'), align: 'right', sorter: byNumber((row) => row.previousValue), render: (_, row) => value(row.previousValue) },
        {
          key: 'change',
          title: t('metric.change'),
          align: 'right',
          sorter: byNumber(change),
          render: (_, row) => {
            const difference = change(row);
            return <ChangeText text={formatMetricChange(difference, definition.unit, language)} judgement={judgeChange(difference, definition.better)} />;
          },
        },
      ]}
    />
  );
}

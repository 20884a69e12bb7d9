import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { byNumber, byText } from '../../components/table-sort';
import { formatDecimal } from '../../format/number';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { ScoreRankingTable_RowFragment } from '../../gql/graphql';
import { useLanguage } from '../../i18n';
import { unitName } from '../units/unit-name';

// The ranking of scorecard totals: ties share a rank and say so (并列); the change against last year's
// total; the items without a value flagged. A row the viewer may open selects that unit's scorecard.
export const ScoreRankingTable_row = graphql(`
  fragment ScoreRankingTable_row on ScorecardRankingRow {
    unit {
      code
      nameZh
      nameEn
    }
    total
    rank
    noValueCount
    previousTotal
  }
`);

export interface ScoreRankingTableProps {
  rows: readonly FragmentType<typeof ScoreRankingTable_row>[];
  selected: string | null;
  /** Whether the viewer may see a unit's items (its own units; every unit for headquarters). */
  maySelect: (code: string) => boolean;
  onSelect: (code: string) => void;
}

export function ScoreRankingTable({ rows: masked, selected, maySelect, onSelect }: ScoreRankingTableProps) {
  const rows = getFragmentData(ScoreRankingTable_row, masked);
  const { t } = useTranslation();
  const language = useLanguage();
  const tied = (rank: number) => rows.filter((row) => row.rank === rank).length > 1;
  return (
    <Table<ScoreRankingTable_RowFragment>
      size="small"
      rowKey={(row) => row.unit.code}
      dataSource={[...rows]}
      pagination={false}
      scroll={{ x: 'max-content' }}
      rowClassName={(row) => (row.unit.code === selected ? 'crp-row-highlight' : '')}
      onRow={(row) => ({
        onClick: () => maySelect(row.unit.code) && onSelect(row.unit.code),
        style: maySelect(row.unit.code) ? { cursor: 'pointer' } : undefined,
      })}
      columns={[
        {
          key: 'rank',
          title: t('scorecard.rank'),
          width: 88,
          align: 'right',
          sorter: byNumber((row) => row.rank),
          render: (_, row) => (tied(row.rank) ? t('scorecard.tiedRank', { rank: row.rank }) : row.rank),
        },
        {
          key: 'unit',
          title: t('scorecard.unit'),
          sorter: byText((row) => unitName(row.unit, language)),
          render: (_, row) => unitName(row.unit, language),
        },
        {
          key: 'total',
          title: t('scorecard.total'),
          align: 'right',
          sorter: byNumber((row) => row.total),
          render: (_, row) => formatDecimal(row.total, 2, language),
        },
        {
          key: 'previousTotal',
          title: t('scorecard.previousTotal'),
          align: 'right',
          sorter: byNumber((row) => row.previousTotal),
          render: (_, row) => formatDecimal(row.previousTotal, 2, language),
        },
        {
          key: 'change',
          title: t('scorecard.change'),
          align: 'right',
          render: (_, row) =>
            row.previousTotal == null
              ? '—'
              : `${row.total >= row.previousTotal ? '+' : ''}${formatDecimal(row.total - row.previousTotal, 2, language)}`,
        },
        {
          key: 'noValue',
          title: t('scorecard.flags'),
          render: (_, row) =>
            row.noValueCount != null && row.noValueCount > 0 ? (
              <Tag color="warning">{t('scorecard.noValueCount', { count: row.noValueCount })}</Tag>
            ) : null,
        },
      ]}
    />
  );
}

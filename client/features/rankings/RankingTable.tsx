import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ReactNode } from 'react';
import { BasisTag } from '../../components/BasisTag';
import { Movement } from '../../components/Movement';
import { ChangeText } from '../../components/ChangeText';
import { byNumber, byText } from '../../components/table-sort';
import { type Basis, formatMetricChange, formatMetricValue, judgeChange, judgeMovement } from '../../format/metric';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { RankingTable_RowFragment } from '../../gql/graphql';
import { useLanguage } from '../../i18n';
import { MetricLabel, type MetricDefinition } from '../metrics';
import { unitName } from '../units/unit-name';

// The ranking as a table: rank, previous rank, the movement between them (judged by the order and
// the metric's direction), the value with its basis, the previous value and the change, each column
// sortable; under the units, the reference lines (the company figure, a regulator's jurisdiction
// total). The highlighted unit's row stands out; a unit's name leads to its page.
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

/** A line under the ranked units: the company figure, or the jurisdiction's total. */
export interface RankingReference {
  key: string;
  label: string;
  value: number | null | undefined;
}

export interface RankingTableProps {
  rows: readonly FragmentType<typeof RankingTable_row>[];
  definition: MetricDefinition;
  order: 'ASC' | 'DESC';
  basis: Basis | null;
  /** The rank column's header: 排名, or 辖区内排名 for a regulator. */
  rankLabel?: string;
  references?: readonly RankingReference[];
  highlight: string | null;
  /** The link to a unit's page, or null where the viewer may not open it. */
  unitHref: (code: string) => string | null;
  /** The complaints behind a unit's value, or null (a peer seen by name only, a metric without complaints). */
  valueHref?: (code: string) => string | null;
  onHighlight: (code: string) => void;
  /**
   * Whether the table scrolls sideways itself when wider than its card. Off inside a box that scrolls
   * it already (the overview's, `crp-table-box` in global.css keeps it as wide as its content): antd's
   * own scrolling measures every column once drawn and then draws the table again with their widths,
   * which the overview's first view would wait for.
   */
  scrollsSideways?: boolean;
}

export function RankingTable(props: RankingTableProps) {
  const {
    rows: masked,
    definition,
    order,
    basis,
    highlight,
    unitHref,
    valueHref,
    onHighlight,
    references = [],
    scrollsSideways = true,
  } = props;
  const rows = getFragmentData(RankingTable_row, masked);
  const { t } = useTranslation();
  const language = useLanguage();
  const value = (v: number | null | undefined) => formatMetricValue(v, definition.unit, language);
  const change = (row: RankingTable_RowFragment) =>
    row.value == null || row.previousValue == null ? null : row.value - row.previousValue;

  return (
    <Table<RankingTable_RowFragment>
      size="small"
      rowKey={(row) => row.unit.code}
      dataSource={[...rows]}
      pagination={false}
      // No sticky header: it is a table of its own, which paper would not repeat on every page.
      scroll={scrollsSideways ? { x: 'max-content' } : undefined}
      rowClassName={(row) => (row.unit.code === highlight ? 'crp-row-highlight' : '')}
      onRow={(row) => ({ onClick: () => onHighlight(row.unit.code) })}
      columns={[
        {
          key: 'rank',
          title: props.rankLabel ?? t('rankings.rank'),
          width: 64,
          align: 'right',
          sorter: byNumber((row) => row.rank),
          render: (_, row) => row.rank ?? '—',
        },
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
          render: (_, row) => (
            <Movement value={row.movement} judgement={judgeMovement(row.movement, definition.better, order)} />
          ),
        },
        {
          key: 'unit',
          title: t('rankings.unit'),
          sorter: byText((row) => unitName(row.unit, language)),
          render: (_, row) => {
            const href = unitHref(row.unit.code);
            const name = unitName(row.unit, language);
            return href ? (
              <Link to={href} onClick={(event) => event.stopPropagation()}>
                {name}
              </Link>
            ) : (
              name
            );
          },
        },
        {
          key: 'value',
          title: (
            <span>
              <MetricLabel definition={definition} />
              <BasisTag basis={basis} />
            </span>
          ),
          align: 'right',
          sorter: byNumber((row) => row.value),
          render: (_, row) => {
            const href = row.value == null ? null : (valueHref?.(row.unit.code) ?? null);
            return href ? (
              <Link to={href} className="crp-figure-link" onClick={(event) => event.stopPropagation()}>
                <strong>{value(row.value)}</strong>
              </Link>
            ) : (
              <Typography.Text strong>{value(row.value)}</Typography.Text>
            );
          },
        },
        {
          key: 'previousValue',
          title: t('metric.previous'),
          align: 'right',
          sorter: byNumber((row) => row.previousValue),
          render: (_, row) => value(row.previousValue),
        },
        {
          key: 'change',
          title: t('metric.change'),
          align: 'right',
          sorter: byNumber(change),
          render: (_, row) => {
            const difference = change(row);
            return (
              <ChangeText
                text={formatMetricChange(difference, definition.unit, language)}
                judgement={judgeChange(difference, definition.better)}
              />
            );
          },
        },
      ]}
      summary={() =>
        references.map((reference) => (
          <ReferenceRow key={reference.key} label={reference.label} value={value(reference.value)} />
        ))
      }
    />
  );
}

function ReferenceRow({ label, value }: { label: string; value: ReactNode }) {
  return (
    <Table.Summary.Row className="crp-row-reference">
      <Table.Summary.Cell index={0} colSpan={4}>
        <Typography.Text type="secondary">{label}</Typography.Text>
      </Table.Summary.Cell>
      <Table.Summary.Cell index={4} align="right">
        {value}
      </Table.Summary.Cell>
      <Table.Summary.Cell index={5} colSpan={2} />
    </Table.Summary.Row>
  );
}

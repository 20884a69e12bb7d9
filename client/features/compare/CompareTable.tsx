import { Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { BasisTag } from '../../components/BasisTag';
import { ChangeText } from '../../components/ChangeText';
import { byNumber, byText, pinnedLast, type RowCompare } from '../../components/table-sort';
import type { ExportColumn } from '../../export/table-export';
import {
  type Basis,
  exportMetricValue,
  formatComparison,
  formatMetricValue,
  judgeChange,
  metricNumFmt,
} from '../../format/metric';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { CompareTable_TableFragment, MetricKey } from '../../gql/graphql';
import { useLanguage } from '../../i18n';
import type { Language } from '../../i18n/languages';
import { companyLabel, MetricLabel, metricLabel, type MetricDefinitions } from '../metrics';
import { unitName } from '../units/unit-name';

// Units side by side on several metrics (each header with its basis), each figure with its 同比
// (coloured and worded by the metric's direction), and under them the company figure (全公司合计 for
// counts, 全公司水平 for ratios; a row of both says which cell is which), the units' mean and their
// median, each labelled as what it is.
export const CompareTable_table = graphql(`
  fragment CompareTable_table on CompareTable {
    columns {
      metric {
        key
        labelZh
        labelEn
        unit
        better
        additive
      }
      benchmark {
        value
        change
        changeRate
      }
      peerMean
      peerMedian
    }
    rows {
      unit {
        code
        nameZh
        nameEn
      }
      values {
        metric
        value
        change
        changeRate
      }
    }
  }
`);

type Table = CompareTable_TableFragment;
interface Figure {
  value?: number | null;
  change?: number | null;
  changeRate?: number | null;
}
/** A table line: a unit, or one of the reference lines under them. */
interface Line {
  key: string;
  name: string;
  href: string | null;
  figures: readonly (Figure | null)[];
  reference: boolean;
}

function lines(table: Table, t: TFunction, language: Language, unitHref: (code: string) => string | null): Line[] {
  return [
    ...table.rows.map((row) => ({
      key: row.unit.code,
      name: unitName(row.unit, language),
      href: unitHref(row.unit.code),
      figures: row.values,
      reference: false,
    })),
    {
      key: '~benchmark',
      name: companyLabel(
        table.columns.map((c) => c.metric),
        t,
      ),
      href: null,
      figures: table.columns.map((c) => c.benchmark),
      reference: true,
    },
    {
      key: '~mean',
      name: t('metric.peerMean'),
      href: null,
      figures: table.columns.map((c) => ({ value: c.peerMean })),
      reference: true,
    },
    {
      key: '~median',
      name: t('metric.peerMedian'),
      href: null,
      figures: table.columns.map((c) => ({ value: c.peerMedian })),
      reference: true,
    },
  ];
}

/** The export: a unit column, then per metric its value and 同比 (points for a rate), as numbers. */
export function compareExportColumns(table: Table, t: TFunction, language: Language): ExportColumn<Line>[] {
  return [
    { header: t('compare.unit'), value: (line) => line.name },
    ...table.columns.flatMap((column, index): ExportColumn<Line>[] => {
      const { unit } = column.metric;
      const label = metricLabel(column.metric, language);
      const rate = unit === 'FRACTION';
      return [
        {
          header: label,
          value: (line) => exportMetricValue(line.figures[index]?.value, unit),
          numFmt: metricNumFmt(unit),
        },
        // A rate's change goes out in points (3.11), like the screen's +3.11 个百分点; others as a fraction.
        rate
          ? {
              header: t('compare.pointsHeader', { metric: label }),
              value: (line) => {
                const change = line.figures[index]?.change;
                return change == null ? null : Math.round(change * 10000) / 100;
              },
              numFmt: '0.00',
            }
          : {
              header: t('compare.changeRateHeader', { metric: label }),
              value: (line) => exportMetricValue(line.figures[index]?.changeRate, 'FRACTION'),
              numFmt: '0.00%',
            },
        {
          header: t('compare.judgedHeader', { metric: label }),
          value: (line) => {
            const judgement = judgeChange(line.figures[index]?.change, column.metric.better);
            return judgement === 'none' ? null : t(`figure.${judgement}`);
          },
        },
      ];
    }),
  ];
}

export interface CompareTableProps {
  table: FragmentType<typeof CompareTable_table>;
  /** The basis of a metric's figures under the view's filter (null: the metric counts no complaints). */
  basisOf: (metric: MetricKey) => Basis | null;
  /** The registry's definitions, shown on the metric headers. */
  definitions?: MetricDefinitions | null;
  /** The complaints behind a unit's figure, or null where none can be listed. */
  figureHref?: (unit: string, metric: MetricKey) => string | null;
  unitHref: (code: string) => string | null;
  /** Leave out the mean and median lines (a unit's children are not peers chosen for comparison). */
  references?: 'all' | 'benchmark';
}

export function CompareTable(props: CompareTableProps) {
  const table = getFragmentData(CompareTable_table, props.table);
  const { t } = useTranslation();
  const language = useLanguage();
  const shown = withReferences(lines(table, t, language, props.unitHref), props.references);
  const mixed = new Set(table.columns.map((column) => column.metric.additive)).size > 1;
  // Sorting reorders the units; the company figure, mean and median stay under them.
  const sorter = (compare: RowCompare<Line>) => pinnedLast<Line>((line) => line.reference, compare);

  const columns: ColumnsType<Line> = [
    {
      key: 'unit',
      title: t('compare.unit'),
      fixed: 'left',
      sorter: sorter(byText((line) => line.name)),
      render: (_, line) =>
        line.reference ? (
          <Typography.Text type="secondary">{line.name}</Typography.Text>
        ) : line.href ? (
          <Link to={line.href}>{line.name}</Link>
        ) : (
          line.name
        ),
    },
    ...table.columns.map((column, index) => {
      const definition = props.definitions?.get(column.metric.key);
      return {
        key: column.metric.key,
        title: (
          <span>
            {definition ? <MetricLabel definition={definition} /> : metricLabel(column.metric, language)}
            <BasisTag basis={props.basisOf(column.metric.key)} />
          </span>
        ),
        align: 'right' as const,
        sorter: sorter(byNumber((line) => line.figures[index]?.value)),
        render: (_: unknown, line: Line) => {
          const figure = line.figures[index];
          if (!figure) return '—';
          const hasChange = figure.change !== undefined;
          // In a company row of counts and ratios, each cell says whether it is a total or a level.
          const kind =
            mixed && line.key === '~benchmark'
              ? t(column.metric.additive ? 'figure.totalShort' : 'figure.levelShort')
              : null;
          const text = formatMetricValue(figure.value, column.metric.unit, language);
          const href =
            line.reference || figure.value == null ? null : (props.figureHref?.(line.key, column.metric.key) ?? null);
          return (
            <div>
              {kind && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {kind}{' '}
                </Typography.Text>
              )}
              {href ? (
                <Link to={href} className="crp-figure-link">
                  <strong>{text}</strong>
                </Link>
              ) : (
                <Typography.Text strong={!line.reference}>{text}</Typography.Text>
              )}
              {hasChange && (
                <div style={{ fontSize: 12 }}>
                  <ChangeText
                    text={formatComparison(figure, column.metric.unit, language)}
                    judgement={judgeChange(figure.change, column.metric.better)}
                  />
                </div>
              )}
            </div>
          );
        },
      };
    }),
  ];

  return (
    <Table<Line>
      size="small"
      rowKey="key"
      pagination={false}
      scroll={{ x: 'max-content' }}
      dataSource={shown}
      rowClassName={(line) => (line.reference ? 'crp-row-reference' : '')}
      columns={columns}
    />
  );
}

function withReferences(all: Line[], references: CompareTableProps['references'] = 'all'): Line[] {
  return references === 'benchmark' ? all.filter((line) => line.key !== '~mean' && line.key !== '~median') : all;
}

/** The lines of the table as shown, for the export. */
export function compareLines(
  masked: FragmentType<typeof CompareTable_table>,
  t: TFunction,
  language: Language,
  references?: CompareTableProps['references'],
) {
  const table = getFragmentData(CompareTable_table, masked);
  return {
    table,
    lines: withReferences(
      lines(table, t, language, () => null),
      references,
    ),
  };
}

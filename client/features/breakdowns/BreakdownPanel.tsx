import { Flex, Table, Typography } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { ChangeText } from '../../components/ChangeText';
import { EChart } from '../../components/charts/EChart';
import { columnOption } from '../../components/charts/options';
import { byNumber, byText } from '../../components/table-sort';
import type { ExportColumn } from '../../export/table-export';
import { exportMetricValue, formatComparison, formatMetricValue, judgeChange, metricNumFmt } from '../../format/metric';
import { formatPercent } from '../../format/number';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import type { BreakdownPanel_BreakdownFragment } from '../../gql/graphql';
import { useLanguage } from '../../i18n';
import type { Language } from '../../i18n/languages';
import { metricLabel } from '../metrics';
import { axisFormatter } from '../trends';

// A unit's metric split by category, channel, line or child unit, largest first: columns with the
// running share (Pareto) for a metric that adds up, and the table beside them; a bar or a value
// opens the complaints behind it.
export const BreakdownPanel_breakdown = graphql(`
  fragment BreakdownPanel_breakdown on Breakdown {
    by
    metric {
      key
      labelZh
      labelEn
      unit
      better
      additive
    }
    items {
      key
      labelZh
      labelEn
      value
      previous
      change
      changeRate
      share
      cumulativeShare
    }
  }
`);

type Breakdown = BreakdownPanel_BreakdownFragment;
type Item = Breakdown['items'][number];

const itemLabel = (item: Item, language: Language) => (language === 'en' && item.labelEn ? item.labelEn : item.labelZh);

export function breakdownExport(
  masked: FragmentType<typeof BreakdownPanel_breakdown>,
  t: TFunction,
  language: Language,
) {
  const breakdown = getFragmentData(BreakdownPanel_breakdown, masked);
  const { unit } = breakdown.metric;
  const columns: ExportColumn<Item>[] = [
    { header: t(`unitView.by.${breakdown.by}`), value: (item) => itemLabel(item, language) },
    {
      header: metricLabel(breakdown.metric, language),
      value: (item) => exportMetricValue(item.value, unit),
      numFmt: metricNumFmt(unit),
    },
    {
      header: t('metric.previous'),
      value: (item) => exportMetricValue(item.previous, unit),
      numFmt: metricNumFmt(unit),
    },
    { header: t('unitView.share'), value: (item) => exportMetricValue(item.share, 'FRACTION'), numFmt: '0.00%' },
    {
      header: t('unitView.cumulativeShare'),
      value: (item) => exportMetricValue(item.cumulativeShare, 'FRACTION'),
      numFmt: '0.00%',
    },
    {
      header: t('metric.changeRate'),
      value: (item) => exportMetricValue(item.changeRate, 'FRACTION'),
      numFmt: '0.00%',
    },
    {
      header: t('metric.changeJudged'),
      value: (item) => {
        const judgement = judgeChange(item.change, breakdown.metric.better);
        return judgement === 'none' ? null : t(`figure.${judgement}`);
      },
    },
  ];
  return { columns, rows: breakdown.items };
}

export interface BreakdownPanelProps {
  breakdown: FragmentType<typeof BreakdownPanel_breakdown>;
  /** For CHILD_UNIT: the link down to a child's page, or null where the viewer may not open it. */
  unitHref: (code: string) => string | null;
  /** The complaints behind an item's figure (the unit's figure under the item's filter, or a child's), or null. */
  itemHref?: (key: string) => string | null;
}

export function BreakdownPanel(props: BreakdownPanelProps) {
  const breakdown = getFragmentData(BreakdownPanel_breakdown, props.breakdown);
  const { t } = useTranslation();
  const language = useLanguage();
  const { metric, items } = breakdown;
  const format = (v: number | null | undefined) => formatMetricValue(v, metric.unit, language);
  const pareto = metric.additive;
  const childHref = (item: Item) => (breakdown.by === 'CHILD_UNIT' ? props.unitHref(item.key) : null);
  const navigate = useNavigate();
  const valueHref = (item: Item) => (item.value == null ? null : (props.itemHref?.(item.key) ?? null));

  return (
    <Flex vertical gap={12}>
      {!pareto && (
        <Typography.Text type="secondary">
          {t('unitView.notAdditive', { metric: metricLabel(metric, language) })}
        </Typography.Text>
      )}
      <EChart
        label={t('unitView.chartOf', { by: t(`unitView.by.${breakdown.by}`), metric: metricLabel(metric, language) })}
        height={300}
        onClickItem={({ seriesIndex, dataIndex }) => {
          const href = seriesIndex === 0 && items[dataIndex] ? valueHref(items[dataIndex]) : null;
          if (href) void navigate(href);
        }}
        option={columnOption({
          categories: items.map((item) => itemLabel(item, language)),
          values: items.map((item) => item.value ?? null),
          seriesName: metricLabel(metric, language),
          format: (v) => format(v),
          axisFormat: axisFormatter(metric, language),
          cumulative: pareto
            ? { name: t('unitView.cumulativeShare'), values: items.map((item) => item.cumulativeShare ?? null) }
            : undefined,
        })}
      />
      <Table<Item>
        size="small"
        rowKey="key"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={[...items]}
        columns={[
          {
            key: 'item',
            title: t(`unitView.by.${breakdown.by}`),
            sorter: byText((item) => itemLabel(item, language)),
            render: (_, item) => {
              const href = childHref(item);
              return href ? <Link to={href}>{itemLabel(item, language)}</Link> : itemLabel(item, language);
            },
          },
          {
            key: 'value',
            title: metricLabel(metric, language),
            align: 'right',
            sorter: byNumber((item) => item.value),
            render: (_, item) => {
              const href = valueHref(item);
              return href ? (
                <Link to={href} className="crp-figure-link">
                  {format(item.value)}
                </Link>
              ) : (
                format(item.value)
              );
            },
          },
          ...(pareto
            ? [
                {
                  key: 'share',
                  title: t('unitView.share'),
                  align: 'right' as const,
                  sorter: byNumber<Item>((item) => item.share),
                  render: (_: unknown, item: Item) => formatPercent(item.share, language),
                },
                {
                  key: 'cumulative',
                  title: t('unitView.cumulativeShare'),
                  align: 'right' as const,
                  sorter: byNumber<Item>((item) => item.cumulativeShare),
                  render: (_: unknown, item: Item) => formatPercent(item.cumulativeShare, language),
                },
              ]
            : []),
          {
            key: 'change',
            title: t('metric.changeRate'),
            align: 'right',
            // A rate's change is in points (change), any other metric's by its rate.
            sorter: byNumber((item) => (metric.unit === 'FRACTION' ? item.change : item.changeRate)),
            render: (_, item) => (
              <ChangeText
                text={formatComparison(item, metric.unit, language)}
                judgement={judgeChange(item.change, metric.better)}
              />
            ),
          },
        ]}
      />
    </Flex>
  );
}

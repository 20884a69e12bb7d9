import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { EChart } from '../../components/charts/EChart';
import { lineOption, type LineSeries } from '../../components/charts/options';
import { formatMetricValue } from '../../format/metric';
import { formatAxisNumber } from '../../format/number';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useLanguage } from '../../i18n';
import type { Language } from '../../i18n/languages';
import { metricLabel, type MetricDefinition } from '../metrics';

// A metric month by month (each point clipped to the period), with last year's line dashed beside
// it; a click on a point opens the complaints behind it (that month's, or a year earlier's).
export const TrendChart_point = graphql(`
  fragment TrendChart_point on TrendPoint {
    from
    to
    value
    previous
  }
`);

/** A point's label on the axis: 2013-01 for a whole month, 01-15~01-31 for a clipped one. */
export function pointLabel(point: { from: string; to: string }): string {
  const month = point.from.slice(0, 7);
  const wholeMonth = point.from.endsWith('-01') && point.to.slice(0, 7) === month && isLastDay(point.to);
  return wholeMonth ? month : `${point.from.slice(5)}~${point.to.slice(5)}`;
}

function isLastDay(date: string): boolean {
  const [y, m, d] = date.split('-').map(Number);
  return new Date(Date.UTC(y, m, 0)).getUTCDate() === d;
}

export function axisFormatter(definition: Pick<MetricDefinition, 'unit'>, language: Language) {
  return (v: number) => (definition.unit === 'FRACTION' ? `${Math.round(v * 100)}%` : formatAxisNumber(v, language));
}

export interface TrendChartProps {
  points: readonly FragmentType<typeof TrendChart_point>[];
  definition: MetricDefinition;
  /** The current line's name, e.g. the unit's; last year's is named after it. */
  name?: string;
  /** The complaints behind a point (its dates; last year's line: a year earlier), or null: a click opens them. */
  pointHref?: (dates: { from: string; to: string }) => string | null;
}

/** The same dates a year earlier (29 February falls back to the 28th). */
export function yearEarlier({ from, to }: { from: string; to: string }): { from: string; to: string } {
  const back = (date: string) => {
    const [y, m, d] = date.split('-').map(Number);
    const last = new Date(Date.UTC(y - 1, m, 0)).getUTCDate();
    return `${y - 1}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
  };
  return { from: back(from), to: back(to) };
}

export function TrendChart({ points: masked, definition, name, pointHref }: TrendChartProps) {
  const navigate = useNavigate();
  const points = getFragmentData(TrendChart_point, masked);
  const { t } = useTranslation();
  const language = useLanguage();
  const metric = metricLabel(definition, language);
  const series: LineSeries[] = [
    { name: name ?? t('metric.value'), values: points.map((p) => p.value ?? null) },
    { name: t('metric.previous'), values: points.map((p) => p.previous ?? null), previous: true },
  ];
  return (
    <EChart
      label={metric}
      height={300}
      onClickItem={
        pointHref &&
        (({ seriesIndex, dataIndex }) => {
          const point = points.at(dataIndex);
          const href = point && pointHref(seriesIndex === 1 ? yearEarlier(point) : point);
          if (href) void navigate(href);
        })
      }
      option={lineOption({
        categories: points.map(pointLabel),
        series,
        format: (v) => formatMetricValue(v, definition.unit, language),
        axisFormat: axisFormatter(definition, language),
      })}
    />
  );
}

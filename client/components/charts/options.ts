import type { BarSeriesOption, EChartsOption } from 'echarts';
import { CHART_COLORS } from './chart-theme';

// Chart options as pure functions of plain, already-labelled data: the views decide what to show
// and how numbers read (format), these decide how it is drawn, the same way everywhere.

type Format = (value: number) => string;

// The axis labels inside the grid's rect, the plot shrinking as far as they need (as the deprecated
// containLabel did, without the default floor of a quarter of the rect).
const LABELS_INSIDE = {
  outerBoundsMode: 'same',
  outerBoundsContain: 'axisLabel',
  outerBoundsClampWidth: 0,
  outerBoundsClampHeight: 0,
} as const;

const tooltipValue = (format: Format) => (value: unknown) => (typeof value === 'number' ? format(value) : '—');

export interface RankingBar {
  key: string;
  label: string;
  value: number | null;
}

/** Horizontal bars, rank 1 at the top, the highlighted unit in orange, the company benchmark as a line. */
export function rankingOption(input: {
  bars: readonly RankingBar[];
  highlight: string | null;
  benchmark: number | null;
  benchmarkLabel: string;
  seriesName: string;
  format: Format;
  axisFormat: Format;
}): EChartsOption {
  const { bars, highlight, benchmark } = input;
  return {
    grid: { left: 8, right: 64, top: 28, bottom: 8, ...LABELS_INSIDE },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: tooltipValue(input.format) },
    xAxis: { type: 'value', axisLabel: { formatter: input.axisFormat } },
    yAxis: { type: 'category', inverse: true, data: bars.map((bar) => bar.label), axisLabel: { interval: 0 } },
    series: [
      {
        type: 'bar',
        name: input.seriesName,
        barMaxWidth: 18,
        data: bars.map((bar) => ({
          value: bar.value,
          itemStyle: { color: bar.key === highlight ? CHART_COLORS.highlight : CHART_COLORS.primary },
        })),
        label: {
          show: true,
          position: 'right',
          formatter: (params: { value: unknown }) =>
            typeof params.value === 'number' ? input.format(params.value) : '—',
          fontSize: 11,
        },
        markLine:
          benchmark == null
            ? undefined
            : {
                symbol: 'none',
                silent: true,
                lineStyle: { color: CHART_COLORS.benchmark, type: 'dashed', width: 1.5 },
                label: {
                  formatter: `${input.benchmarkLabel} ${input.format(benchmark)}`,
                  position: 'start',
                  color: CHART_COLORS.benchmark,
                },
                data: [{ xAxis: benchmark }],
              },
      } satisfies BarSeriesOption,
    ],
  };
}

export interface LineSeries {
  name: string;
  values: readonly (number | null)[];
  /** Last year's line, drawn dashed and grey. */
  previous?: boolean;
}

/** One or more lines over the same periods (a trend beside last year, or several units overlaid). */
export function lineOption(input: {
  categories: readonly string[];
  series: readonly LineSeries[];
  format: Format;
  axisFormat: Format;
}): EChartsOption {
  return {
    grid: { left: 8, right: 24, top: 40, bottom: 8, ...LABELS_INSIDE },
    legend: { top: 0, type: 'scroll' },
    tooltip: { trigger: 'axis', valueFormatter: tooltipValue(input.format) },
    xAxis: { type: 'category', data: [...input.categories], boundaryGap: false },
    yAxis: { type: 'value', axisLabel: { formatter: input.axisFormat }, scale: false },
    series: input.series.map((line) => ({
      type: 'line',
      name: line.name,
      data: [...line.values],
      connectNulls: false,
      symbolSize: 5,
      ...(line.previous
        ? { lineStyle: { type: 'dashed', width: 1.5 }, itemStyle: { color: CHART_COLORS.previous } }
        : {}),
    })),
  };
}

/** Columns (a Pareto breakdown, backlog aging), with an optional cumulative-share line on a 0–100% axis. */
export function columnOption(input: {
  categories: readonly string[];
  values: readonly (number | null)[];
  seriesName: string;
  format: Format;
  axisFormat: Format;
  cumulative?: { name: string; values: readonly (number | null)[] };
  /** Columns to draw in the warning colour (overdue buckets). */
  warn?: readonly boolean[];
}): EChartsOption {
  const { cumulative } = input;
  return {
    grid: { left: 8, right: cumulative ? 8 : 24, top: 40, bottom: 8, ...LABELS_INSIDE },
    legend: { top: 0 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'category', data: [...input.categories], axisLabel: { interval: 0, hideOverlap: true } },
    yAxis: [
      { type: 'value', axisLabel: { formatter: input.axisFormat } },
      ...(cumulative
        ? [
            {
              type: 'value' as const,
              min: 0,
              max: 1,
              axisLabel: { formatter: (v: number) => `${Math.round(v * 100)}%` },
              splitLine: { show: false },
            },
          ]
        : []),
    ],
    series: [
      {
        type: 'bar',
        name: input.seriesName,
        barMaxWidth: 40,
        data: input.values.map((value, index) => ({
          value,
          itemStyle: { color: input.warn?.[index] ? CHART_COLORS.benchmark : CHART_COLORS.primary },
        })),
        label: {
          show: true,
          position: 'top',
          fontSize: 11,
          formatter: (params: { value: unknown }) =>
            typeof params.value === 'number' ? input.format(params.value) : '',
        },
        tooltip: { valueFormatter: tooltipValue(input.format) },
      } satisfies BarSeriesOption,
      ...(cumulative
        ? [
            {
              type: 'line' as const,
              name: cumulative.name,
              yAxisIndex: 1,
              data: [...cumulative.values],
              itemStyle: { color: CHART_COLORS.cumulative },
              tooltip: {
                valueFormatter: ((v: unknown) => (typeof v === 'number' ? `${(v * 100).toFixed(2)}%` : '—')) as never,
              },
            },
          ]
        : []),
    ],
  };
}

/** Several series of bars over the same categories (a report's chart of units or categories), side by side. */
export function groupedBarOption(input: {
  categories: readonly string[];
  series: readonly { name: string; values: readonly (number | null)[] }[];
  format: Format;
  axisFormat: Format;
}): EChartsOption {
  return {
    grid: { left: 8, right: 24, top: 40, bottom: 8, ...LABELS_INSIDE },
    legend: { top: 0, type: 'scroll' },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: tooltipValue(input.format) },
    xAxis: { type: 'category', data: [...input.categories], axisLabel: { interval: 0, hideOverlap: true } },
    yAxis: { type: 'value', axisLabel: { formatter: input.axisFormat } },
    series: input.series.map((bars) => ({ type: 'bar', name: bars.name, barMaxWidth: 28, data: [...bars.values] })),
  };
}

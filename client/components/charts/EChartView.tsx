import type { ECharts, EChartsOption } from 'echarts';
import EChartsReactCore from 'echarts-for-react/esm/core';
import { echarts } from './echarts-setup';
import { THEME_NAME } from './chart-theme';

export interface EChartViewProps {
  option: EChartsOption;
  height: number;
  onClickName?: (name: string) => void;
  /** A click on a data item (a bar, a point): its category, series and index. */
  onClickItem?: (item: { name: string; seriesIndex: number; dataIndex: number }) => void;
}

interface ClickEvent {
  name?: string;
  seriesIndex?: number;
  dataIndex?: number;
  componentType?: string;
}

// echarts-for-react's core component (resize on container changes, option diffing, disposal)
// with our tree-shaken ECharts and theme. notMerge: each option is complete, so a series that is
// gone (a unit removed from a comparison) disappears instead of lingering. Loaded by EChart.tsx
// when a chart is first drawn, so ECharts is not on the way to a page's figures.
export function EChartView({ option, height, onClickName, onClickItem }: EChartViewProps) {
  const onClick = (event: ClickEvent) => {
    if (event.name) onClickName?.(event.name);
    if (
      event.componentType === 'series' &&
      event.name !== undefined &&
      event.seriesIndex !== undefined &&
      event.dataIndex !== undefined
    ) {
      onClickItem?.({ name: event.name, seriesIndex: event.seriesIndex, dataIndex: event.dataIndex });
    }
  };
  return (
    <EChartsReactCore
      echarts={echarts}
      option={{ aria: { enabled: true }, animation: false, ...option }}
      theme={THEME_NAME}
      notMerge
      style={{ height, width: '100%' }}
      opts={{ renderer: 'svg' }}
      onEvents={{
        finished: (_: unknown, chart: ECharts) => keepViewBox(chart),
        ...(onClickName || onClickItem ? { click: onClick } : {}),
      }}
    />
  );
}

/**
 * ECharts draws its SVG at the container's pixel size without a viewBox; with one, paper can scale a
 * chart to the page (global.css) instead of cutting it. Renewed after every drawing, as sizes change.
 */
function keepViewBox(chart: ECharts): void {
  // A chart may be disposed (its page left) by the time the event arrives.
  if (chart.isDisposed()) return;
  const svg = chart.getDom().querySelector('svg');
  const width = svg?.getAttribute('width');
  const height = svg?.getAttribute('height');
  if (svg && width && height) svg.setAttribute('viewBox', `0 0 ${parseFloat(width)} ${parseFloat(height)}`);
}

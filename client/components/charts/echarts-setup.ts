import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';
import { chartTheme, THEME_NAME } from './chart-theme';

// ECharts is modular: only the charts and components the views use are bundled (about a third of
// the full build). The SVG renderer draws vectors, so printed charts stay sharp at any size and
// their Chinese labels are real text.
echarts.use([
  BarChart,
  LineChart,
  GridComponent,
  TooltipComponent,
  LegendComponent,
  MarkLineComponent,
  AriaComponent,
  SVGRenderer,
]);
echarts.registerTheme(THEME_NAME, chartTheme);

export { echarts };

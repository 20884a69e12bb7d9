import * as echarts from 'echarts';
import type { Language } from '../narrative.js';
import type { ReportChart } from '../report.content.js';
import { text } from './export-format.js';

// A section's chart drawn by ECharts on the server (its SSR SVG renderer: no DOM, no canvas), then
// placed in the PDF as vector paths by svg-to-pdfkit. The family name is only a tag: the PDF maps
// every SVG text to the embedded CJK font.

export const CHART_FONT_FAMILY = 'NotoSansSC';

/** A tick as a Chinese report writes it: 1.2万, 3.5亿; small values with at most two decimals. */
function axisTick(value: number, language: Language): string {
  const trim = (digits: string) => digits.replace(/\.0+$|(\.\d*?)0+$/, '$1');
  const abs = Math.abs(value);
  if (language === 'zh-CN' && abs >= 1e8) return `${trim((value / 1e8).toFixed(2))}亿`;
  if (language === 'zh-CN' && abs >= 1e4) return `${trim((value / 1e4).toFixed(2))}万`;
  if (language === 'en' && abs >= 1e6) return `${trim((value / 1e6).toFixed(2))}m`;
  if (language === 'en' && abs >= 1e4) return `${trim((value / 1e3).toFixed(1))}k`;
  return trim(abs >= 100 ? value.toFixed(0) : value.toFixed(2));
}

export function chartSvg(chart: ReportChart, language: Language, width: number, height: number): string {
  const instance = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    instance.setOption({
      animation: false,
      backgroundColor: '#ffffff',
      textStyle: { fontFamily: CHART_FONT_FAMILY },
      title: { text: text(chart.title, language), left: 'center', top: 4, textStyle: { fontSize: 12 } },
      legend: { top: 26, textStyle: { fontSize: 10 } },
      grid: { left: 56, right: 20, top: 58, bottom: 36 },
      xAxis: { type: 'category', data: chart.categories, axisLabel: { fontSize: 9, hideOverlap: true } },
      yAxis: { type: 'value', axisLabel: { fontSize: 9, formatter: (value: number) => axisTick(value, language) } },
      series: chart.series.map((series) => ({
        type: chart.kind,
        name: text(series.name, language),
        data: series.values,
        // A missing month is a gap, not a fall to zero.
        connectNulls: false,
        symbolSize: 4,
      })),
    });
    return instance.renderToSVGString();
  } finally {
    instance.dispose();
  }
}

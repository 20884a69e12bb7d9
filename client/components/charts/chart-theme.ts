// One theme for every chart: the portal's dark blue first, colours that stay apart in greyscale
// print, the interface's Chinese font stack, and quiet axes so the figures stand out.
export const THEME_NAME = 'crp';

export const FONT_FAMILY =
  '"PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "Helvetica Neue", Arial, sans-serif';

export const CHART_COLORS = {
  primary: '#1d4f91',
  highlight: '#e07b24',
  benchmark: '#c2453d',
  previous: '#9aa5b1',
  cumulative: '#e0a030',
  palette: [
    '#1d4f91',
    '#e07b24',
    '#3a9a6f',
    '#c2453d',
    '#7a5ba6',
    '#3fa7c4',
    '#a0792f',
    '#d462a6',
    '#5b6b7c',
    '#8ab84a',
    '#2f7d8c',
    '#b04c2a',
  ],
} as const;

const axis = {
  axisLine: { lineStyle: { color: '#bfc5cc' } },
  axisTick: { lineStyle: { color: '#bfc5cc' } },
  axisLabel: { color: '#4a5563' },
  splitLine: { lineStyle: { color: '#eceef1' } },
};

export const chartTheme = {
  color: CHART_COLORS.palette,
  backgroundColor: 'transparent',
  textStyle: { fontFamily: FONT_FAMILY, color: '#2b3440' },
  legend: { textStyle: { color: '#2b3440' } },
  categoryAxis: axis,
  valueAxis: axis,
  tooltip: { backgroundColor: 'rgba(255,255,255,0.96)', borderColor: '#d0d5db', textStyle: { color: '#2b3440' } },
};

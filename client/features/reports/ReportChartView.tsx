import { EChart } from '../../components/charts/EChart';
import { groupedBarOption, lineOption } from '../../components/charts/options';
import { formatAxisNumber, formatDecimal, formatInteger } from '../../format/number';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { useLanguage } from '../../i18n';
import { localized } from './localized';

// A section's chart (the monthly trend, a breakdown) through the portal's ECharts wrapper. The
// chart's series carry no format of their own, so values read as whole numbers when they are
// whole and with two decimals otherwise; the table beside it has the exact formatted figures.
export const ReportChartView_chart = graphql(`
  fragment ReportChartView_chart on ReportChart {
    kind
    title {
      zh
      en
    }
    categories
    series {
      name {
        zh
        en
      }
      values
    }
  }
`);

export function ReportChartView({ chart: masked }: { chart: FragmentType<typeof ReportChartView_chart> }) {
  const chart = getFragmentData(ReportChartView_chart, masked);
  const language = useLanguage();
  const format = (v: number) => (Number.isInteger(v) ? formatInteger(v, language) : formatDecimal(v, 2, language));
  const input = {
    categories: chart.categories,
    series: chart.series.map((series) => ({
      name: localized(series.name, language),
      values: series.values.map((v) => v ?? null),
    })),
    format,
    axisFormat: (v: number) => formatAxisNumber(v, language),
  };
  return (
    <EChart
      label={localized(chart.title, language)}
      height={280}
      option={chart.kind === 'bar' ? groupedBarOption(input) : lineOption(input)}
    />
  );
}

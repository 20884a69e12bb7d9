import { useTranslation } from 'react-i18next';
import { EChart } from '../../components/charts/EChart';
import { rankingOption } from '../../components/charts/options';
import { formatAxisNumber } from '../../format/number';
import { formatMetricValue } from '../../format/metric';
import { type FragmentType, getFragmentData } from '../../gql';
import { useLanguage } from '../../i18n';
import { companyLabel, metricLabel, type MetricDefinition } from '../metrics';
import { unitName } from '../units/unit-name';
import { RankingTable_row } from './RankingTable';

export interface RankingChartProps {
  rows: readonly FragmentType<typeof RankingTable_row>[];
  definition: MetricDefinition;
  benchmark: number | null | undefined;
  highlight: string | null;
  onHighlight: (code: string) => void;
}

// The ranking as bars, in rank order, with the company figure (total or level) as a dashed line.
export function RankingChart({ rows: masked, definition, benchmark, highlight, onHighlight }: RankingChartProps) {
  const rows = getFragmentData(RankingTable_row, masked);
  const { t } = useTranslation();
  const language = useLanguage();
  const bars = rows.map((row) => ({
    key: row.unit.code,
    label: unitName(row.unit, language),
    value: row.value ?? null,
  }));
  const codeByLabel = new Map(bars.map((bar) => [bar.label, bar.key]));
  const metric = metricLabel(definition, language);
  const axisFormat = (v: number) =>
    definition.unit === 'FRACTION' ? `${Math.round(v * 100)}%` : formatAxisNumber(v, language);
  return (
    <EChart
      label={t('rankings.chartOf', { metric })}
      height={Math.max(240, bars.length * 24 + 48)}
      onClickName={(name) => {
        const code = codeByLabel.get(name);
        if (code) onHighlight(code);
      }}
      option={rankingOption({
        bars,
        highlight,
        benchmark: benchmark ?? null,
        benchmarkLabel: companyLabel([definition], t),
        seriesName: metric,
        format: (v) => formatMetricValue(v, definition.unit, language),
        axisFormat,
      })}
    />
  );
}

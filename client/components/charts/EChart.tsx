import { lazy, Suspense } from 'react';
import type { EChartViewProps } from './EChartView';

export interface EChartProps extends EChartViewProps {
  /** What the chart shows, for screen readers (ECharts' aria describes the data too). */
  label: string;
}

// ECharts (586 kB of script, a quarter of the overview's) arrives with the first chart drawn, not
// with the page: a page's figures (cards, tables) show without waiting for it to load and run, and
// the chart fills its place, kept at its height meanwhile, a moment later.
const EChartView = lazy(async () => ({ default: (await import('./EChartView')).EChartView }));

export function EChart({ label, ...chart }: EChartProps) {
  return (
    <div role="img" aria-label={label} className="crp-chart">
      <Suspense fallback={<div style={{ height: chart.height }} />}>
        <EChartView {...chart} />
      </Suspense>
    </div>
  );
}

import { METRIC_KEYS, METRICS, type Direction, type MetricKey, type MetricText } from '../metrics/index.js';
import type { LocalizedText, ReportCell, ReportFigureRef, ReportSection } from './report.content.js';
import { BASIS_WORDS, type Basis } from './templates/key-figures.js';

// A report's glossary: every metric its tables show, as the metric registry defines it (what is
// counted, a ratio's numerator and denominator, what the assessed basis changes, which way is better,
// whether it depends on asOf), with the bases this report shows it on. It is the last section of the
// assembled content, so the preview, the XLSX (a sheet of its own) and the PDF carry it alike, and a
// frozen version keeps the definitions its figures were measured by.

export interface GlossaryEntry {
  key: MetricKey;
  label: LocalizedText;
  definition: MetricText;
  numerator: MetricText | null;
  denominator: MetricText | null;
  basisNote: MetricText;
  better: Direction;
  dependsOnAsOf: boolean;
}

/** The registry's definitions of `keys`, each once, in the registry's order. */
export function glossaryOf(keys: Iterable<MetricKey>): GlossaryEntry[] {
  const wanted = new Set(keys);
  return METRIC_KEYS.filter((key) => wanted.has(key)).map((key) => {
    const m = METRICS[key];
    return {
      key,
      label: { zh: m.labelZh, en: m.labelEn },
      definition: m.definition,
      numerator: m.numerator,
      denominator: m.denominator,
      basisNote: m.basisNote,
      better: m.better,
      dependsOnAsOf: m.dependsOnAsOf,
    };
  });
}

/** The basis a figure is shown on: assessed when its filter or its metric says so; none for premium and policies. */
function basisOfRef(figure: ReportFigureRef): Basis | null {
  const key = figure.metric as MetricKey;
  if (METRICS[key].needs.every((group) => group === 'premium')) return null;
  return figure.assessedOnly || key === 'ASSESSED_COMPLAINTS' ? 'ASSESSED' : 'ALL';
}

/** The metrics the sections' cells are (a row's and a column's parts together), with the bases shown. */
export function metricsShown(sections: readonly ReportSection[]): Map<MetricKey, Set<Basis>> {
  const shown = new Map<MetricKey, Set<Basis>>();
  for (const section of sections) {
    for (const column of section.columns) {
      for (const row of section.rows) {
        const metric = (row.figure?.metric ?? column.figure?.metric) as MetricKey | undefined;
        if (!metric || !METRIC_KEYS.includes(metric)) continue;
        const assessedOnly = row.figure?.assessedOnly === true || column.figure?.assessedOnly === true;
        const basis = basisOfRef({ metric, assessedOnly });
        const bases = shown.get(metric) ?? new Set<Basis>();
        if (basis) bases.add(basis);
        shown.set(metric, bases);
      }
    }
  }
  return shown;
}

export const GLOSSARY_TITLE: LocalizedText = { zh: '指标说明', en: 'Definitions of the metrics' };

const HEADINGS = {
  metric: { zh: '指标', en: 'Metric' },
  basis: { zh: '本报告口径', en: 'Basis in this report' },
  definition: { zh: '定义', en: 'Definition' },
  numerator: { zh: '分子', en: 'Numerator' },
  denominator: { zh: '分母', en: 'Denominator' },
  basisNote: { zh: '口径说明', en: 'The assessed basis' },
  better: { zh: '方向', en: 'Better' },
  asOf: { zh: '随截至时点变化', en: 'Depends on as-of' },
};

const DIRECTION: Record<Direction, LocalizedText | null> = {
  LOWER: { zh: '越低越好', en: 'Lower' },
  HIGHER: { zh: '越高越好', en: 'Higher' },
  NONE: null,
};
const YES_NO = { yes: { zh: '是', en: 'Yes' }, no: { zh: '否', en: 'No' } };

const text = (value: MetricText | null): ReportCell => (value ? { zh: value.zh, en: value.en } : null);

/** The glossary of the metrics the sections show, as a section of text columns; null when they show none. */
export function glossarySection(sections: readonly ReportSection[]): ReportSection | null {
  const shown = metricsShown(sections);
  const entries = glossaryOf(shown.keys());
  if (entries.length === 0) return null;
  const columns = (Object.keys(HEADINGS) as (keyof typeof HEADINGS)[]).map((key) => ({
    key,
    label: { ...HEADINGS[key] },
    format: 'TEXT' as const,
  }));
  const rows = entries.map((entry) => {
    const bases = [...(shown.get(entry.key) ?? [])].sort();
    const basis =
      bases.length === 0
        ? null
        : { zh: bases.map((b) => BASIS_WORDS[b].zh).join('、'), en: bases.map((b) => BASIS_WORDS[b].en).join(', ') };
    return {
      cells: [
        text(entry.label),
        basis,
        text(entry.definition),
        text(entry.numerator),
        text(entry.denominator),
        text(entry.basisNote),
        DIRECTION[entry.better],
        entry.dependsOnAsOf ? YES_NO.yes : YES_NO.no,
      ],
    };
  });
  return {
    key: 'glossary',
    title: GLOSSARY_TITLE,
    columns,
    rows,
    note: {
      zh: '定义取自门户的指标登记表，与门户各页面一致。计数的分子即其本身，没有分母。',
      en: "The definitions are the portal's own metric registry's, as every page shows them. A count is its own numerator and has no denominator.",
    },
  };
}

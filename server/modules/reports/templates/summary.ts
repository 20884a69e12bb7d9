import type { Comparison, UnitLevel } from '../../../../db/domain.js';
import type { Compared } from '../../metrics/index.js';
import { METRICS } from '../../metrics/index.js';
import { UNIT_LEVEL_LABELS } from '../../units/index.js';
import {
  activitiesSentence,
  benchmarkPhrase,
  inPeriod,
  metricSentence,
  rankSentence,
  sentence,
  type Language,
} from '../narrative.js';
import type { NarrativeSource, ReportContent } from '../report.content.js';
import type { SpecFigures } from './frame.js';
import { relabelled, SPECS, type FigureSpec } from './key-figures.js';

// The summary paragraph, in the source's order: assessed complaints first (S11), the head-office
// channel (S12), complaints per 100 million yuan (S13) and the rank on it (S14), then the rest. Every
// sentence states the unit's own figures (and the company-wide one), but the rank, which states its
// place among the peers of the ranking section: it is tagged so, for readers not shown every peer.

export interface SummaryFigures {
  period: { from: string; to: string };
  comparison: Comparison;
  /** The unit's figures of every spec it has, with the benchmark. */
  figures: ReadonlyMap<FigureSpec, { figure: Compared; benchmark: Compared }>;
  ranking: { rank: number | null; previousRank: number | null; peers: number; level: UnitLevel } | null;
  activities: { label: { zh: string; en: string }; unit: { zh: string; en: string }; count: number }[] | null;
}

/** The unit's figures of the specs, from the measured groups (its index among the grants measured). */
export function figuresOf(
  measured: readonly SpecFigures[],
  index = 0,
): Map<FigureSpec, { figure: Compared; benchmark: Compared }> {
  return new Map(measured.map(({ spec, units, benchmark }) => [spec, { figure: units[index], benchmark }]));
}

/** The paragraph in both languages, each sentence with what it draws on beyond the unit's own figures. */
export function narrativeOf(input: SummaryFigures): ReportContent['narrative'] {
  const [zh, en] = (['zh-CN', 'en'] as const).map((language) => summary(input, language));
  return { zh: zh.map((s) => s.text), en: en.map((s) => s.text), sources: zh.map((s) => s.source) };
}

function summary(input: SummaryFigures, language: Language): { text: string; source: NarrativeSource | null }[] {
  const { figures, comparison } = input;
  const said = (
    spec: FigureSpec,
    options: { label?: 'spec' | 'registry'; benchmark?: boolean; optional?: boolean } = {},
  ) => {
    const found = figures.get(spec);
    if (!found || (options.optional && found.figure.value === null)) return null;
    // The source names the assessed ratio by the registry's plain label ("亿元保费投诉量同比下降50%").
    const definition = options.label === 'registry' ? METRICS[spec.key] : relabelled(spec);
    return sentence(
      [
        metricSentence(definition, found.figure, comparison, language),
        options.benchmark ? benchmarkPhrase(definition, found.figure.value, found.benchmark.value, language) : null,
      ],
      language,
    );
  };
  const first = figures.get(SPECS.assessed);
  const rank = input.ranking;
  const sentences: (string | { text: string; source: NarrativeSource } | null)[] = [
    first
      ? sentence(
          [
            inPeriod(
              input.period,
              metricSentence(METRICS.ASSESSED_COMPLAINTS, first.figure, comparison, language),
              language,
            ),
          ],
          language,
        )
      : null,
    said(SPECS.hqReferral),
    said(SPECS.per100mAssessed, { label: 'registry', benchmark: true }),
    rank ? { text: rankWords(rank, language), source: { section: 'ranking', rank: { level: rank.level } } } : null,
    said(SPECS.complaints),
    said(SPECS.timely, { benchmark: true, optional: true }),
    said(SPECS.avgDays, { benchmark: true, optional: true }),
    said(SPECS.escalation, { benchmark: true, optional: true }),
    said(SPECS.satisfaction, { benchmark: true, optional: true }),
    said(SPECS.open),
    said(SPECS.overdue),
    input.activities ? sentence([activitiesSentence(input.activities, language)], language) : null,
  ];
  return sentences.flatMap((s): { text: string; source: NarrativeSource | null }[] =>
    s === null ? [] : typeof s === 'string' ? [{ text: s, source: null }] : [s],
  );
}

/** "亿元保费投诉量排名由第1名降至第3名（共36家省级分公司）。" */
export function rankWords(ranking: NonNullable<SummaryFigures['ranking']>, language: Language): string {
  const definition = METRICS.PER_100M_PREMIUM;
  const words = rankSentence(
    { zh: definition.labelZh, en: definition.labelEn },
    ranking.rank,
    ranking.previousRank,
    language,
  );
  const level = UNIT_LEVEL_LABELS[ranking.level];
  if (language === 'zh-CN') return `${words}（共${ranking.peers}家${level.zh}）。`;
  return `${words}, among ${ranking.peers} ${level.en}.`;
}

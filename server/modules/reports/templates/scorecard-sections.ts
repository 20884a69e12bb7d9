import type { UnitLevel } from '../../../../db/domain.js';
import { METRICS } from '../../metrics/index.js';
import type { ExplainedItem, UnitScorecard } from '../../scorecard/index.js';
import { UNIT_LEVEL_LABELS } from '../../units/index.js';
import { ordinal, percent, type Language } from '../narrative.js';
import type { LocalizedText, NarrativeSource, ReportCell, ReportRow, ReportSection } from '../report.content.js';
import type { ScorecardFigures } from './frame.js';
import { HEADINGS, rowName } from './sections.js';

// The branch report's scorecard (RULES.md §5), pure: the unit's score item by item (what was scored,
// the band or formula, the points of the max, a flag for a missing value) and its peers ranked by
// their totals, ties sharing a rank (并列). The ranking's rows name their units, so a branch reading a
// report shows its peers' totals and ranks only, as the live ranking does (report.scope.ts).

export const SCORECARD_KEYS = { items: 'scorecard', ranking: 'scorecardRanking' } as const;

const KIND_WORDS: Record<ExplainedItem['item']['kind'], LocalizedText> = {
  METRIC_BAND: { zh: '指标分档', en: 'Metric in bands' },
  METRIC_LINEAR: { zh: '指标线性', en: 'Metric, linear' },
  RANK: { zh: '排名', en: 'Rank' },
  CHANGE_RATE: { zh: '同比变化分档', en: 'Change in bands' },
  MANUAL: { zh: '总公司评定', en: 'Entered by HQ' },
  DEDUCTION: { zh: '扣分', en: 'Deduction' },
};

const SCORE_HEADINGS = {
  item: { zh: '考评项目', en: 'Item' },
  kind: { zh: '计分方式', en: 'Scored by' },
  value: { zh: '取值', en: 'Value' },
  rule: { zh: '档次或公式', en: 'Band or formula' },
  points: { zh: '得分', en: 'Points' },
  max: { zh: '满分', en: 'Maximum' },
  score: { zh: '得分', en: 'Score' },
  previousScore: { zh: '上年同期得分', en: 'A year earlier' },
  noValue: { zh: '无数据项数', en: 'Items without a value' },
} as const;

/** Up to 4 decimals, as the items are compared (RULES.md §5). */
const decimal = (value: number) => String(Number(value.toFixed(4)));
const signed = (fraction: number) => `${fraction > 0 ? '+' : fraction < 0 ? '-' : ''}${percent(fraction)}`;

/** A metric item's value as it reads: a rate as a percentage, anything else to 4 decimals. */
function metricValue(item: ExplainedItem, value: number): string {
  const unit = item.item.metric ? METRICS[item.item.metric].unit : null;
  return unit === 'FRACTION' ? percent(value) : decimal(value);
}

/** What an item scored on, in words: "95.23%", "12.5，由好到差第3名（共36家）", "+12.5%（本期… 上年同期…）", "2起". */
export function itemValueWords(scored: ExplainedItem): LocalizedText | null {
  const { value } = scored;
  if (value === null) return null;
  switch (scored.item.kind) {
    case 'CHANGE_RATE': {
      const [now, before] = [scored.current, scored.previous].map((v) => (v === null ? '—' : decimal(v)));
      return {
        zh: `${signed(value)}（本期${now}，上年同期${before}）`,
        en: `${signed(value)} (this period ${now}, a year earlier ${before})`,
      };
    }
    case 'RANK': {
      const shown = metricValue(scored, value);
      if (scored.rank === null) return { zh: shown, en: shown };
      return {
        zh: `${shown}，由好到差第${scored.rank}名（共${scored.rankOf ?? 0}家）`,
        en: `${shown}, ${ordinal(scored.rank)} best of ${scored.rankOf ?? 0}`,
      };
    }
    case 'DEDUCTION':
      return { zh: `${value}起`, en: `${value} ${value === 1 ? 'incident' : 'incidents'}` };
    case 'MANUAL':
      return { zh: `${decimal(value)}分`, en: `${decimal(value)} points` };
    default: {
      const shown = metricValue(scored, value);
      return { zh: shown, en: shown };
    }
  }
}

/** The band matched or the formula with its numbers; the flag of a missing value; who entered MANUAL points and why. */
export function itemRuleWords(scored: ExplainedItem): LocalizedText {
  if (scored.noValue) return { zh: '无数据，计0分（不给满分）', en: 'No value: 0 points (never full marks)' };
  if (scored.rule === 'no band') return { zh: '未达任何档次，计0分', en: 'In no band: 0 points' };
  if (scored.item.kind === 'MANUAL') {
    const by = scored.enteredBy ?? '—';
    return { zh: `${scored.note ?? ''}（${by}录入）`, en: `${scored.note ?? ''} (entered by ${by})` };
  }
  if (scored.item.kind === 'RANK' && scored.rankOf === 1)
    return { zh: '唯一有数据的机构，得满分', en: 'The only peer with a value: full marks' };
  return { zh: scored.rule, en: scored.rule };
}

const label = (a: LocalizedText): LocalizedText => ({ ...a });

/** The unit's score item by item, then its total and last year's. */
export function scorecardItemsTable(card: UnitScorecard): ReportSection {
  const { ruleSet } = card;
  const rows: ReportRow[] = card.items.map((scored) => ({
    cells: [
      { zh: `${scored.item.code} ${scored.item.nameZh}`, en: `${scored.item.code} ${scored.item.nameEn}` },
      KIND_WORDS[scored.item.kind],
      itemValueWords(scored),
      itemRuleWords(scored),
      scored.points,
      scored.item.kind === 'DEDUCTION' ? null : scored.max,
    ],
  }));
  const flagged: ReportCell =
    card.noValueCount > 0 ? { zh: `${card.noValueCount}项无数据`, en: `${card.noValueCount} without a value` } : null;
  rows.push({ cells: [rowName(HEADINGS.total), null, null, flagged, card.total, ruleSet.total] });
  rows.push({
    cells: [
      rowName(SCORE_HEADINGS.previousScore),
      null,
      null,
      card.previousRuleSet
        ? { zh: `按${card.previousRuleSet.nameZh}`, en: `Under ${card.previousRuleSet.nameEn}` }
        : { zh: '无适用的考评办法', en: 'No rule set covers it' },
      card.previousTotal,
      card.previousRuleSet?.total ?? null,
    ],
  });
  return {
    key: SCORECARD_KEYS.items,
    title: { zh: `服务效能考评：${ruleSet.nameZh}`, en: `Scorecard: ${ruleSet.nameEn}` },
    columns: [
      { key: 'item', label: label(SCORE_HEADINGS.item), format: 'TEXT' },
      { key: 'kind', label: label(SCORE_HEADINGS.kind), format: 'TEXT' },
      { key: 'value', label: label(SCORE_HEADINGS.value), format: 'TEXT' },
      { key: 'rule', label: label(SCORE_HEADINGS.rule), format: 'TEXT' },
      { key: 'points', label: label(SCORE_HEADINGS.points), format: 'DECIMAL' },
      { key: 'max', label: label(SCORE_HEADINGS.max), format: 'DECIMAL' },
    ],
    rows,
    note: {
      zh: `考评办法${ruleSet.code}第${ruleSet.version}版，适用${ruleSet.effectiveFrom}至${ruleSet.effectiveTo}，满分${ruleSet.total}分。取值保留4位小数后比较，恰在档次上取较好的一档；项目得分保留2位小数，总分为各项之和且不低于0；无数据的项目得0分并标注，从不给满分。`,
      en: `Rule set ${ruleSet.code} version ${ruleSet.version}, for ${ruleSet.effectiveFrom} to ${ruleSet.effectiveTo}, ${ruleSet.total} points. Values are compared at 4 decimals, a value on a threshold taking the better band; items are rounded to 2 decimals and the total, their sum, is never below 0; an item without a value scores 0 and is flagged, never full marks.`,
    },
  };
}

/** The peers ranked by total, the report's unit highlighted. */
export function scorecardRankingTable(figures: ScorecardFigures, level: UnitLevel): ReportSection {
  const ranking = figures.ranking;
  const words = UNIT_LEVEL_LABELS[level];
  return {
    key: SCORECARD_KEYS.ranking,
    title: { zh: `考评得分排名（${words.zh}）`, en: `Scorecard totals: rank among ${words.en}` },
    columns: [
      { key: 'unit', label: label(HEADINGS.unit), format: 'TEXT' },
      { key: 'score', label: label(SCORE_HEADINGS.score), format: 'DECIMAL' },
      { key: 'rank', label: label(HEADINGS.rank), format: 'RANK' },
      { key: 'previousScore', label: label(SCORE_HEADINGS.previousScore), format: 'DECIMAL' },
      { key: 'noValue', label: label(SCORE_HEADINGS.noValue), format: 'COUNT' },
    ],
    rows: (ranking?.rows ?? []).map((row) => ({
      cells: [
        { zh: row.subject.unit.nameZh, en: row.subject.unit.nameEn ?? row.subject.unit.code },
        row.total,
        row.rank,
        row.previousTotal,
        row.noValueCount,
      ],
      unit: row.subject.unit.code,
      highlight: row.subject.unit.code === figures.card.subject.unit.code,
    })),
    ranked: { order: 'DESC', value: 'score', rank: 'rank', previous: 'previousScore' },
    note: {
      zh: '按得分由高到低排名；得分相同者并列，名次相同并跳过后续名次。上年同期得分按上年适用的考评办法计算。',
      en: 'Ranked highest score first; equal scores share a rank (tied) and skip the next. A year earlier is scored under that year’s rule set.',
    },
  };
}

/** The own score (the unit's own figures) and its rank among the peers (drawing on the ranking's rows). */
export function scorecardSentences(
  figures: ScorecardFigures,
  level: UnitLevel | null,
  language: Language,
): { text: string; source: NarrativeSource | null }[] {
  const { card } = figures;
  const zh = language === 'zh-CN';
  const total = card.total.toFixed(2);
  const previous = card.previousTotal === null ? null : card.previousTotal.toFixed(2);
  const said: { text: string; source: NarrativeSource | null }[] = [
    {
      text: zh
        ? `按${card.ruleSet.nameZh}考评，得分${total}分（满分${card.ruleSet.total}分）${previous === null ? '' : `，上年同期${previous}分`}。`
        : `Under ${card.ruleSet.nameEn}, the unit scored ${total} of ${card.ruleSet.total} points${previous === null ? '' : ` (a year earlier ${previous})`}.`,
      source: null,
    },
  ];
  const rows = figures.ranking?.rows ?? [];
  const own = rows.find((row) => row.subject.unit.code === card.subject.unit.code);
  if (own && level) {
    const tied = rows.filter((row) => row.rank === own.rank).length > 1;
    const words = UNIT_LEVEL_LABELS[level];
    said.push({
      text: zh
        ? `考评得分${tied ? '并列' : ''}第${own.rank}名（共${rows.length}家${words.zh}）。`
        : `The score ranks ${ordinal(own.rank)}${tied ? ' (tied)' : ''} among ${rows.length} ${words.en}.`,
      source: { section: SCORECARD_KEYS.ranking },
    });
  }
  return said;
}

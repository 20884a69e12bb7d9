import type { UnitLevel } from '../../../db/domain.js';
import { omit } from '../../kernel/omit.js';
import { mean, median, movement, ranks } from '../rankings/index.js';
import {
  cellText,
  type LocalizedText,
  type ReportAggregate,
  type ReportCell,
  type ReportChart,
  type ReportContent,
  type ReportRanking,
  type ReportRow,
  type ReportSection,
} from './report.content.js';
import { HEADINGS } from './templates/sections.js';
import { rankWords } from './templates/summary.js';

// Frozen content as one reader may see it. A version is stored as its submitter's scope assembled it
// and never changes; whoever reads it (GraphQL, the downloads, the restatement check) is shown each
// unit's row only as far as they could see that unit live on the report's date:
//  - FULL, a unit the reader's scope covers: the row whole;
//  - PEER, a unit a live ranking shows the reader as a ranked peer: its name and the ranking's
//    columns (the value, rank, previous value and rank, movement), nothing else, marked `peer`;
//  - otherwise the row is withheld, and the section says how many were.
// Where rows are withheld, the ranks are ranked again among the rows shown and the means, medians and
// totals recomputed over them, with the functions a live ranking uses, so the reader gets what a live
// ranking would give them; the company-wide benchmark stays. Narrative sentences drawing on a section
// with withheld rows are said again from the rows shown (the rank) or dropped. Pure: the reader's
// verdict on each unit is given.

export type RowAccess = 'FULL' | 'PEER';

/** How the reader may see each unit of a content, by code (a unit not in the map is withheld); ALL: every unit in full. */
export type RowVerdicts = 'ALL' | ReadonlyMap<string, RowAccess>;

/** The units a content's rows and chart series name: those the reader's verdicts are needed for. */
export function unitCodesOf(content: ReportContent): string[] {
  const codes = new Set<string>();
  for (const section of content.sections) {
    for (const row of section.rows) if (row.unit) codes.add(row.unit);
    for (const series of section.chart?.series ?? []) if (series.unit) codes.add(series.unit);
  }
  return [...codes];
}

/** The content as a reader with these verdicts may see it; the content itself is left as it is. */
export function scopeContent(content: ReportContent, verdicts: RowVerdicts): ReportContent {
  if (verdicts === 'ALL') return content;
  const scoped = content.sections.map((section) => scopeSection(section, verdicts));
  const sections = scoped.map((s) => s.section);
  const withheldFrom = new Set(scoped.filter((s) => s.withheld > 0).map((s) => s.section.key));
  return { ...content, sections, narrative: scopeNarrative(content.narrative, sections, withheldFrom) };
}

type RowKind = { unit: string | null } | { aggregate: ReportAggregate } | 'OTHER';

/**
 * Content frozen before rows named their units: in a table of units (its first column headed 机构)
 * the computed rows are known by their labels, and every other row is a unit's, which one unknown.
 */
export const LEGACY_AGGREGATES: ReadonlyMap<string, ReportAggregate> = new Map<string, ReportAggregate>([
  // The company-wide row's label before it said whether it is a total or a level.
  ['全系统平均', 'BENCHMARK'],
  [HEADINGS.companyLevel.zh, 'BENCHMARK'],
  [HEADINGS.companyTotal.zh, 'BENCHMARK'],
  [HEADINGS.peerMean.zh, 'MEAN'],
  [HEADINGS.peerMedian.zh, 'MEDIAN'],
  [HEADINGS.total.zh, 'TOTAL'],
]);

function kindOf(row: ReportRow, ofUnits: boolean): RowKind {
  if (row.unit) return { unit: row.unit };
  if (row.aggregate) return { aggregate: row.aggregate };
  if (!ofUnits) return 'OTHER';
  const legacy = LEGACY_AGGREGATES.get(cellText(row.cells[0] ?? null, 'zh-CN') ?? '');
  return legacy ? { aggregate: legacy } : { unit: null };
}

const isUnit = (kind: RowKind): kind is { unit: string | null } => kind !== 'OTHER' && 'unit' in kind;
const numberIn = (row: ReportRow, index: number) => (typeof row.cells[index] === 'number' ? row.cells[index] : null);
const rankedKeys = (ranked: ReportRanking) => [
  ranked.value,
  ranked.rank,
  ranked.previous,
  ranked.previousRank,
  ranked.movement,
];

function scopeSection(
  section: ReportSection,
  verdicts: ReadonlyMap<string, RowAccess>,
): { section: ReportSection; withheld: number } {
  const ofUnits = section.columns[0]?.label.zh === HEADINGS.unit.zh;
  const peerColumns = new Set(section.ranked ? rankedKeys(section.ranked) : []);
  const kept: { row: ReportRow; kind: RowKind }[] = [];
  let withheld = 0;
  let narrowed = false;
  for (const row of section.rows) {
    const kind = kindOf(row, ofUnits);
    const access = isUnit(kind) ? (kind.unit === null ? undefined : verdicts.get(kind.unit)) : 'FULL';
    if (!access) {
      withheld += 1;
    } else if (access === 'FULL') {
      kept.push({ row, kind });
    } else {
      const cells = row.cells.map((cell, i) => (i === 0 || peerColumns.has(section.columns[i]?.key) ? cell : null));
      narrowed ||= cells.some((cell, i) => cell !== row.cells[i]);
      // A peer's figures lead to no records: the reader may not read them.
      kept.push({ row: { ...row, cells, peer: true }, kind });
    }
  }
  const chart = section.chart && scopeChart(section.chart, ofUnits, verdicts);
  const recomputed = withheld > 0 || narrowed ? recompute(section, kept, withheld > 0) : null;
  const note = recomputed ? joined(section.note, withheldNote(withheld), recomputedNote(recomputed)) : section.note;
  const scoped: ReportSection = {
    ...omit(section, 'chart', 'note'),
    rows: recomputed ? recomputed.rows : kept.map((k) => k.row),
    ...(chart ? { chart } : {}),
    ...(note ? { note } : {}),
  };
  return { section: scoped, withheld };
}

/** The sum of the values there are; null when there are none. */
const total = (values: readonly (number | null)[]) => {
  const present = values.filter((v): v is number => v !== null);
  return present.length === 0 ? null : present.reduce((sum, v) => sum + v, 0);
};
const AGGREGATE: Record<
  Exclude<ReportAggregate, 'BENCHMARK'>,
  (values: readonly (number | null)[]) => number | null
> = {
  MEAN: mean,
  MEDIAN: median,
  TOTAL: total,
};

/** Ranks among the unit rows shown (when some were withheld), and the section's means, medians and totals over them. */
function recompute(section: ReportSection, kept: readonly { row: ReportRow; kind: RowKind }[], rerank: boolean) {
  const index = (key: string | undefined) => (key === undefined ? -1 : section.columns.findIndex((c) => c.key === key));
  const unitRows = kept.filter((k) => isUnit(k.kind)).map((k) => k.row);
  const replaced = new Map<ReportRow, ReportRow>();
  const ranked = rerank ? section.ranked : undefined;
  if (ranked) {
    const [value, rank, previous, previousRank, moved] = rankedKeys(ranked).map(index);
    const now = ranks(
      unitRows.map((row) => numberIn(row, value)),
      ranked.order,
    );
    const before =
      previous < 0
        ? null
        : ranks(
            unitRows.map((row) => numberIn(row, previous)),
            ranked.order,
          );
    unitRows.forEach((row, u) => {
      const cells = [...row.cells];
      if (rank >= 0) cells[rank] = now[u];
      if (before && previousRank >= 0) cells[previousRank] = before[u];
      if (moved >= 0) cells[moved] = movement(now[u], before?.[u] ?? null);
      replaced.set(row, { ...row, cells });
    });
  }
  const aggregates = new Set<ReportAggregate>();
  const rows = kept.map(({ row, kind }) => {
    if (kind === 'OTHER' || !('aggregate' in kind) || kind.aggregate === 'BENCHMARK') return replaced.get(row) ?? row;
    aggregates.add(kind.aggregate);
    const over = AGGREGATE[kind.aggregate];
    // A cell the template left empty (a rank's mean) stays empty.
    const cells = row.cells.map((cell, i): ReportCell =>
      i === 0 || typeof cell !== 'number' ? cell : over(unitRows.map((r) => numberIn(r, i))),
    );
    return { ...row, cells };
  });
  return { rows, ranks: !!ranked, aggregates };
}

/** A unit's series only for a reader who sees the unit in full; in a table of units, a series naming no unit is withheld too. */
function scopeChart(
  chart: ReportChart,
  ofUnits: boolean,
  verdicts: ReadonlyMap<string, RowAccess>,
): ReportChart | undefined {
  const series = chart.series.filter((s) => (s.unit ? verdicts.get(s.unit) === 'FULL' : !ofUnits));
  if (series.length === chart.series.length) return chart;
  return series.length > 0 ? { ...chart, series } : undefined;
}

const withheldNote = (n: number): LocalizedText | null =>
  n === 0 ? null : { zh: `另有${n}家机构未列示。`, en: `${n} more ${n === 1 ? 'unit' : 'units'} not shown.` };

const RECOMPUTED: Record<'RANKS' | Exclude<ReportAggregate, 'BENCHMARK'>, LocalizedText> = {
  RANKS: { zh: '排名', en: 'ranks' },
  MEAN: { zh: '平均数', en: 'mean' },
  MEDIAN: { zh: '中位数', en: 'median' },
  TOTAL: { zh: '合计', en: 'total' },
};

/** "排名、平均数、中位数按列示的机构重新计算。" / "Ranks, mean and median are recomputed among the units shown." */
function recomputedNote(done: { ranks: boolean; aggregates: Set<ReportAggregate> }): LocalizedText | null {
  const parts = (['RANKS', 'MEAN', 'MEDIAN', 'TOTAL'] as const).filter((part) =>
    part === 'RANKS' ? done.ranks : done.aggregates.has(part),
  );
  if (parts.length === 0) return null;
  const en = parts.map((part) => RECOMPUTED[part].en);
  const list = en.length === 1 ? en[0] : `${en.slice(0, -1).join(', ')} and ${en.at(-1)}`;
  const verb = parts.length === 1 && parts[0] !== 'RANKS' ? 'is' : 'are';
  return {
    zh: `${parts.map((part) => RECOMPUTED[part].zh).join('、')}按列示的机构重新计算。`,
    en: `${list.charAt(0).toUpperCase()}${list.slice(1)} ${verb} recomputed among the units shown.`,
  };
}

function joined(...notes: (LocalizedText | null | undefined)[]): LocalizedText | undefined {
  const present = notes.filter((note): note is LocalizedText => !!note);
  if (present.length === 0) return undefined;
  return { zh: present.map((note) => note.zh).join(''), en: present.map((note) => note.en).join(' ') };
}

type Narrative = ReportContent['narrative'];

/**
 * Untagged sentences (content frozen before sentences were tagged): the one of them that can state
 * other units' figures is the rank among the peers ("排名由第1名降至第3名（共36家省级分公司）");
 * anything that speaks of ranks is dropped.
 */
const LEGACY_RANKS = { zh: /排名/, en: /\brank|\bamong\b/i };

function scopeNarrative(
  narrative: Narrative,
  sections: readonly ReportSection[],
  withheldFrom: ReadonlySet<string>,
): Narrative {
  if (withheldFrom.size === 0) return narrative;
  const { zh, en, sources } = narrative;
  // Both languages say the same sentences in the same order; content that does not is not trusted.
  if (zh.length !== en.length || (sources && sources.length !== zh.length))
    return { zh: [], en: [], ...(sources ? { sources: [] } : {}) };
  if (!sources) {
    const keep = zh.map((sentence, i) => !sentence.includes('排名') && !LEGACY_RANKS.en.test(en[i]));
    return { zh: zh.filter((_, i) => keep[i]), en: en.filter((_, i) => keep[i]) };
  }
  const scoped: Required<Narrative> = { zh: [], en: [], sources: [] };
  sources.forEach((source, i) => {
    let said: LocalizedText | null = { zh: zh[i], en: en[i] };
    if (source && withheldFrom.has(source.section)) {
      const section = sections.find((s) => s.key === source.section);
      said = source.rank && section ? rankAmongShown(section, source.rank.level) : null;
    }
    if (!said) return;
    scoped.zh.push(said.zh);
    scoped.en.push(said.en);
    scoped.sources.push(source);
  });
  return scoped;
}

/** The report's own unit's rank among the unit rows shown, as the narrative words it; null when it is not shown. */
function rankAmongShown(section: ReportSection, level: UnitLevel): LocalizedText | null {
  const ranked = section.ranked;
  if (!ranked) return null;
  const index = (key: string) => section.columns.findIndex((c) => c.key === key);
  const units = section.rows.filter((row) => row.unit);
  const own = units.find((row) => row.highlight);
  if (!own) return null;
  const ranking = {
    rank: numberIn(own, index(ranked.rank)),
    previousRank: ranked.previousRank ? numberIn(own, index(ranked.previousRank)) : null,
    peers: units.length,
    level,
  };
  return { zh: rankWords(ranking, 'zh-CN'), en: rankWords(ranking, 'en') };
}

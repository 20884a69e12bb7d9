import { compare, type Compared } from '../../metrics/index.js';
import type { LocalizedText, ReportCell, ReportColumn, ReportRanking, ReportRow, ReportSection, ReportValueFormat } from '../report.content.js';
import type { RankingFigures, SpecFigures, TrendMonth } from './frame.js';
import { formatOf, type FigureGroup, type FigureSpec } from './key-figures.js';

// Sections from figures, pure: the columns (each with the one format its numbers read in) and rows.
// A row's first cell names it; a cell holds a number at full precision, never a formatted text. A
// unit's row carries the unit's code and a row computed from others says what it is, so that frozen
// content can be shown to each reader as far as they may see it (report.scope.ts).

type Comparison = 'YOY' | 'PREVIOUS' | 'NONE';

/** Column headings, written once. */
export const HEADINGS = {
  metric: { zh: '指标', en: 'Metric' },
  unit: { zh: '机构', en: 'Unit' },
  month: { zh: '月份', en: 'Month' },
  activity: { zh: '活动', en: 'Activity' },
  current: { zh: '本期', en: 'This period' },
  previous: { YOY: { zh: '同期', en: 'Same period last year' }, PREVIOUS: { zh: '上期', en: 'Previous period' } },
  lastYear: { zh: '去年同期', en: 'A year earlier' },
  change: { zh: '增减', en: 'Change' },
  changeRate: { zh: '增减率', en: 'Change rate' },
  benchmark: { zh: '全系统平均', en: 'Company-wide' },
  share: { zh: '占比', en: 'Share' },
  rank: { zh: '排名', en: 'Rank' },
  previousRank: { YOY: { zh: '同期排名', en: 'Rank a year earlier' }, PREVIOUS: { zh: '上期排名', en: 'Previous rank' } },
  movement: { zh: '名次变动', en: 'Places moved' },
  peerMean: { zh: '同级平均', en: 'Peers’ mean' },
  peerMedian: { zh: '同级中位数', en: 'Peers’ median' },
  total: { zh: '合计', en: 'Total' },
} as const;

/** A row's name: one string when it reads the same in both languages, else both, for either export. */
export const rowName = (label: LocalizedText): ReportCell => (label.zh === label.en ? label.zh : label);

const column = (key: string, label: LocalizedText, format: ReportValueFormat): ReportColumn => ({ key, label: { ...label }, format });
const joined = (a: LocalizedText, b: LocalizedText): LocalizedText => ({ zh: `${a.zh}${b.zh}`, en: `${a.en}: ${b.en.toLowerCase()}` });

/** 本期, and with a comparison 同期 (or 上期), 增减 and (not for rates) 增减率. */
function comparedColumns(prefix: string, format: ReportValueFormat, rates: boolean, comparison: Comparison): ReportColumn[] {
  const columns = [column(`${prefix}current`, HEADINGS.current, format)];
  if (comparison === 'NONE') return columns;
  columns.push(column(`${prefix}previous`, HEADINGS.previous[comparison], format));
  columns.push(column(`${prefix}change`, HEADINGS.change, rates ? 'POINTS' : format));
  if (!rates) columns.push(column(`${prefix}changeRate`, HEADINGS.changeRate, 'PERCENT'));
  return columns;
}

function comparedCells(figure: Compared, rates: boolean, comparison: Comparison): ReportCell[] {
  if (comparison === 'NONE') return [figure.value];
  return rates ? [figure.value, figure.previous, figure.change] : [figure.value, figure.previous, figure.change, figure.changeRate];
}

/** A group of key figures of one unit: a row per metric (the branch report's `metrics`, `ratios`, `rates`). */
export function figureTable(group: FigureGroup, figures: readonly SpecFigures[], comparison: Comparison, unitIndex = 0): ReportSection {
  const columns = [column('metric', HEADINGS.metric, 'TEXT'), ...comparedColumns('', group.format, group.rates, comparison)];
  if (group.benchmark) columns.push(column('benchmark', HEADINGS.benchmark, group.format));
  const rows = figures.map(({ spec, units, benchmark }) => ({
    cells: [rowName(spec.label), ...comparedCells(units[unitIndex], group.rates, comparison), ...(group.benchmark ? [benchmark.value] : [])],
  }));
  return { key: group.key, title: group.title, columns, rows };
}

export interface UnitRow {
  /** The unit's code. */
  unit: string;
  name: LocalizedText;
  highlight: boolean;
}

/**
 * Units as rows and metrics as columns (the children's table, the regulator's tables): each metric's
 * value and, where asked, its change rate (or, for a rate, its change in points); a company-wide row last.
 */
export function unitTable(
  key: string,
  title: LocalizedText,
  units: readonly UnitRow[],
  figures: readonly (SpecFigures & { withChange: boolean })[],
  comparison: Comparison,
  options: { benchmarkRow: boolean; note?: LocalizedText },
): ReportSection {
  const changeOf = (spec: FigureSpec) => (spec.definition.unit === 'FRACTION' ? 'POINTS' : 'PERCENT');
  const columns = [column('unit', HEADINGS.unit, 'TEXT')];
  for (const { spec, withChange } of figures) {
    columns.push(column(spec.key + keySuffix(spec), spec.label, formatOf(spec.definition)));
    if (withChange && comparison !== 'NONE') {
      const heading = changeOf(spec) === 'POINTS' ? HEADINGS.change : HEADINGS.changeRate;
      columns.push(column(`${spec.key}${keySuffix(spec)}:change`, joined(spec.label, heading), changeOf(spec)));
    }
  }
  const cells = (pick: (f: SpecFigures) => Compared) =>
    figures.flatMap((f) => {
      const figure = pick(f);
      if (!f.withChange || comparison === 'NONE') return [figure.value];
      return [figure.value, changeOf(f.spec) === 'POINTS' ? figure.change : figure.changeRate];
    });
  const rows: ReportRow[] = units.map((unit, u) => ({
    cells: [rowName(unit.name), ...cells((f) => f.units[u])],
    highlight: unit.highlight,
    unit: unit.unit,
  }));
  // The company-wide row: a count of the whole company is no average to set beside a unit's, so none.
  const pooled = (f: SpecFigures): Compared => (f.spec.definition.additive ? compare(null, null) : f.benchmark);
  if (options.benchmarkRow) rows.push({ cells: [rowName(HEADINGS.benchmark), ...cells(pooled)], aggregate: 'BENCHMARK' });
  return { key, title, columns, rows, ...(options.note ? { note: options.note } : {}) };
}

/** A stable column key for a spec with a filter ("PER_100M_PREMIUM:assessed", "COMPLAINTS:HQ_REFERRAL"). */
function keySuffix(spec: FigureSpec): string {
  const { assessedOnly, channels } = spec.filter;
  return `${assessedOnly ? ':assessed' : ''}${channels?.length ? `:${channels.join('+')}` : ''}`;
}

/** Named figures of one unit, a row each (a breakdown's parts in Pareto order with their shares, activities). */
export function comparedTable(
  key: string,
  title: LocalizedText,
  heading: LocalizedText,
  items: readonly { label: LocalizedText; figure: Compared; share?: number | null }[],
  comparison: Comparison,
  options: { share: boolean; note?: LocalizedText },
): ReportSection {
  const columns = [column('name', heading, 'TEXT'), ...comparedColumns('', 'COUNT', false, comparison)];
  if (options.share) columns.push(column('share', HEADINGS.share, 'PERCENT'));
  const rows = items.map((item) => ({
    cells: [rowName(item.label), ...comparedCells(item.figure, false, comparison), ...(options.share ? [item.share ?? null] : [])],
  }));
  return { key, title, columns, rows, ...(options.note ? { note: options.note } : {}) };
}

/** A month per row, each spec's value and its value a year earlier; a line chart of the first two specs. */
export function trendTable(title: LocalizedText, specs: readonly FigureSpec[], months: readonly TrendMonth[], comparison: Comparison): ReportSection {
  const compared = comparison !== 'NONE';
  const columns = [column('month', HEADINGS.month, 'TEXT')];
  for (const spec of specs) {
    columns.push(column(`${spec.key}${keySuffix(spec)}`, joined(spec.label, HEADINGS.current), formatOf(spec.definition)));
    if (compared) columns.push(column(`${spec.key}${keySuffix(spec)}:previous`, joined(spec.label, HEADINGS.lastYear), formatOf(spec.definition)));
  }
  const rows = months.map((m) => ({
    cells: [m.month, ...m.figures.flatMap((figure) => (compared ? [figure.value, figure.previous] : [figure.value]))],
  }));
  const charted = specs.slice(0, 2);
  const series = charted.flatMap((spec, s) => [
    { name: joined(spec.label, HEADINGS.current), values: months.map((m) => m.figures[s].value) },
    ...(compared ? [{ name: joined(spec.label, HEADINGS.lastYear), values: months.map((m) => m.figures[s].previous) }] : []),
  ]);
  return { key: 'trend', title, columns, rows, chart: { kind: 'line', title, categories: months.map((m) => m.month), series } };
}

/** The peers ranked, the report's unit highlighted, then the benchmark and the peers' mean and median. */
export function rankingTable(title: LocalizedText, spec: FigureSpec, ranking: RankingFigures, comparison: Comparison, note: LocalizedText): ReportSection {
  const format = formatOf(spec.definition);
  const columns = [column('unit', HEADINGS.unit, 'TEXT'), column('current', HEADINGS.current, format), column('rank', HEADINGS.rank, 'RANK')];
  if (comparison !== 'NONE') {
    columns.push(column('previous', HEADINGS.previous[comparison], format));
    columns.push(column('previousRank', HEADINGS.previousRank[comparison], 'RANK'));
    columns.push(column('movement', HEADINGS.movement, 'COUNT'));
  }
  const width = columns.length;
  const rows: ReportRow[] = ranking.rows.map((row) => ({
    cells: [rowName(row.unit.name), row.value, row.rank, ...(comparison !== 'NONE' ? [row.previousValue, row.previousRank, row.movement] : [])],
    highlight: row.unit.own,
    unit: row.unit.code,
  }));
  const summary = (label: LocalizedText, value: number | null, aggregate: ReportRow['aggregate']): ReportRow => ({
    cells: [rowName(label), value, ...Array<ReportCell>(width - 2).fill(null)],
    aggregate,
  });
  rows.push(
    summary(HEADINGS.benchmark, ranking.benchmark, 'BENCHMARK'),
    summary(HEADINGS.peerMean, ranking.peerMean, 'MEAN'),
    summary(HEADINGS.peerMedian, ranking.peerMedian, 'MEDIAN'),
  );
  // rankRows ranks the largest first (DOMAIN.md "Rankings"); these columns are a live ranking's fields.
  const ranked: ReportRanking = {
    order: 'DESC', value: 'current', rank: 'rank',
    ...(comparison !== 'NONE' ? { previous: 'previous', previousRank: 'previousRank', movement: 'movement' } : {}),
  };
  return { key: 'ranking', title, columns, rows, note, ranked };
}

/** A table with a row per name and one number per column (the regulator's units × parts, months, kinds). */
export function matrixTable(
  key: string,
  title: LocalizedText,
  heading: LocalizedText,
  columns: readonly { key: string; label: LocalizedText; format: ReportValueFormat }[],
  rows: readonly { name: LocalizedText | string; cells: ReportCell[]; highlight?: boolean; unit?: string }[],
): ReportSection {
  return {
    key,
    title,
    columns: [column('name', heading, 'TEXT'), ...columns.map((c) => column(c.key, c.label, c.format))],
    rows: rows.map((row) => ({
      cells: [typeof row.name === 'string' ? row.name : rowName(row.name), ...row.cells],
      ...(row.highlight ? { highlight: true } : {}),
      ...(row.unit ? { unit: row.unit } : {}),
    })),
  };
}

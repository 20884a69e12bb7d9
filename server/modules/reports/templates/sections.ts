import type { Comparison } from '../../../../db/domain.js';
import { compare, type Compared } from '../../metrics/index.js';
import type {
  LocalizedText,
  ReportCell,
  ReportColumn,
  ReportDirection,
  ReportFigureRef,
  ReportMeasure,
  ReportPeriod,
  ReportRanking,
  ReportRow,
  ReportSection,
  ReportValueFormat,
} from '../report.content.js';
import type { RankingFigures, SpecFigures, TrendMonth } from './frame.js';
import { basisOf, BASIS_WORDS, formatOf, headingOf, refOf, type FigureGroup, type FigureSpec } from './key-figures.js';

// Sections from figures, pure: the columns (each with the one format its numbers read in) and rows.
// A row's first cell names it; a cell holds a number at full precision, never a formatted text. A
// unit's row carries the unit's code and a row computed from others says what it is, so that frozen
// content can be shown to each reader as far as they may see it (report.scope.ts). Rows and columns
// also say which figure their cells are (metric, filter, measure, period) and which way it is better,
// so a cell leads to its records and a change reads as better or worse (report.cells.ts).

/** Column headings, written once. */
export const HEADINGS = {
  metric: { zh: '指标', en: 'Metric' },
  basis: { zh: '口径', en: 'Basis' },
  unit: { zh: '机构', en: 'Unit' },
  month: { zh: '月份', en: 'Month' },
  activity: { zh: '活动', en: 'Activity' },
  current: { zh: '本期', en: 'This period' },
  previous: { YOY: { zh: '同期', en: 'Same period last year' }, PREVIOUS: { zh: '上期', en: 'Previous period' } },
  lastYear: { zh: '去年同期', en: 'A year earlier' },
  change: { zh: '增减', en: 'Change' },
  changeRate: { zh: '增减率', en: 'Change rate' },
  /** The company's figure of an additive metric (a count) is its total; of a ratio, its pooled level. */
  companyTotal: { zh: '全公司合计', en: 'Company total' },
  companyLevel: { zh: '全公司水平', en: 'Company level' },
  share: { zh: '占比', en: 'Share' },
  rank: { zh: '排名', en: 'Rank' },
  previousRank: {
    YOY: { zh: '同期排名', en: 'Rank a year earlier' },
    PREVIOUS: { zh: '上期排名', en: 'Previous rank' },
  },
  movement: { zh: '名次变动', en: 'Places moved' },
  peerMean: { zh: '同级平均', en: 'Peers’ mean' },
  peerMedian: { zh: '同级中位数', en: 'Peers’ median' },
  total: { zh: '合计', en: 'Total' },
} as const;

/** The company's figure of specs: a total when every one adds up, else a level (a ratio's, pooled). */
export const companyWords = (specs: readonly FigureSpec[]): LocalizedText =>
  specs.every((spec) => spec.definition.additive) ? HEADINGS.companyTotal : HEADINGS.companyLevel;

/** A row's name: one string when it reads the same in both languages, else both, for either export. */
export const rowName = (label: LocalizedText): ReportCell => (label.zh === label.en ? label.zh : label);

interface ColumnFacts {
  figure?: ReportFigureRef;
  measure?: ReportMeasure;
  period?: ReportPeriod;
  better?: ReportDirection;
}

const column = (
  key: string,
  label: LocalizedText,
  format: ReportValueFormat,
  facts: ColumnFacts = {},
): ReportColumn => ({
  key,
  label: { ...label },
  format,
  ...facts,
});
const joined = (a: LocalizedText, b: LocalizedText): LocalizedText => ({
  zh: `${a.zh}${b.zh}`,
  en: `${a.en}: ${b.en.toLowerCase()}`,
});

/** 本期, and with a comparison 同期 (or 上期), 增减 and (not for rates) 增减率; `facts` name the figure where the column does. */
function comparedColumns(
  prefix: string,
  format: ReportValueFormat,
  rates: boolean,
  comparison: Comparison,
  facts: ColumnFacts = {},
): ReportColumn[] {
  const columns = [column(`${prefix}current`, HEADINGS.current, format, { ...facts, measure: 'CURRENT' })];
  if (comparison === 'NONE') return columns;
  columns.push(column(`${prefix}previous`, HEADINGS.previous[comparison], format, { ...facts, measure: 'PREVIOUS' }));
  columns.push(column(`${prefix}change`, HEADINGS.change, rates ? 'POINTS' : format, { ...facts, measure: 'CHANGE' }));
  if (!rates)
    columns.push(column(`${prefix}changeRate`, HEADINGS.changeRate, 'PERCENT', { ...facts, measure: 'CHANGE_RATE' }));
  return columns;
}

function comparedCells(figure: Compared, rates: boolean, comparison: Comparison): ReportCell[] {
  if (comparison === 'NONE') return [figure.value];
  return rates
    ? [figure.value, figure.previous, figure.change]
    : [figure.value, figure.previous, figure.change, figure.changeRate];
}

const basisCell = (spec: FigureSpec): ReportCell => {
  const basis = basisOf(spec);
  return basis ? BASIS_WORDS[basis] : null;
};

/** A group of key figures of one unit: a row per metric, its basis beside it (the branch report's `metrics`, `ratios`, `rates`). */
export function figureTable(
  group: FigureGroup,
  figures: readonly SpecFigures[],
  comparison: Comparison,
  unitIndex = 0,
): ReportSection {
  const columns = [
    column('metric', HEADINGS.metric, 'TEXT'),
    column('basis', HEADINGS.basis, 'TEXT'),
    ...comparedColumns('', group.format, group.rates, comparison),
  ];
  if (group.benchmark)
    columns.push(column('benchmark', companyWords(group.specs), group.format, { measure: 'BENCHMARK' }));
  const rows = figures.map(({ spec, units, benchmark }): ReportRow => ({
    cells: [
      rowName(spec.label),
      basisCell(spec),
      ...comparedCells(units[unitIndex], group.rates, comparison),
      ...(group.benchmark ? [benchmark.value] : []),
    ],
    figure: refOf(spec),
    better: spec.definition.better,
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
 * value (headed with its basis) and, where asked, its change rate (or, for a rate, its change in
 * points); the company's row last: 全公司合计 where every column adds up, else 全公司水平 (a count's
 * cells then empty: a company total is no level to set beside a unit's).
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
    const facts = { figure: refOf(spec), better: spec.definition.better };
    columns.push(
      column(spec.key + keySuffix(spec), headingOf(spec), formatOf(spec.definition), { ...facts, measure: 'CURRENT' }),
    );
    if (withChange && comparison !== 'NONE') {
      const points = changeOf(spec) === 'POINTS';
      const heading = points ? HEADINGS.change : HEADINGS.changeRate;
      columns.push(
        column(`${spec.key}${keySuffix(spec)}:change`, joined(spec.label, heading), changeOf(spec), {
          ...facts,
          measure: points ? 'CHANGE' : 'CHANGE_RATE',
        }),
      );
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
  const specs = figures.map((f) => f.spec);
  const total = specs.every((spec) => spec.definition.additive);
  const company = (f: SpecFigures): Compared =>
    f.spec.definition.additive && !total ? compare(null, null) : f.benchmark;
  if (options.benchmarkRow)
    rows.push({ cells: [rowName(companyWords(specs)), ...cells(company)], aggregate: 'BENCHMARK' });
  return { key, title, columns, rows, ...(options.note ? { note: options.note } : {}) };
}

/** A stable column key for a spec with a filter ("PER_100M_PREMIUM:assessed", "COMPLAINTS:HQ_REFERRAL"). */
function keySuffix(spec: FigureSpec): string {
  const { assessedOnly, channels } = spec.filter;
  return `${assessedOnly ? ':assessed' : ''}${channels?.length ? `:${channels.join('+')}` : ''}`;
}

/**
 * Named figures of one unit, a row each (a breakdown's parts in Pareto order with their shares,
 * activities). `spec`: the metric the values are of, each part's `figure` its filter.
 */
export function comparedTable(
  key: string,
  title: LocalizedText,
  heading: LocalizedText,
  items: readonly { label: LocalizedText; figure: Compared; share?: number | null; part?: ReportFigureRef }[],
  comparison: Comparison,
  options: { share: boolean; note?: LocalizedText; spec?: FigureSpec },
): ReportSection {
  const facts: ColumnFacts = options.spec
    ? { figure: { metric: options.spec.key }, better: options.spec.definition.better }
    : {};
  const columns = [column('name', heading, 'TEXT'), ...comparedColumns('', 'COUNT', false, comparison, facts)];
  if (options.share) columns.push(column('share', HEADINGS.share, 'PERCENT', { measure: 'SHARE' }));
  const rows = items.map((item): ReportRow => ({
    cells: [
      rowName(item.label),
      ...comparedCells(item.figure, false, comparison),
      ...(options.share ? [item.share ?? null] : []),
    ],
    ...(item.part ? { figure: item.part } : {}),
  }));
  return { key, title, columns, rows, ...(options.note ? { note: options.note } : {}) };
}

/** A month per row, each spec's value and its value a year earlier; a line chart of the first two specs. */
export function trendTable(
  title: LocalizedText,
  specs: readonly FigureSpec[],
  months: readonly TrendMonth[],
  comparison: Comparison,
): ReportSection {
  const compared = comparison !== 'NONE';
  const columns = [column('month', HEADINGS.month, 'TEXT')];
  for (const spec of specs) {
    const figure = refOf(spec);
    const format = formatOf(spec.definition);
    columns.push(
      column(`${spec.key}${keySuffix(spec)}`, joined(headingOf(spec), HEADINGS.current), format, {
        figure,
        measure: 'CURRENT',
      }),
    );
    if (compared) {
      columns.push(
        column(`${spec.key}${keySuffix(spec)}:previous`, joined(headingOf(spec), HEADINGS.lastYear), format, {
          figure,
          measure: 'YEAR_EARLIER',
        }),
      );
    }
  }
  const rows = months.map((m): ReportRow => ({
    cells: [m.month, ...m.figures.flatMap((figure) => (compared ? [figure.value, figure.previous] : [figure.value]))],
    period: m.period,
  }));
  const charted = specs.slice(0, 2);
  const series = charted.flatMap((spec, s) => [
    { name: joined(spec.label, HEADINGS.current), values: months.map((m) => m.figures[s].value) },
    ...(compared
      ? [{ name: joined(spec.label, HEADINGS.lastYear), values: months.map((m) => m.figures[s].previous) }]
      : []),
  ]);
  return {
    key: 'trend',
    title,
    columns,
    rows,
    chart: { kind: 'line', title, categories: months.map((m) => m.month), series },
  };
}

/** The peers ranked, the report's unit highlighted, then the company's level and the peers' mean and median. */
export function rankingTable(
  title: LocalizedText,
  spec: FigureSpec,
  ranking: RankingFigures,
  comparison: Comparison,
  note: LocalizedText,
): ReportSection {
  const format = formatOf(spec.definition);
  const figure = refOf(spec);
  const columns = [
    column('unit', HEADINGS.unit, 'TEXT'),
    column('current', HEADINGS.current, format, { figure, measure: 'CURRENT' }),
    column('rank', HEADINGS.rank, 'RANK', { measure: 'RANK' }),
  ];
  if (comparison !== 'NONE') {
    columns.push(column('previous', HEADINGS.previous[comparison], format, { figure, measure: 'PREVIOUS' }));
    columns.push(column('previousRank', HEADINGS.previousRank[comparison], 'RANK', { measure: 'PREVIOUS_RANK' }));
    // Places moved are judged by the metric's direction: a lower-is-better metric's fall from 1st to 3rd is an improvement.
    columns.push(
      column('movement', HEADINGS.movement, 'COUNT', { measure: 'MOVEMENT', better: spec.definition.better }),
    );
  }
  const width = columns.length;
  const rows: ReportRow[] = ranking.rows.map((row) => ({
    cells: [
      rowName(row.unit.name),
      row.value,
      row.rank,
      ...(comparison !== 'NONE' ? [row.previousValue, row.previousRank, row.movement] : []),
    ],
    highlight: row.unit.own,
    unit: row.unit.code,
  }));
  const summary = (label: LocalizedText, value: number | null, aggregate: ReportRow['aggregate']): ReportRow => ({
    cells: [rowName(label), value, ...Array<ReportCell>(width - 2).fill(null)],
    aggregate,
  });
  rows.push(
    summary(companyWords([spec]), ranking.benchmark, 'BENCHMARK'),
    summary(HEADINGS.peerMean, ranking.peerMean, 'MEAN'),
    summary(HEADINGS.peerMedian, ranking.peerMedian, 'MEDIAN'),
  );
  // rankRows ranks the largest first (DOMAIN.md "Rankings"); these columns are a live ranking's fields.
  const ranked: ReportRanking = {
    order: 'DESC',
    value: 'current',
    rank: 'rank',
    ...(comparison !== 'NONE' ? { previous: 'previous', previousRank: 'previousRank', movement: 'movement' } : {}),
  };
  return { key: 'ranking', title, columns, rows, note, ranked };
}

/** A column of a matrix: a heading, a format, and what its cells are. */
export interface MatrixColumn extends ColumnFacts {
  key: string;
  label: LocalizedText;
  format: ReportValueFormat;
}

/** A table with a row per name and one number per column (the regulator's units × parts, months, kinds). */
export function matrixTable(
  key: string,
  title: LocalizedText,
  heading: LocalizedText,
  columns: readonly MatrixColumn[],
  rows: readonly { name: LocalizedText | string; cells: ReportCell[]; highlight?: boolean; unit?: string }[],
  note?: LocalizedText,
): ReportSection {
  return {
    key,
    title,
    columns: [
      column('name', heading, 'TEXT'),
      ...columns.map(({ key: k, label, format, ...facts }) => column(k, label, format, facts)),
    ],
    rows: rows.map((row) => ({
      cells: [typeof row.name === 'string' ? row.name : rowName(row.name), ...row.cells],
      ...(row.highlight ? { highlight: true } : {}),
      ...(row.unit ? { unit: row.unit } : {}),
    })),
    ...(note ? { note } : {}),
  };
}

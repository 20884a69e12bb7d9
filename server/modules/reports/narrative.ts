import type { Comparison } from '../../../db/domain.js';
import type { MetricEntry as MetricDefinition } from '../metrics/index.js';

// The report's sentences, from figures, in the manner of the source document
// ("投诉考核量853宗，同比减少539宗，下降38.72%"): pure functions of numbers and the registry's
// definitions, in Chinese and English. Counts say how many more or fewer and by what share; rates
// say by how many percentage points; ranks say from which place to which.

export type Language = 'zh-CN' | 'en';

export interface Figure {
  value: number | null;
  previous: number | null;
  change: number | null;
  changeRate: number | null;
  benchmark?: number | null;
}

/** A share as the source writes it: two decimals, none when they are zeros (38.72%, 32.20%, 50%). */
export function percent(fraction: number): string {
  const text = (Math.abs(fraction) * 100).toFixed(2);
  return `${text.endsWith('.00') ? text.slice(0, -3) : text}%`;
}

const two = (n: number) => n.toFixed(2);
const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

/** A value with its unit, as a sentence writes it. */
export function amount(definition: MetricDefinition, value: number, language: Language): string {
  const zh = language === 'zh-CN';
  switch (definition.unit) {
    case 'COUNT':
      // policies are pieces (件), issues items (项), complaints cases (宗)
      return zh
        ? `${round(value, 2)}${definition.key === 'POLICIES' ? '件' : definition.key === 'ISSUES' ? '项' : '宗'}`
        : round(value, 2).toLocaleString('en');
    case 'YUAN':
      if (!zh)
        return `CNY ${(value / 1_000_000).toLocaleString('en', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} million`;
      return value >= 1e8 ? `${two(value / 1e8)}亿元` : `${two(value / 1e4)}万元`;
    case 'FRACTION':
      return `${value < 0 ? '-' : ''}${percent(value)}`;
    case 'DAYS':
      return zh ? `${two(value)}天` : `${two(value)} days`;
    default:
      return two(value);
  }
}

const WORDS = {
  'zh-CN': { YOY: '同比', PREVIOUS: '环比', NONE: '' },
  en: { YOY: 'year on year', PREVIOUS: 'on the previous period', NONE: '' },
} as const;

/** "投诉考核量853宗，同比减少539宗，下降38.72%" — or the rate's points, or the change of days. */
export function metricSentence(
  definition: MetricDefinition,
  figure: Figure,
  comparison: Comparison,
  language: Language,
): string {
  const zh = language === 'zh-CN';
  const label = zh ? definition.labelZh : definition.labelEn;
  if (figure.value === null) return zh ? `${label}无数据` : `${label}: no value`;
  const head = zh
    ? `${label}${amount(definition, figure.value, language)}`
    : `${label}: ${amount(definition, figure.value, language)}`;
  if (comparison === 'NONE') return head;
  const when = WORDS[language][comparison];
  if (figure.previous === null) return zh ? `${head}，${when}无可比数据` : `${head}, no figure to compare ${when}`;
  const change = figure.change ?? figure.value - figure.previous;
  if (round(change, 10) === 0)
    return zh ? `${head}，与${comparison === 'YOY' ? '去年同期' : '上期'}持平` : `${head}, unchanged ${when}`;
  const up = change > 0;
  if (definition.unit === 'FRACTION') {
    const points = two(Math.abs(change) * 100);
    return zh
      ? `${head}，${when}${up ? '提高' : '降低'}${points}个百分点`
      : `${head}, ${up ? 'up' : 'down'} ${points} percentage points ${when}`;
  }
  const rate = figure.changeRate === null ? null : percent(figure.changeRate);
  if (definition.unit === 'COUNT' || definition.unit === 'DAYS') {
    const by = amount(definition, Math.abs(change), language);
    if (zh) return `${head}，${when}${up ? '增加' : '减少'}${by}${rate ? `，${up ? '上升' : '下降'}${rate}` : ''}`;
    return `${head}, ${up ? 'up' : 'down'} ${by}${rate ? ` (${up ? '+' : '−'}${rate})` : ''} ${when}`;
  }
  // rates per premium or policies, premium: the share of the change only
  if (rate === null) return zh ? `${head}，${when}${up ? '上升' : '下降'}` : `${head}, ${up ? 'up' : 'down'} ${when}`;
  const verb = definition.unit === 'YUAN' ? (up ? '增长' : '下降') : up ? '上升' : '下降';
  return zh ? `${head}，${when}${verb}${rate}` : `${head}, ${up ? 'up' : 'down'} ${rate} ${when}`;
}

/** Beside the company-wide figure (higher, lower, better, level); null when it cannot say. */
export function benchmarkPhrase(
  definition: MetricDefinition,
  value: number | null,
  benchmark: number | null,
  language: Language,
): string | null {
  if (value === null || benchmark === null || definition.better === 'NONE') return null;
  const zh = language === 'zh-CN';
  if (round(value - benchmark, 10) === 0) return zh ? '与全国系统平均水平持平' : 'level with the company-wide average';
  const better = definition.better === 'LOWER' ? value < benchmark : value > benchmark;
  // The source's words: a lower number of days "优于" the average; a higher timely rate "高于" it.
  if (zh)
    return value > benchmark
      ? '高于全国系统平均水平'
      : definition.better === 'LOWER'
        ? '优于全国系统平均水平'
        : '低于全国系统平均水平';
  return better ? 'better than the company-wide average' : 'worse than the company-wide average';
}

/** 1st, 2nd, 3rd, 4th … 11th, 12th, 13th, 21st. */
export const ordinal = (n: number) => {
  const tens = n % 100;
  const suffix =
    tens >= 11 && tens <= 13 ? 'th' : (({ 1: 'st', 2: 'nd', 3: 'rd' } as Record<number, string>)[n % 10] ?? 'th');
  return `${n}${suffix}`;
};

/** "排名由第1名降至第3名": a larger place number is a descent, whichever way the metric is better. */
export function rankSentence(
  label: { zh: string; en: string },
  rank: number | null,
  previousRank: number | null,
  language: Language,
): string {
  const zh = language === 'zh-CN';
  const name = zh ? label.zh : label.en;
  if (rank === null) return zh ? `${name}无排名` : `${name}: not ranked`;
  if (previousRank === null) return zh ? `${name}排名第${rank}名` : `${name} ranked ${ordinal(rank)}`;
  if (previousRank === rank)
    return zh ? `${name}排名第${rank}名，与上期持平` : `${name} ranked ${ordinal(rank)}, unchanged`;
  const fell = rank > previousRank;
  if (zh) return `${name}排名由第${previousRank}名${fell ? '降至' : '升至'}第${rank}名`;
  return `${name} ${fell ? 'fell' : 'rose'} from ${ordinal(previousRank)} to ${ordinal(rank)}`;
}

const MONTHS_EN = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const lastDay = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();
const parts = (date: string) => date.split('-').map(Number) as [number, number, number];

/**
 * A period as the source names it: a whole year "2013年"; whole months of one year "2013年1-7月"
 * (one month "2013年7月"); whole months across years "2012年11月至2013年2月"; otherwise the days,
 * "2013年1月1日至2013年7月15日". English: "2013", "January–July 2013", "1 January 2013 to 15 July 2013".
 */
export function periodWords(period: { from: string; to: string }, language: Language): string {
  const zh = language === 'zh-CN';
  const [fy, fm, fd] = parts(period.from);
  const [ty, tm, td] = parts(period.to);
  const monthEn = (y: number, m: number) => `${MONTHS_EN[m - 1]} ${y}`;
  if (fd === 1 && td === lastDay(ty, tm)) {
    if (fy === ty && fm === 1 && tm === 12) return zh ? `${fy}年` : `${fy}`;
    if (fy === ty && fm === tm) return zh ? `${fy}年${fm}月` : monthEn(fy, fm);
    if (fy === ty) return zh ? `${fy}年${fm}-${tm}月` : `${MONTHS_EN[fm - 1]}–${MONTHS_EN[tm - 1]} ${fy}`;
    return zh ? `${fy}年${fm}月至${ty}年${tm}月` : `${monthEn(fy, fm)} to ${monthEn(ty, tm)}`;
  }
  const day = (y: number, m: number, d: number) => (zh ? `${y}年${m}月${d}日` : `${d} ${monthEn(y, m)}`);
  if (period.from === period.to) return day(fy, fm, fd);
  return zh ? `${day(fy, fm, fd)}至${day(ty, tm, td)}` : `${day(fy, fm, fd)} to ${day(ty, tm, td)}`;
}

/** The first sentence of a paragraph names its period: "2013年1-7月，考核投诉量853宗…" / "In January–July 2013, assessed…". */
export function inPeriod(period: { from: string; to: string }, sentence: string, language: Language): string {
  const words = periodWords(period, language);
  if (language === 'zh-CN') return `${words}，${sentence}`;
  return `In ${words}, ${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}`;
}

/** Clauses joined into one sentence, with its full stop: "…，优于全国系统平均水平。" */
export function sentence(clauses: readonly (string | null)[], language: Language): string {
  const zh = language === 'zh-CN';
  return `${clauses.filter((clause): clause is string => !!clause).join(zh ? '，' : ', ')}${zh ? '。' : '.'}`;
}

/** "开展单位负责人在线值班40人次、现场接访39宗、投诉处理培训180人次" — what the unit did besides handling complaints. */
export function activitiesSentence(
  items: readonly { label: { zh: string; en: string }; unit: { zh: string; en: string }; count: number }[],
  language: Language,
): string {
  if (language === 'zh-CN')
    return `开展${items.map((item) => `${item.label.zh}${item.count}${item.unit.zh}`).join('、')}`;
  return `Activities: ${items.map((item) => `${item.label.en.toLowerCase()} ${item.count.toLocaleString('en')} ${item.unit.en}`).join('; ')}`;
}

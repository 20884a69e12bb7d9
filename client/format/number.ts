import type { Language } from '../i18n/languages';

// Display formatting for figures. Values arrive raw from the API (rates as fractions such as 0.7871,
// money in yuan); only here do they become text. A missing value (a ratio with a zero denominator)
// is shown as a dash, never as 0.
export const NO_VALUE = '—';

const numberLocale = (language: Language) => (language === 'en' ? 'en-US' : 'zh-CN');

// One formatter per language and number of decimals: making one costs far more than formatting with
// it, and a ranking formats hundreds of figures in a render.
const formatters = new Map<string, Intl.NumberFormat>();

function decimal(value: number, digits: number, language: Language): string {
  const key = `${language} ${digits}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(numberLocale(language), {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
    });
    formatters.set(key, formatter);
  }
  return formatter.format(value);
}

/** 12345 → "12,345". */
export function formatInteger(value: number | null | undefined, language: Language = 'zh-CN'): string {
  if (value == null || !Number.isFinite(value)) return NO_VALUE;
  return decimal(Math.round(value), 0, language);
}

/** A figure with fixed decimals, e.g. complaints per 100 million yuan: 3.456 → "3.46". */
export function formatDecimal(value: number | null | undefined, digits = 2, language: Language = 'zh-CN'): string {
  if (value == null || !Number.isFinite(value)) return NO_VALUE;
  return decimal(value, digits, language);
}

/** A rate held as a fraction: 0.7871 → "78.71%". */
export function formatPercent(value: number | null | undefined, language: Language = 'zh-CN'): string {
  if (value == null || !Number.isFinite(value)) return NO_VALUE;
  return `${decimal(value * 100, 2, language)}%`;
}

/** A change in a rate, in percentage points: +0.5209 → "+52.09 个百分点" / "+52.09 pp". */
export function formatPoints(value: number | null | undefined, language: Language = 'zh-CN'): string {
  if (value == null || !Number.isFinite(value)) return NO_VALUE;
  const sign = value > 0 ? '+' : '';
  return `${sign}${decimal(value * 100, 2, language)}${language === 'en' ? ' pp' : ' 个百分点'}`;
}

const ZH_UNITS = [
  { size: 1e8, suffix: '亿元' },
  { size: 1e4, suffix: '万元' },
] as const;
const EN_UNITS = [
  { size: 1e9, suffix: ' bn' },
  { size: 1e6, suffix: ' m' },
] as const;

/**
 * A yuan amount scaled for reading: in Chinese 1.23亿元 / 4,567.89万元 / 9,999元, in English
 * CNY 1.23 bn / CNY 4.57 m / CNY 9,999. 99,999,999 yuan reads 1.00亿元 rather than 10,000.00万元.
 */
export function formatYuan(value: number | null | undefined, language: Language = 'zh-CN'): string {
  if (value == null || !Number.isFinite(value)) return NO_VALUE;
  const units = language === 'en' ? EN_UNITS : ZH_UNITS;
  const unit = units.find(({ size }, index) =>
    // Below the smallest unit the amount stays exact (9,999元, never 1.00万元); above it, a figure
    // that rounds up to the next unit moves to it.
    index === units.length - 1 ? Math.abs(value) >= size : Math.abs(value) >= size * 0.99995,
  );
  const text = unit
    ? `${decimal(value / unit.size, 2, language)}${unit.suffix}`
    : `${decimal(Math.round(value), 0, language)}${language === 'en' ? '' : '元'}`;
  return language === 'en' ? `CNY ${text}` : text;
}

const ZH_COUNT_UNITS = [
  { size: 1e8, suffix: '亿' },
  { size: 1e4, suffix: '万' },
] as const;

/**
 * A count for reading. Chinese reports write large counts in 万 and 亿: 225,424 → "22.54万",
 * 123,456,789 → "1.23亿"; counts below 100,000 stay exact with grouping (85,321), because a branch
 * reads its own figures to the unit. English keeps full grouping (225,424).
 */
export function formatCount(value: number | null | undefined, language: Language = 'zh-CN'): string {
  if (value == null || !Number.isFinite(value)) return NO_VALUE;
  if (language === 'en' || Math.abs(value) < 1e5) return formatInteger(value, language);
  const unit = ZH_COUNT_UNITS.find(({ size }) => Math.abs(value) >= size * 0.99995) ?? ZH_COUNT_UNITS[1];
  return `${decimal(value / unit.size, 2, language)}${unit.suffix}`;
}

/** A signed figure: +539 / −1.25; zero without a sign. */
export function formatSigned(value: number | null | undefined, digits = 0, language: Language = 'zh-CN'): string {
  if (value == null || !Number.isFinite(value)) return NO_VALUE;
  const sign = value > 0 ? '+' : '';
  return `${sign}${decimal(value, digits, language)}`;
}

/** A relative change held as a fraction, signed: −0.3872 → "-38.72%". */
export function formatChangeRate(value: number | null | undefined, language: Language = 'zh-CN'): string {
  if (value == null || !Number.isFinite(value)) return NO_VALUE;
  const sign = value > 0 ? '+' : '';
  return `${sign}${decimal(value * 100, 2, language)}%`;
}

/** An axis tick: short, no decimals beyond what the step needs (12万, 1.5亿, 0.35). */
export function formatAxisNumber(value: number, language: Language = 'zh-CN'): string {
  const abs = Math.abs(value);
  const trim = (text: string) => text.replace(/\.0+$|(\.\d*?)0+$/, '$1');
  if (language !== 'en') {
    if (abs >= 1e8) return `${trim((value / 1e8).toFixed(2))}亿`;
    if (abs >= 1e4) return `${trim((value / 1e4).toFixed(2))}万`;
  } else {
    if (abs >= 1e9) return `${trim((value / 1e9).toFixed(2))}bn`;
    if (abs >= 1e6) return `${trim((value / 1e6).toFixed(2))}m`;
    if (abs >= 1e4) return `${trim((value / 1e3).toFixed(1))}k`;
  }
  return trim(abs >= 100 ? value.toFixed(0) : value.toFixed(2));
}

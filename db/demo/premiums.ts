// Monthly premiums and policies per COUNTY unit and line, 2010-01..2013-12 (SEED-SCENARIO.md):
// growing every year, with the year-end push and the Spring Festival lull. Premiums are written where
// they are sold, on the sub-branches; a city, a province and HQ get theirs by summing their subtree.
// The claims division sells nothing and has none.
import { LINES, type Line } from '../domain.js';
import { demoMonths, formatMonth, type Month } from './calendar.js';
import type { Cell } from './csv-writer.js';
import { GZ_PREMIUM_2013_JAN_JUL_RATIO, GZ_PREMIUM_YUAN } from './gz-quotas.js';
import { lookup } from './lookup.js';
import { Random } from './random.js';
import type { DemoUnit, Organisation } from './units.js';

export const PREMIUM_COLUMNS = ['unit_code', 'month', 'line', 'premium_yuan', 'policies'];

/** 2012 premium of each provincial branch, in 100 million yuan (GZ: gz-quotas.ts). */
const PROVINCE_PREMIUM_2012: Readonly<Record<string, number>> = {
  BJ: 97,
  TJ: 29,
  HE: 90,
  SX: 42,
  NM: 40,
  LN: 48,
  JL: 33,
  HL: 44,
  SH: 79,
  JS: 182,
  ZJ: 123,
  AH: 62,
  FJ: 48,
  JX: 40,
  SD: 123,
  HA: 77,
  HB: 68,
  HN: 70,
  GD: 108,
  GX: 44,
  HI: 12,
  CQ: 40,
  SC: 95,
  GUI: 33,
  YN: 55,
  XZ: 4,
  SN: 44,
  GS: 28,
  QH: 7,
  NX: 9,
  XJ: 40,
  DL: 21,
  QD: 24,
  NB: 34,
  XM: 14,
  SZ: 64,
};

/** January..December: renewals in January and the year-end push in December; the Spring Festival lull. */
const PREMIUM_SEASON = [1.12, 0.78, 0.98, 0.97, 0.98, 1.02, 0.96, 0.95, 0.98, 0.96, 1.02, 1.28];

const YUAN_PER_POLICY: Readonly<Record<Line, number>> = { AUTO: 3200, NON_AUTO: 6500, ACCIDENT_HEALTH: 220 };
const GZ_LINE_SHARE: Readonly<Record<Line, number>> = { AUTO: 0.7, NON_AUTO: 0.2, ACCIDENT_HEALTH: 0.1 };
/** Guangzhou's districts in GZ_DISTRICT_NAMES order: Tianhe and Yuexiu sell most, Conghua least. */
const GZ_DISTRICT_WEIGHTS = [1.4, 1.1, 0.8, 1.6, 1.2, 0.7, 1.3, 0.8, 0.5, 0.6, 0.7, 0.4];

export interface PremiumCell {
  unitCode: string;
  month: Month;
  line: Line;
  cents: number;
  policies: number;
}

export interface PremiumPlan {
  cells: PremiumCell[];
  /** Yuan per year of each province-level branch's own counties (GZ included). */
  annualYuan: Map<string, Map<number, number>>;
  /** Each county's share of its province's premium: where complaints are sold, and so where they arise. */
  countyShare: Map<string, number>;
}

export function planPremiums(organisation: Organisation): PremiumPlan {
  const random = Random.stream('premiums');
  const cells: PremiumCell[] = [];
  const countyShare = new Map<string, number>();
  for (const province of organisation.provinces) {
    const base = PROVINCE_PREMIUM_2012[province.unit.code] * 1e8;
    const growth = [random.between(1.1, 1.22), random.between(1.1, 1.22), random.between(1.08, 1.18)];
    const yearYuan = new Map([
      [2010, base / growth[0] / growth[1]],
      [2011, base / growth[1]],
      [2012, base],
      [2013, base * growth[2]],
    ]);
    const auto = random.between(0.62, 0.74);
    const health = random.between(0.08, 0.14);
    const lineShare: Record<Line, number> = { AUTO: auto, NON_AUTO: 1 - auto - health, ACCIDENT_HEALTH: health };
    const counties = province.cities.flatMap((city, i) => {
      const cityWeight = i === 0 ? 2.5 : random.between(0.6, 1.4); // the capital city sells most
      return city.counties.map((county) => ({ county, weight: cityWeight * random.between(0.6, 1.6) }));
    });
    const total = counties.reduce((sum, { weight }) => sum + weight, 0);
    for (const { county, weight } of counties) {
      countyShare.set(county.code, weight / total);
      for (const month of demoMonths()) {
        for (const line of LINES) {
          const yuan = (lookup(yearYuan, month.year) * season(month) * lineShare[line] * weight) / total;
          cells.push(cell(random, county, month, line, Math.round(yuan * 100 * random.between(0.97, 1.03))));
        }
      }
    }
  }
  cells.push(...guangzhouCells(random, organisation.gz.districts, countyShare));
  return { cells, annualYuan: annualTotals(organisation, cells), countyShare };
}

export function* premiumRows(plan: PremiumPlan): Generator<Record<string, Cell>> {
  for (const { unitCode, month, line, cents, policies } of plan.cells) {
    yield { unit_code: unitCode, month: formatMonth(month), line, premium_yuan: formatCents(cents), policies };
  }
}

/**
 * GZ's premiums follow GZ_PREMIUM_YUAN by fixed weights, except January–July 2013, whose total is set
 * to the cent from January–July 2012 (S13) and then shared out by the same weights.
 */
function guangzhouCells(random: Random, districts: DemoUnit[], countyShare: Map<string, number>): PremiumCell[] {
  const totalWeight = GZ_DISTRICT_WEIGHTS.reduce((sum, weight) => sum + weight, 0);
  districts.forEach((district, i) => countyShare.set(district.code, GZ_DISTRICT_WEIGHTS[i] / totalWeight));
  const slots = districts.flatMap((district) =>
    demoMonths().flatMap((month) => LINES.map((line) => ({ district, month, line }))),
  );
  const weight = ({ district, month, line }: (typeof slots)[number]) =>
    season(month) * GZ_LINE_SHARE[line] * lookup(countyShare, district.code);
  const planted = ({ month }: (typeof slots)[number]) => month.year === 2013 && month.month <= 7;

  const cents = slots.map((slot) =>
    planted(slot) ? 0 : Math.round(GZ_PREMIUM_YUAN[slot.month.year] * 100 * weight(slot)),
  );
  const janJul2012 = slots.reduce(
    (sum, { month }, i) => (month.year === 2012 && month.month <= 7 ? sum + cents[i] : sum),
    0,
  );
  const { numerator, denominator } = GZ_PREMIUM_2013_JAN_JUL_RATIO;
  const plantedIndexes = slots.flatMap((slot, i) => (planted(slot) ? [i] : []));
  const shares = shareOut(
    Math.round((janJul2012 * numerator) / denominator),
    plantedIndexes.map((i) => weight(slots[i])),
  );
  plantedIndexes.forEach((slotIndex, k) => (cents[slotIndex] = shares[k]));
  return slots.map((slot, i) => cell(random, slot.district, slot.month, slot.line, cents[i]));
}

/** Splits `total` whole units in proportion to `weights`, to the unit (largest remainder). */
function shareOut(total: number, weights: number[]): number[] {
  const sum = weights.reduce((a, b) => a + b, 0);
  const exact = weights.map((weight) => (total * weight) / sum);
  const shares = exact.map(Math.floor);
  const order = exact
    .map((value, i) => ({ i, rest: value - Math.floor(value) }))
    .sort((a, b) => b.rest - a.rest || a.i - b.i);
  let left = total - shares.reduce((a, b) => a + b, 0);
  for (const { i } of order) {
    if (left-- <= 0) break;
    shares[i]++;
  }
  return shares;
}

function cell(random: Random, unit: DemoUnit, month: Month, line: Line, cents: number): PremiumCell {
  const policies = Math.max(1, Math.round((cents / 100 / YUAN_PER_POLICY[line]) * random.between(0.9, 1.1)));
  return { unitCode: unit.code, month, line, cents, policies };
}

function season(month: Month): number {
  return PREMIUM_SEASON[month.month - 1] / PREMIUM_SEASON.reduce((a, b) => a + b, 0);
}

function annualTotals(organisation: Organisation, cells: PremiumCell[]): Map<string, Map<number, number>> {
  const provinceOf = new Map<string, string>();
  for (const province of organisation.provinces) {
    for (const city of province.cities)
      for (const county of city.counties) provinceOf.set(county.code, province.unit.code);
  }
  for (const district of organisation.gz.districts) provinceOf.set(district.code, organisation.gz.unit.code);
  const totals = new Map<string, Map<number, number>>();
  for (const { unitCode, month, cents } of cells) {
    const province = lookup(provinceOf, unitCode);
    const byYear = totals.get(province) ?? new Map<number, number>();
    byYear.set(month.year, (byYear.get(month.year) ?? 0) + cents / 100);
    totals.set(province, byYear);
  }
  return totals;
}

function formatCents(cents: number): string {
  return `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}

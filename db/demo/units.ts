// The demo organisation tree (SEED-SCENARIO.md, "Shape"): HQ; 36 provincial branches, each with its
// cities and their two to four sub-branches; and Guangzhou, a CITY under Guangdong until 2010-12-31
// and a PROVINCE under HQ from 2011-01-01, taking its districts and its claims division with it.
import type { UnitKind, UnitLevel } from '../domain.js';
import type { Cell } from './csv-writer.js';
import { Random } from './random.js';
import { COUNTY_SUFFIXES, GZ_DISTRICT_NAMES, PROVINCE_NAMES } from './unit-names.js';

export interface Membership {
  parentCode?: string;
  level: UnitLevel;
  validFrom: string;
  validTo?: string;
}

export interface DemoUnit {
  code: string;
  nameZh: string;
  nameEn: string;
  kind: UnitKind;
  memberships: Membership[];
}

export interface CityTree {
  unit: DemoUnit;
  counties: DemoUnit[];
}

export interface ProvinceTree {
  unit: DemoUnit;
  cities: CityTree[];
}

export interface GuangzhouTree {
  unit: DemoUnit;
  /** COUNTY units under GZ throughout; they carry GZ's premiums. */
  districts: DemoUnit[];
  /** 理赔事业部: handles claims complaints, writes no premium. */
  department: DemoUnit;
}

export interface Organisation {
  hq: DemoUnit;
  /** The 36 provincial branches that never move (GD among them). */
  provinces: ProvinceTree[];
  gz: GuangzhouTree;
  /** Every unit, parents before children (the import may want parents first). */
  units: DemoUnit[];
}

/** Every demo unit exists from this date; the data itself starts in 2010. */
const FOUNDED = '2000-01-01';
/** Guangzhou's last day as a city branch under Guangdong, and its first as a province-level branch. */
const GZ_LAST_CITY_DAY = '2010-12-31';
const GZ_FIRST_PROVINCE_DAY = '2011-01-01';

export const UNIT_COLUMNS = ['code', 'name_zh', 'name_en', 'kind', 'parent_code', 'level', 'valid_from', 'valid_to'];

export function buildOrganisation(): Organisation {
  const random = Random.stream('units');
  const hq = unit('HQ', '总公司', 'Head Office', 'BRANCH', [{ level: 'HQ', validFrom: FOUNDED }]);
  const provinces = PROVINCE_NAMES.map(([code, nameZh, nameEn, cities]) => {
    const province = unit(code, nameZh, nameEn, 'BRANCH', [member(hq, 'PROVINCE')]);
    return { unit: province, cities: parseNames(cities).map((name) => city(random, province, name)) };
  });
  const guangdong = provinces.find((province) => province.unit.code === 'GD');
  if (!guangdong) throw new Error('the province names have no GD, the province Guangzhou is in');
  const gz = guangzhou(hq, guangdong.unit);
  const units = [
    hq,
    ...provinces.map((province) => province.unit),
    gz.unit,
    ...provinces.flatMap((province) => province.cities.map((city) => city.unit)),
    ...provinces.flatMap((province) => province.cities.flatMap((city) => city.counties)),
    ...gz.districts,
    gz.department,
  ];
  assertUniqueCodes(units);
  return { hq, provinces, gz, units };
}

/** One CSV row per membership: a unit that moved has one row per place it held. */
export function* unitRows(organisation: Organisation): Generator<Record<string, Cell>> {
  for (const unit of organisation.units) {
    for (const membership of unit.memberships) {
      yield {
        code: unit.code,
        name_zh: unit.nameZh,
        name_en: unit.nameEn,
        kind: unit.kind,
        parent_code: membership.parentCode,
        level: membership.level,
        valid_from: membership.validFrom,
        valid_to: membership.validTo,
      };
    }
  }
}

function guangzhou(hq: DemoUnit, gd: DemoUnit): GuangzhouTree {
  const gz = unit('GZ', '广州市分公司', 'Guangzhou Branch', 'BRANCH', [
    { parentCode: gd.code, level: 'CITY', validFrom: FOUNDED, validTo: GZ_LAST_CITY_DAY },
    { parentCode: hq.code, level: 'PROVINCE', validFrom: GZ_FIRST_PROVINCE_DAY },
  ]);
  // The districts keep one membership: their parent stays GZ, so they move with it.
  const districts = parseNames(GZ_DISTRICT_NAMES).map(({ zh, en }) =>
    unit(`GZ-${slug(en)}`, `${zh}支公司`, `${en} Sub-branch`, 'BRANCH', [member(gz, 'COUNTY')]),
  );
  // A department takes the level below its branch (DOMAIN.md), so it changes level with GZ.
  const department = unit('GZ-CLAIMS', '理赔事业部', 'Claims Division', 'DEPARTMENT', [
    { parentCode: gz.code, level: 'COUNTY', validFrom: FOUNDED, validTo: GZ_LAST_CITY_DAY },
    { parentCode: gz.code, level: 'CITY', validFrom: GZ_FIRST_PROVINCE_DAY },
  ]);
  return { unit: gz, districts, department };
}

function city(random: Random, province: DemoUnit, name: { zh: string; en: string }): CityTree {
  const code = `${province.code}-${slug(shortEnglish(name.en))}`;
  const cityUnit = unit(code, `${name.zh}分公司`, `${name.en} Branch`, 'BRANCH', [member(province, 'CITY')]);
  const counties = COUNTY_SUFFIXES.slice(0, random.int(2, 4)).map(([zh, en], i) =>
    unit(`${code}-${i + 1}`, `${shortChinese(name.zh)}${zh}`, `${shortEnglish(name.en)} ${en}`, 'BRANCH', [
      member(cityUnit, 'COUNTY'),
    ]),
  );
  return { unit: cityUnit, counties };
}

function unit(code: string, nameZh: string, nameEn: string, kind: UnitKind, memberships: Membership[]): DemoUnit {
  return { code, nameZh, nameEn, kind, memberships };
}

function member(parent: DemoUnit, level: UnitLevel): Membership {
  return { parentCode: parent.code, level, validFrom: FOUNDED };
}

function parseNames(text: string): { zh: string; en: string }[] {
  return text.split(';').map((entry) => {
    const space = entry.indexOf(' ');
    return { zh: entry.slice(0, space), en: entry.slice(space + 1) };
  });
}

/** `朝阳区` → `朝阳`, `锡林郭勒盟` → `锡林郭勒`: the stem a sub-branch's name starts with. */
function shortChinese(zh: string): string {
  return zh.replace(/(新区|地区|市|区|州|盟|县)$/, '');
}

function shortEnglish(en: string): string {
  return en.replace(/ (District|New Area|Prefecture|League|County|City)$/, '');
}

function slug(en: string): string {
  return en.toUpperCase().replace(/[^A-Z]/g, '');
}

function assertUniqueCodes(units: DemoUnit[]): void {
  const seen = new Set<string>();
  for (const { code } of units) {
    if (seen.has(code)) throw new Error(`demo unit code ${code} is used twice`);
    seen.add(code);
  }
}

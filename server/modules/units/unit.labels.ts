import type { UnitLevel } from '../../../db/domain.js';

// The names of DOMAIN.md's unit levels, for reports ("在省级分公司中排名").

export const UNIT_LEVEL_LABELS: Record<UnitLevel, { zh: string; en: string }> = {
  HQ: { zh: '总公司', en: 'head office' },
  PROVINCE: { zh: '省级分公司', en: 'provincial branches' },
  CITY: { zh: '地市分公司', en: 'city branches' },
  COUNTY: { zh: '县支公司/营业部', en: 'county branches' },
};

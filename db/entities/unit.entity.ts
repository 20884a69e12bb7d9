import { defineEntity, p } from '@mikro-orm/core';
import { UNIT_KINDS } from '../domain.js';

/** An organisation unit (机构). Its place in the tree lives in `UnitMembership`, which is time-versioned. */
export const UnitSchema = defineEntity({
  name: 'Unit',
  tableName: 'unit',
  properties: {
    id: p.integer().primary().autoincrement(),
    code: p.string().length(32).unique('unit_code_unique'),
    nameZh: p.string().length(200),
    nameEn: p.string().length(200).nullable(),
    kind: p.enum(UNIT_KINDS),
  },
});
export class Unit extends UnitSchema.class {}
UnitSchema.setClass(Unit);

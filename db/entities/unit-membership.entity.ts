import { defineEntity, p } from '@mikro-orm/core';
import { UNIT_LEVELS } from '../domain.js';
import { Unit } from './unit.entity.js';

/**
 * One period of a unit's place in the tree: its parent and level from `validFrom` to `validTo`
 * (inclusive; null = open-ended). Periods of one unit never overlap: an exclusion constraint in the
 * initial migration enforces it.
 */
export const UnitMembershipSchema = defineEntity({
  name: 'UnitMembership',
  tableName: 'unit_membership',
  properties: {
    id: p.integer().primary().autoincrement(),
    unit: () => p.manyToOne(Unit).deleteRule('cascade'),
    parent: () => p.manyToOne(Unit).nullable(),
    level: p.enum(UNIT_LEVELS),
    validFrom: p.date(),
    validTo: p.date().nullable(),
  },
  uniques: [{ name: 'unit_membership_natural_key', properties: ['unit', 'validFrom'] }],
  indexes: [{ name: 'unit_membership_parent_idx', properties: ['parent', 'validFrom'] }],
  checks: [
    { name: 'unit_membership_period_check', expression: 'valid_to is null or valid_to >= valid_from' },
    { name: 'unit_membership_root_check', expression: "(level = 'HQ') = (parent_id is null)" },
    { name: 'unit_membership_not_self_check', expression: 'parent_id is null or parent_id <> unit_id' },
  ],
});
export class UnitMembership extends UnitMembershipSchema.class {}
UnitMembershipSchema.setClass(UnitMembership);

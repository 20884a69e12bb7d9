import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { UNIT_KINDS, UNIT_LEVELS, type UnitKind, type UnitLevel } from '../../../db/domain.js';
import { DateScalar } from '../../kernel/scalars.js';

export const UnitLevelEnum = Object.fromEntries(UNIT_LEVELS.map((v) => [v, v])) as { [K in UnitLevel]: K };
registerEnumType(UnitLevelEnum, {
  name: 'UnitLevel',
  description: 'HQ 总公司 → PROVINCE 省级分公司 → CITY 地市分公司 → COUNTY 县支公司/营业部',
});

export const UnitKindEnum = Object.fromEntries(UNIT_KINDS.map((v) => [v, v])) as { [K in UnitKind]: K };
registerEnumType(UnitKindEnum, {
  name: 'UnitKind',
  description: 'BRANCH 分支机构 or DEPARTMENT 部门 (e.g. 理赔事业部)',
});

/** An organisation unit (机构). Its level, parent and children depend on the date asked about. */
@ObjectType({
  description: 'An organisation unit (机构); its place in the tree is time-versioned.',
  simpleResolvers: true,
})
export class Unit {
  /** Internal key, never exposed: the API names units by code. */
  id!: number;

  /**
   * The date on which the scope found the viewer may see this unit in full, if it did; otherwise
   * only its code and names show, and its place in the tree is asked of the scope again.
   */
  fullOn?: string;

  @Field(() => String, { description: 'Stable code, e.g. HQ, GD, GZ.' })
  code!: string;

  @Field(() => String)
  nameZh!: string;

  @Field(() => String, { nullable: true })
  nameEn!: string | null;

  @Field(() => UnitKindEnum)
  kind!: UnitKind;
}

/** One period of a unit's place in the tree. */
@ObjectType({ description: "One period of a unit's place in the tree (validTo null = open-ended)." })
export class UnitPeriod {
  parentId!: number | null;

  @Field(() => UnitLevelEnum)
  level!: UnitLevel;

  @Field(() => DateScalar)
  validFrom!: string;

  @Field(() => DateScalar, { nullable: true })
  validTo!: string | null;
}

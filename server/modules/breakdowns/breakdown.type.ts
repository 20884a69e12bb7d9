import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { MetricDefinition, MetricValue } from '../metrics/index.js';
import { Unit } from '../units/index.js';
import { BREAKDOWN_DIMENSIONS, type BreakdownDimension } from './breakdown.service.js';

export const BreakdownDimensionEnum = Object.fromEntries(BREAKDOWN_DIMENSIONS.map((d) => [d, d])) as {
  [K in BreakdownDimension]: K;
};
registerEnumType(BreakdownDimensionEnum, {
  name: 'BreakdownDimension',
  description:
    "CHANNEL, LINE, CATEGORY: each value of the vocabulary (only the filter's own, when it lists some); " +
    "CHILD_UNIT: each child of the unit at the period's `to`, with its subtree.",
});

@ObjectType({ description: 'One part of a breakdown: a channel, line, category or child unit.' })
export class BreakdownItem {
  @Field(() => String, { description: 'The enum value (e.g. HOTLINE_95518), or the code of the child unit.' })
  key!: string;

  @Field(() => String)
  labelZh!: string;

  @Field(() => String, { nullable: true })
  labelEn!: string | null;

  @Field(() => Unit, { nullable: true, description: 'The child unit, for CHILD_UNIT.' })
  unit!: Unit | null;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => Float, { nullable: true })
  previous!: number | null;

  @Field(() => Float, { nullable: true, description: 'value − previous (points, for a rate).' })
  change!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '(value − previous) ÷ previous; null when previous is 0 or null.',
  })
  changeRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "value ÷ the sum of the items' values, for an additive metric; null for a ratio or when the sum is 0.",
  })
  share!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The shares of this item and every item before it (Pareto line).',
  })
  cumulativeShare!: number | null;
}

@ObjectType({ description: "One unit's metric split into parts, largest first, beside the unit's total." })
export class Breakdown {
  @Field(() => Unit)
  unit!: Unit;

  @Field(() => MetricDefinition)
  metric!: MetricDefinition;

  @Field(() => BreakdownDimensionEnum)
  by!: BreakdownDimension;

  @Field(() => MetricValue, {
    description:
      "The unit's own figure, with the company-wide benchmark. By CHILD_UNIT the items need not add up to it: " +
      'complaints of the unit itself belong to no child.',
  })
  total!: MetricValue;

  @Field(() => [BreakdownItem], { description: 'Largest value first, no value last, ties by key.' })
  items!: BreakdownItem[];
}

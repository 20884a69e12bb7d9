import { Field, Float, ObjectType } from 'type-graphql';
import { MetricDefinition, MetricValue } from '../metrics/index.js';
import { Unit } from '../units/index.js';

@ObjectType({
  description: "One metric's column of a comparison: the company-wide benchmark, the compared units' mean and median.",
})
export class CompareColumn {
  @Field(() => MetricDefinition)
  metric!: MetricDefinition;

  @Field(() => MetricValue, {
    description: "The metric of the whole company (HQ's subtree), pooled, with its own comparison.",
  })
  benchmark!: MetricValue;

  @Field(() => Float, {
    nullable: true,
    description: "Unweighted mean of the compared units' values (the regulator's benchmark until 2018).",
  })
  peerMean!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Median of the compared units' values (the regulator's benchmark since 2020).",
  })
  peerMedian!: number | null;
}

@ObjectType({ description: "One unit's row of a comparison: its metrics in the order asked.", simpleResolvers: true })
export class CompareRow {
  @Field(() => Unit)
  unit!: Unit;

  @Field(() => [MetricValue], { description: 'One value per metric, in the order of `columns`.' })
  values!: MetricValue[];
}

@ObjectType({ description: 'Several units × several metrics over one period, side by side.' })
export class CompareTable {
  @Field(() => [CompareColumn], { description: 'One per metric, in the order asked.' })
  columns!: CompareColumn[];

  @Field(() => [CompareRow], { description: 'One per unit, in the order asked.' })
  rows!: CompareRow[];
}

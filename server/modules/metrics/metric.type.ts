import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { COMPARISONS } from '../../../db/domain.js';
import { LocalizedText } from '../../kernel/localized-text.js';
import {
  DIRECTIONS,
  FIGURE_PARTS,
  METRIC_KEYS,
  METRIC_UNITS,
  type Direction,
  type FigurePart,
  type MetricKey,
  type MetricUnit,
} from './metric-registry.js';

const asEnum = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const MetricKeyEnum = asEnum(METRIC_KEYS);
registerEnumType(MetricKeyEnum, { name: 'MetricKey', description: 'A metric of DOMAIN.md (see metricDefinitions).' });

export const MetricUnitEnum = asEnum(METRIC_UNITS);
registerEnumType(MetricUnitEnum, { name: 'MetricUnit', description: 'What a metric value counts or measures.' });

export const DirectionEnum = asEnum(DIRECTIONS);
registerEnumType(DirectionEnum, {
  name: 'MetricDirection',
  description: 'Which way is better: LOWER, HIGHER or NONE.',
});

export const FigurePartEnum = asEnum(FIGURE_PARTS);
registerEnumType(FigurePartEnum, {
  name: 'FigurePart',
  description: "A part of a figure: a ratio's NUMERATOR or DENOMINATOR; for a count, NUMERATOR is the count itself.",
});

export const ComparisonEnum = asEnum(COMPARISONS);
registerEnumType(ComparisonEnum, {
  name: 'Comparison',
  description: 'YOY 同比: the same dates a year earlier; PREVIOUS 环比: as many days just before; NONE.',
});

export const HierarchyBasisEnum = asEnum(['PERIOD_END', 'EACH_PERIOD'] as const);
registerEnumType(HierarchyBasisEnum, {
  name: 'HierarchyBasis',
  description:
    "PERIOD_END: both periods use the tree at the current period's `to` (可比口径); EACH_PERIOD: each its own.",
});

@ObjectType({ description: 'A metric as DOMAIN.md defines it.' })
export class MetricDefinition {
  @Field(() => MetricKeyEnum)
  key!: MetricKey;

  @Field(() => String)
  labelZh!: string;

  @Field(() => String)
  labelEn!: string;

  @Field(() => MetricUnitEnum)
  unit!: MetricUnit;

  @Field(() => DirectionEnum)
  better!: Direction;

  @Field(() => Boolean, { description: 'Whether the value depends on asOf (closures and deadlines).' })
  dependsOnAsOf!: boolean;

  @Field(() => Boolean, {
    description: 'Whether the values of disjoint parts add up to the whole (counts, premium, policies); ratios do not.',
  })
  additive!: boolean;

  @Field(() => LocalizedText, { description: "What is counted, in DOMAIN.md's words (zh-CN and en)." })
  definition!: LocalizedText;

  @Field(() => LocalizedText, { nullable: true, description: "A ratio's numerator; null for a count or an amount." })
  numerator!: LocalizedText | null;

  @Field(() => LocalizedText, { nullable: true, description: "A ratio's denominator; null for a count or an amount." })
  denominator!: LocalizedText | null;

  @Field(() => LocalizedText, {
    description: 'How the assessed basis (考核口径, assessedOnly) changes the figure, or that it does not.',
  })
  basisNote!: LocalizedText;

  @Field(() => [FigurePartEnum], {
    description:
      'The parts whose complaints can be listed (complaints(filter: {figure})); [] for PREMIUM and POLICIES.',
  })
  drillable!: FigurePart[];
}

@ObjectType({
  description: 'A metric of a unit over a period, with its comparison and the company-wide benchmark.',
  simpleResolvers: true,
})
export class MetricValue {
  @Field(() => MetricKeyEnum)
  metric!: MetricKey;

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

  @Field(() => Float, { nullable: true, description: "The same metric for the whole company (HQ's subtree), pooled." })
  benchmark!: number | null;
}

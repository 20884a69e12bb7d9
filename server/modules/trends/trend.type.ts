import { Field, Float, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../kernel/scalars.js';

export const GranularityEnum = { MONTH: 'MONTH', QUARTER: 'QUARTER', YEAR: 'YEAR' } as const;
registerEnumType(GranularityEnum, { name: 'Granularity', description: 'The size of a trend point.' });

@ObjectType({
  description: 'One point of a trend: a month, quarter or year, clipped to the period.',
  simpleResolvers: true,
})
export class TrendPoint {
  @Field(() => DateScalar)
  from!: string;

  @Field(() => DateScalar)
  to!: string;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => Float, { nullable: true, description: 'The same dates one year earlier.' })
  previous!: number | null;
}

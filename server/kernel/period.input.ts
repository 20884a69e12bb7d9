import { Field, InputType } from 'type-graphql';
import { DateScalar } from './scalars.js';

@InputType({ description: 'An inclusive range of Shanghai-local dates.' })
export class PeriodInput {
  @Field(() => DateScalar)
  from!: string;

  @Field(() => DateScalar)
  to!: string;
}

import { Field, InputType } from 'type-graphql';
import type { Category, Channel, Line } from '../../../db/domain.js';
import { CategoryEnum, ChannelEnum, LineEnum } from '../vocabulary/index.js';

// The filter of every figure (API contract's ComplaintFilter): which complaints count.
@InputType({ description: 'Which complaints count (API contract); an empty or absent list means all.' })
export class ComplaintFilter {
  @Field(() => [ChannelEnum], { nullable: true })
  channels?: Channel[];

  @Field(() => [LineEnum], { nullable: true })
  lines?: Line[];

  @Field(() => [CategoryEnum], { nullable: true })
  categories?: Category[];

  @Field(() => Boolean, { nullable: true, description: 'Only assessed complaints (考核投诉).' })
  assessedOnly?: boolean;
}

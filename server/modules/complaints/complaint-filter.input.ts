import { Field, InputType } from 'type-graphql';
import type { Category, Channel, Line } from '../../../db/domain.js';
import { DateScalar, DateTimeScalar } from '../../graphql/scalars.js';
import { PeriodInput } from '../time/index.js';
import { CategoryEnum, ChannelEnum, ComplaintStatusEnum, LineEnum, type ComplaintStatus } from './complaint.enums.js';

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

@InputType({ description: 'Which complaints to list.' })
export class ComplaintListFilter extends ComplaintFilter {
  @Field(() => String, { nullable: true, description: "Only the responsible units in this unit's subtree." })
  unit?: string;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      "The date of the tree for `unit`'s subtree; the period's `to` by default, else today. It only narrows: a complaint is listed only if its unit lay in your scope on its day of receipt. Without `unit` it has no effect.",
  })
  at?: string;

  @Field(() => PeriodInput, { nullable: true, description: 'Received in this period (Shanghai dates).' })
  period?: PeriodInput;

  @Field(() => ComplaintStatusEnum, { nullable: true })
  status?: ComplaintStatus;

  @Field(() => DateTimeScalar, { nullable: true, description: 'The instant `status` is judged at; now by default.' })
  asOf?: Date;
}

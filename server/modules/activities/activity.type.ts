import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ACTIVITY_KINDS, type ActivityKind } from '../../../db/domain.js';

export const ActivityKindEnum = Object.fromEntries(ACTIVITY_KINDS.map((k) => [k, k])) as { [K in ActivityKind]: K };
registerEnumType(ActivityKindEnum, {
  name: 'ActivityKind',
  description:
    'ONLINE_DUTY 在线值班 (person-times), ONSITE_RECEPTION 现场接访 (complaints), TRAINING 培训 (person-times).',
});

@ObjectType({ description: 'The total of one kind of service activity.' })
export class ActivityTotal {
  @Field(() => ActivityKindEnum)
  kind!: ActivityKind;

  @Field(() => Int)
  count!: number;
}

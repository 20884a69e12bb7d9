import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeScalar } from '../../kernel/scalars.js';
import { Unit } from '../units/index.js';
import { AGING_BUCKETS, type AgingBucketKey } from './backlog.service.js';

export const AgingBucketKeyEnum = Object.fromEntries(AGING_BUCKETS.map(({ key }) => [key, key])) as {
  [K in AgingBucketKey]: K;
};
registerEnumType(AgingBucketKeyEnum, {
  name: 'AgingBucketKey',
  description:
    'NOT_DUE (dueAt >= asOf), PAUSED (in a counted clock pause at asOf and not past due: never overdue), then whole days past dueAt: 1–7, 8–15, 16–30, 31–90, over 90.',
});

@ObjectType({ description: 'Open complaints whose days past due lie in [minDays, maxDays].' })
export class AgingBucket {
  @Field(() => AgingBucketKeyEnum)
  key!: AgingBucketKey;

  @Field(() => Int, { nullable: true, description: 'Null: no lower bound (NOT_DUE), or not counted in days (PAUSED).' })
  minDays!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Null: no upper bound (OVER_90), or not counted in days (PAUSED). NOT_DUE has 0: not past due.',
  })
  maxDays!: number | null;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: "The open complaints of a unit's subtree at an instant, by days past their deadline." })
export class BacklogAging {
  @Field(() => Unit)
  unit!: Unit;

  @Field(() => DateTimeScalar, { description: 'The instant T the backlog is taken at.' })
  asOf!: Date;

  @Field(() => Int, { description: 'Open at T: received by T and not closed by T.' })
  total!: number;

  @Field(() => Int, { description: 'Of those, past due at T (dueAt < T).' })
  overdue!: number;

  @Field(() => [AgingBucket], { description: 'Every bucket in order, zeros included; they add up to total.' })
  buckets!: AgingBucket[];
}

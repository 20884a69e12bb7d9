import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Unit } from '../units/index.js';

export const SortOrderEnum = { ASC: 'ASC', DESC: 'DESC' } as const;
registerEnumType(SortOrderEnum, { name: 'SortOrder', description: 'DESC: rank 1 has the largest value (default).' });

@ObjectType({ description: "A peer's place in a ranking.", simpleResolvers: true })
export class RankingRow {
  @Field(() => Unit)
  unit!: Unit;

  @Field(() => Float, { nullable: true })
  value!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Ties share a rank and skip the next; null when there is no value.',
  })
  rank!: number | null;

  @Field(() => Float, { nullable: true })
  previousValue!: number | null;

  @Field(() => Int, { nullable: true, description: 'The rank among the same peers on the comparison period.' })
  previousRank!: number | null;

  @Field(() => Int, { nullable: true, description: 'previousRank − rank: positive means moved up.' })
  movement!: number | null;
}

@ObjectType({
  description: 'Peers ranked on a metric, with the company-wide benchmark and the peers\u2019 mean and median.',
})
export class Ranking {
  @Field(() => [RankingRow])
  rows!: RankingRow[];

  @Field(() => Float, { nullable: true, description: "The same metric for the whole company (HQ's subtree), pooled." })
  benchmark!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Unweighted mean of the peers' values (the regulator's benchmark until 2018).",
  })
  peerMean!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: "Median of the peers' values (the regulator's benchmark since 2020).",
  })
  peerMedian!: number | null;

  /** The caller's own units pooled, measured only when asked for (see the resolver's scopeTotal). */
  scopeTotalOf!: () => Promise<number | null>;
}

import { Field, ObjectType } from 'type-graphql';

/** A Relay connection's page: whether more follow, and the cursor to ask for them after. */
@ObjectType()
export class PageInfo {
  @Field(() => Boolean)
  hasNextPage!: boolean;

  @Field(() => String, { nullable: true })
  endCursor!: string | null;
}

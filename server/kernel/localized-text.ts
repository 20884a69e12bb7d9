import { Field, ObjectType } from 'type-graphql';

/** A text in Chinese and English: report titles and labels, metric definitions. */
@ObjectType()
export class LocalizedText {
  @Field(() => String) zh!: string;
  @Field(() => String) en!: string;
}

import 'reflect-metadata';
import { Query, Resolver } from 'type-graphql';
import { buildSchema } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { assertEveryRootFieldHasARule, authChecker } from './guard.js';

// A resolver someone forgot to give a rule: the schema must refuse to build with it.
@Resolver()
class Forgetful {
  @Query(() => String)
  secrets(): string {
    return 'all of them';
  }
}

describe('deny by default', () => {
  it('refuses to build a schema with a root field that has no @Authorized rule, naming it', async () => {
    const schema = await buildSchema({ resolvers: [Forgetful], validate: false, authChecker });
    expect(() => assertEveryRootFieldHasARule(schema)).toThrow('root fields without an @Authorized rule: secrets');
  });
});

import type { GatewayExecutor, GatewayGraphQLRequestContext } from '@apollo/server-gateway-interface';
import { buildSchema, GraphQLError, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { jitGateway } from './jit-executor.js';

// The executor Apollo is given: graphql-jit's answers, with errors as graphql-js makes them, and
// graphql-js's words for variables it cannot coerce.

const schema = buildSchema(`type Query { twice(n: Int!): Int! fails: Int }`);
const failure = new Error('no such figure');
schema.getQueryType()!.getFields().twice.resolve = (_, { n }: { n: number }) => n * 2;
schema.getQueryType()!.getFields().fails.resolve = () => {
  throw failure;
};

async function executorOf(): Promise<GatewayExecutor> {
  const { executor } = await jitGateway(schema).load({ apollo: { key: '', keyHash: '', graphRef: '' } });
  return executor!;
}

const run = async (query: string, variables: Record<string, unknown> = {}) =>
  (await executorOf())({
    document: parse(query),
    operationName: null,
    request: { query, variables },
    context: {},
    queryHash: query,
  } as unknown as GatewayGraphQLRequestContext);

describe('the graphql-jit executor', () => {
  it('answers as graphql-js does', async () => {
    expect(await run('query ($n: Int!) { twice(n: $n) }', { n: 21 })).toEqual({ data: { twice: 42 } });
  });

  it("gives a resolver's error as graphql-js does: extensions an object, path, the error it wraps", async () => {
    const { data, errors } = await run('{ fails twice(n: 1) }');
    expect(data).toEqual({ fails: null, twice: 2 });
    expect(errors).toHaveLength(1);
    expect(errors![0]).toBeInstanceOf(GraphQLError);
    expect(errors![0].extensions).toEqual({});
    expect(errors![0].path).toEqual(['fails']);
    expect(errors![0].locations).toEqual([{ line: 1, column: 3 }]);
    expect(errors![0].originalError).toBe(failure);
  });

  it('words a variable it cannot coerce as graphql-js does, which Apollo answers with 400', async () => {
    const { data, errors } = await run('query ($n: Int!) { twice(n: $n) }', { n: 'many' });
    expect(data).toBeUndefined();
    expect(errors?.map((error) => error.message)).toEqual([
      'Variable "$n" got invalid value "many"; Int cannot represent non-integer value: "many"',
    ]);
  });
});

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

/**
 * The answers to the operation asked twice of one executor: the first by graphql-js, the second by
 * graphql-jit (told apart by their data's prototype: graphql-js makes objects without one).
 */
async function twice(query: string, variables: Record<string, unknown> = {}) {
  const executor = await executorOf();
  const ask = () =>
    executor({
      document: parse(query),
      operationName: null,
      request: { query, variables },
      context: {},
      queryHash: query,
    } as unknown as GatewayGraphQLRequestContext);
  const first = await ask();
  return { first, second: await ask() };
}

/** The second answer, which graphql-jit gave, after checking the first was graphql-js's and the same. */
async function run(query: string, variables: Record<string, unknown> = {}) {
  const { first, second } = await twice(query, variables);
  if (first.data) expect(Object.getPrototypeOf(first.data)).toBeNull();
  expect(second).toEqual(first);
  return second;
}

describe('the graphql-jit executor', () => {
  it('answers as graphql-js does, compiling an operation the second time it is asked', async () => {
    const { second } = await twice('query ($n: Int!) { twice(n: $n) }', { n: 21 });
    expect(Object.getPrototypeOf(second.data)).toBe(Object.prototype);
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

  it('answers a field under the key __proto__ (an alias may be any name) as graphql-js does', async () => {
    const { first, second } = await twice('{ __proto__: twice(n: 2) }');
    expect(JSON.stringify(second)).toBe('{"data":{"__proto__":4}}');
    expect(JSON.stringify(first)).toBe(JSON.stringify(second));
  });
});

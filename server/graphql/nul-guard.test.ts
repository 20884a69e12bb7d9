import { buildSchema, getOperationAST, parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { findNulArgument } from './nul-guard.js';

const schema = buildSchema(`
  input Filter { units: [String!], name: String }
  type Query { find(code: String, filter: Filter, limit: Int): [String!]! }
  type Mutation { signIn(username: String!, password: String!): Boolean! }
`);

function find(source: string, variables?: Record<string, unknown>, operationName?: string) {
  const document = parse(source);
  return findNulArgument(schema, document, getOperationAST(document, operationName)!, variables);
}

describe('findNulArgument', () => {
  it('finds nothing in clean arguments', () => {
    expect(
      find(`query ($f: Filter) { find(code: "GZ", filter: $f, limit: 3) }`, { f: { units: ['GZ'], name: 'ok' } }),
    ).toBeNull();
  });

  it('names the argument and the path inside it, in literals and variables', () => {
    expect(find(`{ find(filter: { units: ["GZ", "\\u0000"] }) }`)).toMatchObject({
      field: 'find',
      parentType: 'Query',
      argument: 'filter.units[1]',
    });
    expect(find(`query ($f: Filter) { find(filter: $f) }`, { f: { name: 'a\u0000' } })).toMatchObject({
      argument: 'filter.name',
    });
    expect(find(`query ($n: String) { find(filter: { name: $n }) }`, { n: '\u0000' })).toMatchObject({
      argument: 'filter.name',
    });
  });

  it('follows a variable’s default, fragments and directives', () => {
    expect(find(`query ($c: String = "x\\u0000") { find(code: $c) }`)).toMatchObject({ argument: 'code' });
    expect(find(`query { ...F } fragment F on Query { find(code: "\\u0000") }`)).toMatchObject({
      field: 'find',
      parentType: 'Query',
    });
    expect(find(`query ($c: String) { find(code: $c) @skip(if: false) }`, { c: '\u0000' })).toMatchObject({
      field: 'find',
    });
  });

  it('gives the field’s arguments as sent, for the sign-in’s audit', () => {
    expect(find(`mutation ($u: String!) { signIn(username: $u, password: "p") }`, { u: 'ann\u0000' })).toEqual({
      field: 'signIn',
      parentType: 'Mutation',
      argument: 'username',
      values: { username: 'ann\u0000', password: 'p' },
    });
  });

  it('walks a document parsed without its text, and one whose text holds any escape', () => {
    // (The look before the walk reads the text; without it, or with an escape in it, the walk decides.)
    const bare = parse(`{ find(code: "\\u0000") }`, { noLocation: true });
    expect(findNulArgument(schema, bare, getOperationAST(bare)!)).toMatchObject({ argument: 'code' });
    expect(find(`{ find(code: "a\\u{0}b") }`)).toMatchObject({ argument: 'code' });
    expect(find(`{ find(code: "\\u00e9\\u0000") }`)).toMatchObject({ argument: 'code' });
    expect(find(`{ find(code: "\\u00e9") }`)).toBeNull();
  });

  it('finds a NUL in a variable of a document without escapes, and ignores one the operation does not use', () => {
    expect(find(`query ($f: Filter) { find(filter: $f) }`, { f: { units: ['GZ', 'a\u0000'] } })).toMatchObject({
      argument: 'filter.units[1]',
    });
    expect(find(`query ($c: String) { find(code: $c) }`, { c: 'ok', unused: '\u0000' })).toBeNull();
  });

  it('looks only at the operation that runs', () => {
    expect(find(`query A { find(code: "ok") } query B { find(code: "\\u0000") }`, {}, 'A')).toBeNull();
  });
});

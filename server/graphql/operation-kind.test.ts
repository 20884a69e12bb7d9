import { describe, expect, it } from 'vitest';
import { isMutation } from './operation-kind.js';

describe('isMutation', () => {
  it('tells a mutation from a query, by the operation named when the document holds several', () => {
    expect(isMutation({ query: 'mutation { signOut }' })).toBe(true);
    expect(isMutation({ query: '{ me { username } }' })).toBe(false);
    expect(isMutation({ query: 'query Mutation { me { username } }' })).toBe(false);
    const both = 'query Read { me { username } } mutation Write { signOut }';
    expect(isMutation({ query: both, operationName: 'Write' })).toBe(true);
    expect(isMutation({ query: both, operationName: 'Read' })).toBe(false);
  });

  it('takes anything it cannot read for a query', () => {
    expect(isMutation(undefined)).toBe(false);
    expect(isMutation({ query: 42 })).toBe(false);
    expect(isMutation({ query: 'mutation {' })).toBe(false);
    expect(isMutation({ query: 'query A { me { username } } mutation B { signOut }' })).toBe(false);
  });
});

import { getOperationAST, OperationTypeNode, parse } from 'graphql';
import { OPERATION_LIMITS } from './armor.js';

/**
 * Whether a GraphQL request's body asks for a mutation, known before its context is made: a
 * mutation's reads go to the primary, so that what it checks before writing and the answer it gives
 * after (a report just created, read back by id) see its own writes, not a replica's past. Anything
 * unreadable counts as a query: Apollo refuses it anyway, and writes go to the primary regardless.
 */
export function isMutation(body: unknown): boolean {
  if (typeof body !== 'object' || body === null) return false;
  const { query, operationName } = body as { query?: unknown; operationName?: unknown };
  // Most requests are queries that never say the word: they are not parsed twice.
  if (typeof query !== 'string' || !query.includes('mutation')) return false;
  try {
    const document = parse(query, { maxLexicalTokens: OPERATION_LIMITS.maxTokens });
    const name = typeof operationName === 'string' ? operationName : undefined;
    return getOperationAST(document, name)?.operation === OperationTypeNode.MUTATION;
  } catch {
    return false;
  }
}

import type { CombinedError } from 'urql';

// The codes the server puts in extensions.code (one table on the server maps domain errors to
// them), plus NETWORK for a request that never got an answer.
export type ErrorCode =
  'NOT_FOUND' | 'BAD_USER_INPUT' | 'FORBIDDEN' | 'UNAUTHENTICATED' | 'RATE_LIMITED' | 'NETWORK' | 'OTHER';

const KNOWN = new Set<ErrorCode>(['NOT_FOUND', 'BAD_USER_INPUT', 'FORBIDDEN', 'UNAUTHENTICATED', 'RATE_LIMITED']);

/** The code of the first GraphQL error, NETWORK when the server was not reached, else OTHER. */
export function errorCode(error: CombinedError): ErrorCode {
  if (error.networkError && error.graphQLErrors.length === 0) return 'NETWORK';
  const code = error.graphQLErrors[0]?.extensions?.code;
  return typeof code === 'string' && KNOWN.has(code as ErrorCode) ? (code as ErrorCode) : 'OTHER';
}

/** The server's own message for the first error; its messages are written for users. */
export function errorMessage(error: CombinedError): string {
  return error.graphQLErrors[0]?.message ?? error.message;
}

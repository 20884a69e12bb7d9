// Domain errors: what went wrong, in words a user understands, naming the value. They are mapped to
// GraphQL errors with `extensions.code` in one place (server/graphql/format-error.ts).

export type ErrorCode =
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'RATE_LIMITED'
  /** Priced before it ran: more work than one request may ask for. */
  | 'TOO_EXPENSIVE'
  /** Ran out of its time budget; its statements were cancelled. */
  | 'TIMEOUT'
  /** Its client disconnected; its statements were cancelled (no one reads the answer). */
  | 'CANCELLED';

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function notFound(what: string, value: string): DomainError {
  return new DomainError('NOT_FOUND', `${what} "${value}" does not exist`);
}

export function badInput(message: string): DomainError {
  return new DomainError('BAD_USER_INPUT', message);
}

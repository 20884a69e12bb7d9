import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { DomainError } from '../errors.js';
import { log } from '../kernel/log.js';
import { databaseFailure } from '../kernel/replicas.js';

/**
 * The one table from errors to what a client sees. Domain errors keep their words and code; GraphQL's
 * own (parse, validation, bad variables) pass as they are, less their suggestions in production;
 * anything else is logged here and shown as a generic internal error, so no stack trace or database
 * message ever reaches a client.
 */
export function errorFormatter({ production }: { production: boolean }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (cancelledByPostgres(original)) {
      return { message: STATEMENT_CANCELLED, path: formatted.path, extensions: { code: 'TIMEOUT' } };
    }
    if (databaseFailure(original) === 'lost') {
      // The primary failing over, a replica lost under a mutation: the client is told to try again,
      // the operator reads which server in the log.
      log.warn({ err: original }, 'the database could not be reached');
      return { message: DATABASE_UNAVAILABLE, path: formatted.path, extensions: { code: 'UNAVAILABLE' } };
    }
    if (original instanceof DomainError) {
      return { message: original.message, path: formatted.path, extensions: { code: original.code } };
    }
    const code = formatted.extensions?.code;
    if (original instanceof GraphQLError && code && code !== 'INTERNAL_SERVER_ERROR') {
      const message = production ? withoutSuggestions(formatted.message) : formatted.message;
      return { message, locations: formatted.locations, path: formatted.path, extensions: { code } };
    }
    log.error({ err: original }, 'internal error');
    return { message: 'Internal server error', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
  };
}

/**
 * graphql-js's "Did you mean …?" (fields, arguments, types, input fields, enum values, in the document
 * or in variables) names parts of the schema, which introspection being off should keep to itself. It
 * always ends a message (graphql-js's didYouMean) and names hold no "?", so this removes exactly it.
 * graphql-armor's blockFieldSuggestion matches `Did you mean "…"` only and misses the enum values'
 * `Did you mean the enum value "…"?`, so it is not used.
 */
export const withoutSuggestions = (message: string) => message.replace(/ Did you mean [^?]*\?/g, '');

const DATABASE_UNAVAILABLE =
  'the database cannot be reached just now (a failover or maintenance): nothing was changed by this request; try again in a moment';

const STATEMENT_CANCELLED =
  'the figures asked for took too long to compute and were cancelled: narrow the period, ask for fewer units or a ' +
  'higher level, or filter by at most one of channel, line and category';

/** PostgreSQL's query_canceled (57014): its statement_timeout, the backstop of the request's budget. */
function cancelledByPostgres(error: unknown): boolean {
  for (let e = error; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause) {
    if ((e as { code?: unknown }).code === '57014') return true;
  }
  return false;
}

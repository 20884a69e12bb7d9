import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { execute, GraphQLError, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';

// Operations executed by graphql-jit: each document (with its operation) compiled once into a function
// that resolves its fields, where graphql-js walks the document field by field at every request. A
// cold county ranking's 2,520 rows are some 22,000 fields, and graphql-js gave each an arguments object,
// a path and an info object, and each row a dictionary-mode object: about half of the 38 MB the request
// allocated, and a fifth of its CPU with the garbage collector's share. Apollo Server (since 4) takes
// another executor only as a gateway's (its migration guide's way for one); everything before
// execution — parsing, validation, the plugins — is Apollo's as before, and the schema is the one it
// was given.

/**
 * A resolver's error as graphql-js makes it: graphql-jit's own leaves `extensions` unset when the error
 * it wraps has none, where Apollo reads `extensions.code` of every error (and answered a generic
 * internal error for a FORBIDDEN).
 */
function asGraphqlJsError(error: GraphQLError): GraphQLError {
  const made = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
  // graphql-jit gives the locations themselves, graphql-js would work them out from the document's nodes
  return Object.assign(made, { locations: error.locations });
}

/** Operations kept, by the document's hash and the operation's name: seen once, or compiled. */
const OPERATIONS_KEPT = 1_000;

/**
 * A gateway of one fixed schema whose executor is graphql-jit's. An operation is compiled the second
 * time it is asked (a dashboard's, a client's: the same few documents again and again), graphql-js
 * executing it the first time, so that a stream of documents each sent once costs no compilation
 * (a function built from generated source: 0.3–1 ms for the bench's documents, more than graphql-js
 * takes to execute a small answer).
 * graphql-js also executes what graphql-jit does not compile, and a request whose variables
 * graphql-jit could not coerce: no resolver runs then in either, and graphql-js words those errors as
 * Apollo expects them (its 400 for bad variables).
 */
export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  // `query` unset: seen once; null: graphql-jit could not compile it
  const operations = new LRUCache<string, { query?: CompiledQuery | null }>({ max: OPERATIONS_KEPT });
  const executor: GatewayExecutor = async ({ document, operationName, request, context, queryHash }) => {
    const byGraphqlJs = () =>
      execute({ schema, document, contextValue: context, variableValues: request.variables, operationName });
    const key = `${queryHash}\0${operationName ?? ''}`;
    const entry = operations.get(key);
    if (!entry) {
      operations.set(key, {});
      return byGraphqlJs();
    }
    if (entry.query === undefined) {
      const made = compileQuery(schema, document, operationName ?? undefined);
      entry.query = isCompiledQuery(made) ? made : null;
    }
    if (!entry.query) return byGraphqlJs();
    const result = await entry.query.query(undefined, context, request.variables ?? {});
    if (!('data' in result)) return byGraphqlJs();
    return result.errors ? { ...result, errors: result.errors.map(asGraphqlJsError) } : result;
  };
  return {
    load: () => Promise.resolve({ executor }),
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    stop: () => Promise.resolve(),
  };
}

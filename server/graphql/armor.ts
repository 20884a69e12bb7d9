import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Limits on the shape of a GraphQL operation (graphql-armor 3.2, whose max-depth counts a fragment's
 * depth where it is spread: the 2025 fragment-cache bypass is fixed there). It counts a spread and
 * the fragment it names as a level each, so colocated fragments deepen an operation: the portal's
 * deepest (a report page: report → latest version → content → section → chart → series → name,
 * through four components' fragments) counts 14. A dashboard asks a dozen aliased fields. These
 * bounds leave room for that and not much more.
 */
export const OPERATION_LIMITS = {
  maxDepth: 16,
  maxAliases: 20,
  maxDirectives: 10,
  maxTokens: 3000,
  maxCost: 20_000,
} as const;

export function armor(production: boolean) {
  return new ApolloArmor({
    maxDepth: { n: OPERATION_LIMITS.maxDepth, ignoreIntrospection: !production },
    maxAliases: { n: OPERATION_LIMITS.maxAliases },
    maxDirectives: { n: OPERATION_LIMITS.maxDirectives },
    // Counted by graphql-js's own parser instead (parseOptions in app.ts): armor's parses the document a
    // second time and reports a syntax error as a validation failure, hiding GRAPHQL_PARSE_FAILED.
    maxTokens: { enabled: false },
    costLimit: { maxCost: OPERATION_LIMITS.maxCost, ignoreIntrospection: !production },
    // "Did you mean …?" is removed in production by format-error.ts, which catches every kind of it.
    blockFieldSuggestion: { enabled: false },
  }).protect();
}

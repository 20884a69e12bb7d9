import { ApolloArmor } from '@escape.tech/graphql-armor';

/**
 * Limits on the shape of a GraphQL operation (graphql-armor 3.2, whose max-depth counts a fragment's
 * depth where it is spread: the 2025 fragment-cache bypass is fixed there). The portal's own
 * deepest operation (a complaint page with units, parents and grandparents) is 7 levels deep, and a
 * dashboard asks a dozen aliased fields; these bounds leave room for that and not much more.
 */
export const OPERATION_LIMITS = {
  maxDepth: 10,
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
    // "Did you mean …?" would map the schema for someone without introspection.
    blockFieldSuggestion: { enabled: production },
  }).protect();
}

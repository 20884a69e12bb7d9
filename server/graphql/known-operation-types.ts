import { GraphQLError, type ValidationRule } from 'graphql';

/**
 * An operation whose type the schema does not have (a subscription: the portal has none) is a
 * validation error. graphql-js 16 has no such rule (17 adds KnownOperationTypesRule), so the operation
 * used to pass validation and fail in execution, which a client saw as an internal error.
 */
export const KnownOperationTypesRule: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (context.getSchema().getRootType(node.operation)) return;
    context.reportError(
      new GraphQLError(`the portal has no ${node.operation}s: send a query or a mutation`, { nodes: node }),
    );
  },
});

import type { ApolloServerPlugin } from '@apollo/server';
import {
  BREAK,
  GraphQLError,
  Kind,
  TypeInfo,
  valueFromASTUntyped,
  visit,
  visitWithTypeInfo,
  type ArgumentNode,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValueNode,
} from 'graphql';
import type { Context } from './context.js';

// PostgreSQL text cannot hold U+0000: a NUL that reached a statement made it fail, and the client saw
// an internal error. Every operation passes this check once it is validated and before anything runs,
// so no resolver has to think of it: a NUL anywhere in an argument (a literal, a variable, inside an
// input object or a list, a variable's default) refuses the whole operation as BAD_USER_INPUT.

export interface NulArgument {
  /** Whose argument it is: a field (signIn) or a directive (@include). */
  field: string;
  /** The type the field belongs to (Mutation); null for a directive. */
  parentType: string | null;
  /** The argument and the path inside it: username, filter.unit, units[1], input.units[0]. */
  argument: string;
  /** The field's arguments as sent (variables filled in), for the caller that must record the refusal. */
  values: Record<string, unknown>;
}

const hasNul = (text: string) => text.includes('\u0000');

/** The path of the first string holding a NUL inside a variable's value, or null. */
function nulInValue(value: unknown, path: string): string | null {
  if (typeof value === 'string') return hasNul(value) ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = nulInValue(item, `${path}[${index}]`);
      if (found) return found;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const found = nulInValue(item, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

/** The path of the first string holding a NUL inside an argument as written, following variables. */
function nulInNode(
  node: ValueNode,
  path: string,
  variables: Record<string, unknown>,
  defaults: Map<string, ValueNode>,
): string | null {
  switch (node.kind) {
    case Kind.STRING:
      return hasNul(node.value) ? path : null;
    case Kind.LIST:
      for (const [index, item] of node.values.entries()) {
        const found = nulInNode(item, `${path}[${index}]`, variables, defaults);
        if (found) return found;
      }
      return null;
    case Kind.OBJECT:
      for (const field of node.fields) {
        const found = nulInNode(field.value, `${path}.${field.name.value}`, variables, defaults);
        if (found) return found;
      }
      return null;
    case Kind.VARIABLE: {
      const name = node.name.value;
      if (Object.hasOwn(variables, name)) return nulInValue(variables[name], path);
      const fallback = defaults.get(name);
      return fallback ? nulInNode(fallback, path, variables, defaults) : null;
    }
    default:
      return null;
  }
}

/**
 * Whether the operation can hold a NUL at all, looked at before the walk (which costs a dashboard's
 * request about a sixth of a millisecond): a literal in the text holds one only as an escape (`\u0000`,
 * `\u{0}`; a raw NUL is no GraphQL source character, but is looked for too), a variable only in its value.
 * A document without its text (parsed without locations) is walked.
 */
function mayHoldNul(document: DocumentNode, variables: Record<string, unknown>): boolean {
  const text = document.loc?.source.body;
  if (text === undefined || text.includes('\\u') || hasNul(text)) return true;
  return Object.entries(variables).some(([name, value]) => nulInValue(value, name) !== null);
}

/** The first argument of the operation (its fragments included) holding a NUL, or null. */
export function findNulArgument(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> = {},
): NulArgument | null {
  if (!mayHoldNul(document, variables)) return null;
  const defaults = new Map<string, ValueNode>();
  for (const definition of operation.variableDefinitions ?? []) {
    if (definition.defaultValue) defaults.set(definition.variable.name.value, definition.defaultValue);
  }
  const typeInfo = new TypeInfo(schema);
  let found: NulArgument | null = null;
  const check = (field: string, parentType: string | null, args: readonly ArgumentNode[] = []) => {
    for (const arg of args) {
      const argument = nulInNode(arg.value, arg.name.value, variables, defaults);
      if (!argument) continue;
      const values = Object.fromEntries(args.map((a) => [a.name.value, valueFromASTUntyped(a.value, variables)]));
      found = { field, parentType, argument, values };
      return BREAK;
    }
    return undefined;
  };
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      // Only the operation that runs (another one in the document is not executed).
      OperationDefinition: (node) => (node === operation ? undefined : false),
      Field: (node) => check(node.name.value, typeInfo.getParentType()?.name ?? null, node.arguments),
      Directive: (node) => check(`@${node.name.value}`, null, node.arguments),
    }),
  );
  return found;
}

/**
 * The check as an Apollo Server plugin. A sign-in it refuses is still a sign-in attempt: it goes to
 * the audit log as a failed one (the NUL shown as U+FFFD), so the throttle counts it.
 */
export function nulGuard(): ApolloServerPlugin<Context> {
  return {
    requestDidStart() {
      return Promise.resolve({
        async didResolveOperation({ schema, document, operation, request, contextValue }) {
          if (!operation) return; // an unknown operationName: Apollo answers that itself
          const found = findNulArgument(schema, document, operation, request.variables ?? {});
          if (!found) return;
          if (found.parentType === 'Mutation' && found.field === 'signIn') {
            const { username } = found.values;
            // Not yet checked against the schema: a username that is no string is nobody's.
            await contextValue.accounts.signInRefused(typeof username === 'string' ? username : '', 'BAD_USER_INPUT');
          }
          throw new GraphQLError(
            `argument "${found.argument}" of ${found.field} contains a NUL character (U+0000), which is not accepted`,
            // A plugin's refusal is HTTP 500 unless it says otherwise; this is the client's input.
            { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } },
          );
        },
      });
    },
  };
}

import type { GraphQLSchema } from 'graphql';
import { getMetadataStorage, type AuthChecker } from 'type-graphql';
import { DomainError } from '../../errors.js';
import type { Scope } from './scope.js';
import type { Allowed } from './role.rules.js';

/**
 * The coarse rule of every root field, from its @Authorized list: ANYONE, or the roles that may
 * call it. Who is asking comes from the request's scope; the units they may see are the scope's
 * business, further down.
 */
export const authChecker: AuthChecker<{ scope: Scope }, Allowed> = ({ context, info }, allowed) => {
  if (allowed.includes('ANYONE')) return true;
  const viewer = context.scope.requireViewer();
  if (!allowed.includes(viewer.role)) {
    throw new DomainError('FORBIDDEN', `${info.fieldName} is not open to the ${viewer.role} role`);
  }
  return true;
};

/**
 * Deny by default: every query and mutation must say who may call it. A root field without an
 * @Authorized list would run for anyone, so the schema refuses to build instead.
 */
export function assertEveryRootFieldHasARule(schema: GraphQLSchema): void {
  const storage = getMetadataStorage();
  const ruled = new Set(
    [...storage.queries, ...storage.mutations]
      .filter((field) => field.roles !== undefined)
      .map((field) => field.schemaName),
  );
  const roots = [schema.getQueryType(), schema.getMutationType()].flatMap((type) =>
    Object.keys(type?.getFields() ?? {}),
  );
  const missing = roots.filter((name) => !ruled.has(name));
  if (missing.length) throw new Error(`root fields without an @Authorized rule: ${missing.join(', ')}`);
}

/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation SignOut {\n    signOut\n  }\n": typeof types.SignOutDocument,
    "\n  query Viewer {\n    me {\n      username\n      role\n      expiresAt\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  fragment UnitDetails_unit on Unit {\n    code\n    nameZh\n    nameEn\n    kind\n    level(at: $at)\n    parent(at: $at) {\n      code\n      nameZh\n      nameEn\n    }\n    ancestors(at: $at) {\n      code\n      nameZh\n      nameEn\n    }\n    children(at: $at) {\n      code\n      nameZh\n      nameEn\n    }\n  }\n": typeof types.UnitDetails_UnitFragmentDoc,
    "\n  fragment UnitTree_unit on Unit {\n    code\n    nameZh\n    nameEn\n    childCount(at: $at)\n  }\n": typeof types.UnitTree_UnitFragmentDoc,
    "\n  query UnitTreeChildren($parent: String!, $at: Date) {\n    units(parent: $parent, at: $at) {\n      ...UnitTree_unit\n    }\n  }\n": typeof types.UnitTreeChildrenDocument,
    "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      username\n    }\n  }\n": typeof types.SignInDocument,
    "\n  query UnitsPageTree($at: Date) {\n    me {\n      roots(at: $at) {\n        code\n        ...UnitTree_unit\n      }\n    }\n  }\n": typeof types.UnitsPageTreeDocument,
    "\n  query UnitsPageUnit($code: String!, $at: Date) {\n    unit(code: $code, at: $at) {\n      code\n      ancestors(at: $at) {\n        code\n      }\n      ...UnitDetails_unit\n    }\n  }\n": typeof types.UnitsPageUnitDocument,
};
const documents: Documents = {
    "\n  mutation SignOut {\n    signOut\n  }\n": types.SignOutDocument,
    "\n  query Viewer {\n    me {\n      username\n      role\n      expiresAt\n    }\n  }\n": types.ViewerDocument,
    "\n  fragment UnitDetails_unit on Unit {\n    code\n    nameZh\n    nameEn\n    kind\n    level(at: $at)\n    parent(at: $at) {\n      code\n      nameZh\n      nameEn\n    }\n    ancestors(at: $at) {\n      code\n      nameZh\n      nameEn\n    }\n    children(at: $at) {\n      code\n      nameZh\n      nameEn\n    }\n  }\n": types.UnitDetails_UnitFragmentDoc,
    "\n  fragment UnitTree_unit on Unit {\n    code\n    nameZh\n    nameEn\n    childCount(at: $at)\n  }\n": types.UnitTree_UnitFragmentDoc,
    "\n  query UnitTreeChildren($parent: String!, $at: Date) {\n    units(parent: $parent, at: $at) {\n      ...UnitTree_unit\n    }\n  }\n": types.UnitTreeChildrenDocument,
    "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      username\n    }\n  }\n": types.SignInDocument,
    "\n  query UnitsPageTree($at: Date) {\n    me {\n      roots(at: $at) {\n        code\n        ...UnitTree_unit\n      }\n    }\n  }\n": types.UnitsPageTreeDocument,
    "\n  query UnitsPageUnit($code: String!, $at: Date) {\n    unit(code: $code, at: $at) {\n      code\n      ancestors(at: $at) {\n        code\n      }\n      ...UnitDetails_unit\n    }\n  }\n": types.UnitsPageUnitDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignOut {\n    signOut\n  }\n"): (typeof documents)["\n  mutation SignOut {\n    signOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      username\n      role\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      username\n      role\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitDetails_unit on Unit {\n    code\n    nameZh\n    nameEn\n    kind\n    level(at: $at)\n    parent(at: $at) {\n      code\n      nameZh\n      nameEn\n    }\n    ancestors(at: $at) {\n      code\n      nameZh\n      nameEn\n    }\n    children(at: $at) {\n      code\n      nameZh\n      nameEn\n    }\n  }\n"): (typeof documents)["\n  fragment UnitDetails_unit on Unit {\n    code\n    nameZh\n    nameEn\n    kind\n    level(at: $at)\n    parent(at: $at) {\n      code\n      nameZh\n      nameEn\n    }\n    ancestors(at: $at) {\n      code\n      nameZh\n      nameEn\n    }\n    children(at: $at) {\n      code\n      nameZh\n      nameEn\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UnitTree_unit on Unit {\n    code\n    nameZh\n    nameEn\n    childCount(at: $at)\n  }\n"): (typeof documents)["\n  fragment UnitTree_unit on Unit {\n    code\n    nameZh\n    nameEn\n    childCount(at: $at)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitTreeChildren($parent: String!, $at: Date) {\n    units(parent: $parent, at: $at) {\n      ...UnitTree_unit\n    }\n  }\n"): (typeof documents)["\n  query UnitTreeChildren($parent: String!, $at: Date) {\n    units(parent: $parent, at: $at) {\n      ...UnitTree_unit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      username\n    }\n  }\n"): (typeof documents)["\n  mutation SignIn($username: String!, $password: String!) {\n    signIn(username: $username, password: $password) {\n      username\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitsPageTree($at: Date) {\n    me {\n      roots(at: $at) {\n        code\n        ...UnitTree_unit\n      }\n    }\n  }\n"): (typeof documents)["\n  query UnitsPageTree($at: Date) {\n    me {\n      roots(at: $at) {\n        code\n        ...UnitTree_unit\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query UnitsPageUnit($code: String!, $at: Date) {\n    unit(code: $code, at: $at) {\n      code\n      ancestors(at: $at) {\n        code\n      }\n      ...UnitDetails_unit\n    }\n  }\n"): (typeof documents)["\n  query UnitsPageUnit($code: String!, $at: Date) {\n    unit(code: $code, at: $at) {\n      code\n      ancestors(at: $at) {\n        code\n      }\n      ...UnitDetails_unit\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;
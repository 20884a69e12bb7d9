// The project's dependency rules (issue 12), checked by `npm test` (test/architecture/). Data flows
// one way — db → server modules → the GraphQL composition root → (over HTTP) the client — and no
// file takes part in an import cycle, type-only imports included. test/architecture/planted/ holds
// one violation of each rule, so removing a rule makes that test fail.
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'An import cycle: a module that cannot be understood, loaded or tested without the other.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'db-stands-alone',
      comment: 'db/ (entities, migrations, import, demo) depends on nothing else of the project.',
      severity: 'error',
      from: { path: '^db/' },
      to: { path: '^(server|client|test)/' },
    },
    {
      name: 'server-not-client',
      comment: 'The server never imports the client or the tests.',
      severity: 'error',
      from: { path: '^server/' },
      to: { path: '^(client|test)/' },
    },
    {
      name: 'client-types-only',
      comment: 'The client knows the server only through the generated GraphQL types (client/gql).',
      severity: 'error',
      from: { path: '^client/' },
      to: { path: '^(server|db|test)/' },
    },
    {
      name: 'kernel-below-modules',
      comment: 'The kernel (context type, scalars, paging, transactions, loaders) stands under every module.',
      severity: 'error',
      from: { path: '^server/kernel/' },
      to: { path: '^server/(modules|graphql|cli)/|^server/(app|main|config)\\.ts$' },
    },
    {
      name: 'modules-below-the-root',
      comment: 'Modules never import the composition root (schema, context factory, HTTP) that imports them.',
      severity: 'error',
      from: { path: '^server/modules/' },
      to: { path: '^server/(graphql|cli)/|^server/(app|main)\\.ts$' },
    },
    {
      name: 'module-through-its-index',
      comment: "A module uses another module through its index.ts, that module's only public entry.",
      severity: 'error',
      from: { path: '^server/modules/([^/]+)/' },
      to: { path: '^server/modules/([^/]+)/', pathNot: ['^server/modules/$1/', '^server/modules/[^/]+/index\\.ts$'] },
    },
    {
      name: 'root-through-indexes',
      comment:
        'The composition root and the command line reach modules through their indexes; only the schema lists resolvers.',
      severity: 'error',
      from: { path: '^server/(graphql|cli)/|^server/(app|main)\\.ts$', pathNot: '^server/graphql/schema\\.ts$' },
      to: { path: '^server/modules/[^/]+/', pathNot: '^server/modules/[^/]+/index\\.ts$' },
    },
  ],
  options: {
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(^|/)node_modules/|^client/gql/|^dist/|^client/dist/' },
  },
};

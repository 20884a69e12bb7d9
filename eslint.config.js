// Lint (issue 12): typescript-eslint's strict, type-checked rules over every source file, React's
// hooks rules in the client, and nothing about layout — Prettier formats (eslint-config-prettier
// turns off the rules it would fight). `npm run lint` checks both; `npm test` runs it.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'client/dist/**',
      'client/gql/**',
      // Written by kysely-codegen (npm run db:types) and checked against its output by a test.
      'db/database.ts',
      'test/architecture/planted/**',
      'bench-results/**',
      'test-results/**',
      '.data/**',
    ],
  },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  tseslint.configs.stylisticTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        projectService: { allowDefaultProject: ['*.js', '*.ts'] },
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    rules: {
      // Numbers and booleans read well in a message; objects and nullish values do not.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowBoolean: true }],
      // `(x) => doSomething(x)` returning void is the arrow's shorthand, not a confusion.
      '@typescript-eslint/no-confusing-void-expression': ['error', { ignoreArrowShorthand: true }],
      // Callbacks as properties (`onRetry: () => void`): a method signature invites an unbound `this`.
      '@typescript-eslint/method-signature-style': ['error', 'property'],
      // type-graphql's object types are classes used as shapes: resolvers return plain objects of that
      // shape (as type-graphql's own examples do), never instances with behaviour.
      '@typescript-eslint/no-unsafe-class-instance-assignment': 'off',
    },
  },
  { files: ['client/**/*.tsx', 'client/**/*.ts'], ...reactHooks.configs.flat.recommended },
  {
    // Tests read JSON answers (GraphQL responses, XLSX cells) whose shape the assertions check.
    files: ['test/**/*.ts', 'client/testing/**/*.ts', '**/*.test.ts', '**/*.test.tsx'],
    rules: {
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Stubs of browser and server objects (matchMedia, ResizeObserver, a response's cookie setters).
      '@typescript-eslint/no-empty-function': 'off',
    },
  },
  { files: ['**/*.js'], extends: [tseslint.configs.disableTypeChecked] },
  {
    // dependency-cruiser reads its configuration as CommonJS; the file is no part of the TypeScript project.
    files: ['**/*.cjs'],
    extends: [tseslint.configs.disableTypeChecked],
    languageOptions: { sourceType: 'commonjs', globals: { module: 'writable' } },
  },
  {
    // Migrations are never edited once landed (they are what every database already ran), so a rule
    // that flags one is answered here, not in the file: a landed one escapes a `$` it need not.
    files: ['db/migrations/**'],
    rules: { 'no-useless-escape': 'off' },
  },
  prettier,
);

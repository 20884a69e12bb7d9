import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // graphql 16 ships CJS (main) and ESM (module) builds; Node, loading type-graphql, takes the CJS one,
    // so our code must too, or a scalar made here is not an instance of type-graphql's GraphQLScalarType.
    alias: { graphql: 'graphql/index.js' },
  },
  test: {
    include: ['test/**/*.test.ts', 'server/**/*.test.ts', 'db/**/*.test.ts', 'client/**/*.test.{ts,tsx}'],
    globalSetup: ['test/support/global-setup.ts'],
    // type-graphql's decorators need the metadata API before any module that declares a type loads.
    setupFiles: ['reflect-metadata'],
    pool: 'forks',
    // Node 26 puts a storage of its own on globalThis (inert without --localstorage-file, and warning
    // when touched), which hides jsdom's from the client's tests: off in the test processes.
    execArgv: ['--no-experimental-webstorage'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // expect.poll waits for a page or server to reach a state; its 1 s default made a busy machine fail
    // browser tests. A poll passes as soon as its matcher does, so waiting longer costs only failures.
    expect: { poll: { timeout: 30_000 } },
    // Tests run in UTC, so no figure can depend on the machine's zone by accident. The servers tests
    // start in their own process log warnings and errors only, not a line per request; a portal a test
    // starts as a child process is given LOG_LEVEL=info again (test/support/portal-process.ts).
    env: { TZ: 'UTC', LOG_LEVEL: 'warn' },
  },
});

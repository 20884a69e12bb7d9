import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// client/gql/ is generated from schema/schema.graphql and the client's documents and committed;
// this fails when either changed without `npm run codegen`.
describe('client/gql', () => {
  it('matches what codegen makes from the committed schema and the client documents', () => {
    try {
      execFileSync('node_modules/.bin/graphql-codegen', ['--config', 'codegen.yml', '--check', '--silent'], {
        encoding: 'utf8',
        stdio: 'pipe',
      });
    } catch (error) {
      const { stdout, stderr } = error as { stdout?: string; stderr?: string };
      expect.fail(`client/gql is stale: run npm run codegen\n${stdout ?? ''}${stderr ?? ''}`);
    }
  });
});

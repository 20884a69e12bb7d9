// The metrics keep the client's operation names as labels and fold every other name into `other`
// (server/modules/operations/client-operations.ts). The list there must be the client's documents'.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { CLIENT_OPERATIONS } from '../../server/modules/operations/index.js';

describe("the metrics' operation names", () => {
  it("are the client's operations, every one", async () => {
    const generated = await readFile('client/gql/graphql.ts', 'utf8');
    const names = [
      ...generated.matchAll(
        /"kind":"OperationDefinition","operation":"[a-z]+","name":\{"kind":"Name","value":"(\w+)"/g,
      ),
    ].map((match) => match[1]);
    expect(names.length).toBeGreaterThan(0);
    // On failure, the expected side is the list to write in client-operations.ts.
    expect([...CLIENT_OPERATIONS].sort()).toEqual([...new Set(names)].sort());
  });
});

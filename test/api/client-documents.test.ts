// Every operation the client sends must pass the server's operation limits (depth, aliases, cost,
// tokens): colocated fragments deepen a document in graphql-armor's count, so a page can outgrow a
// limit that no server-side test would notice. Variables are left out: a missing one is refused
// after validation, which is all this needs to reach.
import { print, type DocumentNode } from 'graphql';
import { afterAll, beforeAll, expect, it } from 'vitest';
import * as generated from '../../client/gql/graphql.js';
import { startTestServer, type TestServer } from '../support/graphql.js';

let api: TestServer;
beforeAll(async () => {
  api = await startTestServer();
});
// eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
afterAll(() => api?.close());

const documents = Object.entries(generated).filter(([name]) => name.endsWith('Document')) as [string, DocumentNode][];

it('finds the client’s documents', () => {
  expect(documents.map(([name]) => name)).toEqual(
    expect.arrayContaining(['ReportPageDocument', 'ReportPreviewDocument', 'RankingsPageDocument']),
  );
});

it.each(documents)('%s passes the operation limits', async (_, document) => {
  const response = await api.as('HQ_ANALYST').query(print(document), {});
  const refused = (response.errors ?? []).filter((error) => error.extensions?.code === 'GRAPHQL_VALIDATION_FAILED');
  expect(refused.map((error) => error.message)).toEqual([]);
});

import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSql } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/graphql.js';
import { ACCESS_SQL, createReport, submitReport } from '../reports/helpers.js';

// Security review finding 14: security headers on every kind of response the portal sends — the app
// shell, a built asset, GraphQL (an answer and an error), a report download and its refusal, the
// health check. (headers.e2e.test.ts checks in Chromium that the built client keeps to the policy.)

const CSP =
  "default-src 'self';script-src 'self';script-src-attr 'none';style-src 'self' 'unsafe-inline';" +
  "object-src 'none';base-uri 'none';form-action 'self';frame-ancestors 'none'";

let api: TestServer;
let prod: TestServer;
let clientDir: string;
let reportId: string;
beforeAll(async () => {
  // A stand-in for client/dist: the headers do not depend on what the shell and assets hold.
  clientDir = await mkdtemp(path.join(os.tmpdir(), 'crp-headers-'));
  await mkdir(path.join(clientDir, 'assets'));
  await writeFile(
    path.join(clientDir, 'index.html'),
    '<!doctype html><script type="module" src="/assets/index-1a2b.js"></script>',
  );
  await writeFile(path.join(clientDir, 'assets', 'index-1a2b.js'), 'console.log(1);');
  api = await startTestServer((url) => runSql(url, ACCESS_SQL), { clientDir });
  prod = await startTestServer(undefined, { production: true, clientDir });
  reportId = await createReport(api.as('HQ_ANALYST'), 'GZ');
  expect((await submitReport(api.as('HQ_ANALYST'), reportId)).errors).toBeUndefined();
}, 120_000);
afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
  await api?.close();
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
  await prod?.close();
  await rm(clientDir, { recursive: true, force: true });
});

/** The headers the finding is about, as a response carries them. */
const securityHeaders = (response: Response) => ({
  status: response.status,
  csp: response.headers.get('content-security-policy'),
  frameOptions: response.headers.get('x-frame-options'),
  nosniff: response.headers.get('x-content-type-options'),
  referrer: response.headers.get('referrer-policy'),
});

describe('security headers', () => {
  it('are on every kind of response', async () => {
    const token = (
      await api
        .as('HQ_ADMIN')
        .query(`mutation { createApiToken(username: "${await api.user('HQ_ANALYST')}", name: "headers") { token } }`)
    ).data.createApiToken.token;
    const get = (url: string, headers: Record<string, string> = {}) => fetch(`${api.server.url}${url}`, { headers });
    const responses: [string, Response, number][] = [
      ['the shell', await get('/'), 200],
      ['the shell at a client route', await get('/units/GZ?at=2013-01-01'), 200],
      ['a built asset', await get('/assets/index-1a2b.js'), 200],
      ['a GraphQL answer', await api.raw({}, JSON.stringify({ query: '{ me { username } }' })), 200],
      ['a GraphQL error', await api.raw({}, '{"query": '), 400],
      ['a report download', await get(`/reports/${reportId}/v/1.xlsx`, { authorization: `Bearer ${token}` }), 200],
      ['a refused download', await get(`/reports/${reportId}/v/1.xlsx`), 401],
      ['the health check', await get('/healthz'), 200],
    ];
    for (const [what, response, status] of responses) {
      expect(securityHeaders(response), what).toEqual({
        status,
        csp: CSP,
        frameOptions: 'DENY',
        nosniff: 'nosniff',
        referrer: 'no-referrer',
      });
      // HTTPS-only headers stay off over plain HTTP
      expect(response.headers.get('strict-transport-security'), what).toBeNull();
    }
  });

  it('add HSTS and upgrade-insecure-requests when the portal is served over HTTPS (production)', async () => {
    const shell = await fetch(`${prod.server.url}/`);
    expect(securityHeaders(shell)).toEqual({
      status: 200,
      csp: `${CSP};upgrade-insecure-requests`,
      frameOptions: 'DENY',
      nosniff: 'nosniff',
      referrer: 'no-referrer',
    });
    expect(shell.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  });

  it('offer no GraphQL sandbox page, whose scripts the policy would refuse', async () => {
    const page = await fetch(`${api.server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-type')).not.toContain('text/html');
  });
});

// What the server sends compressed: built assets as the build wrote them (brotli or gzip beside each,
// chosen by Accept-Encoding, cached for a year), GraphQL answers over a kilobyte compressed on the
// fly (in one call, as the request accepts), small ones as they are. Node's fetch would decode a body silently, so node:http reads the bytes.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runSql } from '../support/fixtures.js';
import { startTestServer, type TestServer } from '../support/graphql.js';
import { ACCESS_SQL } from '../access/fixtures.js';
import { compressAnswer, IN_LOOP_UP_TO, QUALITY_4_UP_TO } from '../../server/graphql/compress-answer.js';

const SCRIPT = `console.log(${JSON.stringify('投诉'.repeat(2000))});`;

let api: TestServer;
let clientDir: string;
beforeAll(async () => {
  clientDir = await mkdtemp(path.join(os.tmpdir(), 'crp-compression-'));
  await mkdir(path.join(clientDir, 'assets'));
  await writeFile(path.join(clientDir, 'index.html'), '<!doctype html><script src="/assets/index-1a2b.js"></script>');
  const asset = path.join(clientDir, 'assets', 'index-1a2b.js');
  await writeFile(asset, SCRIPT);
  await writeFile(`${asset}.br`, brotliCompressSync(SCRIPT));
  await writeFile(`${asset}.gz`, gzipSync(SCRIPT));
  api = await startTestServer((url) => runSql(url, ACCESS_SQL), { clientDir });
}, 120_000);
afterAll(async () => {
  // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition -- unset if beforeAll threw first
  await api?.close();
  await rm(clientDir, { recursive: true, force: true });
});

interface Raw {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}

function request(pathname: string, headers: Record<string, string>, body?: string): Promise<Raw> {
  return new Promise((resolve, reject) => {
    const sent = http.request(
      `${api.server.url}${pathname}`,
      { method: body === undefined ? 'GET' : 'POST', headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }),
        );
      },
    );
    sent.on('error', reject);
    sent.end(body);
  });
}

const decoded = ({ headers, body }: Raw) =>
  headers['content-encoding'] === 'br'
    ? brotliDecompressSync(body).toString()
    : headers['content-encoding'] === 'gzip'
      ? gunzipSync(body).toString()
      : body.toString();

describe('compression', () => {
  it('sends a built asset as the build compressed it, by the browser\u2019s preference, cached for a year', async () => {
    for (const [accept, encoding] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
      ['identity', undefined],
    ] as const) {
      const answer = await request('/assets/index-1a2b.js', { 'accept-encoding': accept });
      expect(answer.status).toBe(200);
      expect(answer.headers['content-encoding']).toBe(encoding);
      expect(answer.headers['content-type']).toMatch(/javascript/);
      expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(answer.headers.vary).toMatch(/Accept-Encoding/i);
      expect(decoded(answer)).toBe(SCRIPT);
      if (encoding) expect(answer.body.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 10);
    }
  });

  it('compresses a large GraphQL answer, not a small one', async () => {
    const authorization = await api.bearer('HQ_ANALYST');
    const ask = (query: string) =>
      request(
        '/graphql',
        { 'content-type': 'application/json', 'accept-encoding': 'gzip, br', authorization },
        JSON.stringify({ query }),
      );
    const large = await ask('{ metricDefinitions { key definition { zh en } basisNote { zh en } } }');
    expect(large.headers['content-encoding']).toMatch(/^(br|gzip)$/);
    expect(JSON.parse(decoded(large)).data.metricDefinitions.length).toBeGreaterThan(10);
    expect(large.headers.vary).toMatch(/Accept-Encoding/i);
    expect(Number(large.headers['content-length'])).toBe(large.body.length);
    const small = await ask('{ me { username } }');
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(decoded(small)).data.me.username).toBeTruthy();
  });

  it('compresses a GraphQL answer as the request accepts: brotli first, gzip, or not at all', async () => {
    const authorization = await api.bearer('HQ_ANALYST');
    const query = JSON.stringify({ query: '{ metricDefinitions { key definition { zh en } basisNote { zh en } } }' });
    const plain = await request(
      '/graphql',
      { 'content-type': 'application/json', authorization, 'accept-encoding': 'identity' },
      query,
    );
    expect(plain.headers['content-encoding']).toBeUndefined();
    for (const [accept, encoding] of [
      ['gzip, deflate, br', 'br'],
      ['gzip', 'gzip'],
      ['br;q=0, gzip', 'gzip'],
      ['gzip;q=0.5, br;q=0.4', 'gzip'],
      ['deflate', undefined],
      [undefined, undefined],
    ] as const) {
      const headers: Record<string, string> = { 'content-type': 'application/json', authorization };
      if (accept !== undefined) headers['accept-encoding'] = accept;
      const answer = await request('/graphql', headers, query);
      expect(answer.status, accept).toBe(200);
      expect(answer.headers['content-encoding'], accept).toBe(encoding);
      expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
      expect(decoded(answer), accept).toBe(plain.body.toString());
    }
  });
});

describe('compressAnswer', () => {
  // Past IN_LOOP_UP_TO: compressed in the thread pool, at the lower quality, and still whole.
  const huge = Buffer.from(
    JSON.stringify(Array.from({ length: 40_000 }, (_, i) => ({ code: `C${i}`, nameZh: `县支公司${i}`, value: i / 7 }))),
  );

  it('compresses an answer of any size whole, by either encoding, and leaves it as it is without one', async () => {
    expect(huge.length).toBeGreaterThan(IN_LOOP_UP_TO);
    const sizes = [huge.length, IN_LOOP_UP_TO, IN_LOOP_UP_TO / 2, QUALITY_4_UP_TO + 1, QUALITY_4_UP_TO, 11];
    for (const body of sizes.map((size) => huge.subarray(0, size))) {
      expect(brotliDecompressSync(await compressAnswer(body, 'br')).equals(body)).toBe(true);
      expect(gunzipSync(await compressAnswer(body, 'gzip')).equals(body)).toBe(true);
      expect(await compressAnswer(body, undefined)).toBe(body);
    }
    expect((await compressAnswer(huge, 'br')).length).toBeLessThan(huge.length / 5);
    expect((await compressAnswer(huge, 'gzip')).length).toBeLessThan(huge.length / 4);
  });
});

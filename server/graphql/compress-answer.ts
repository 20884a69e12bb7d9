import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Request, Response } from 'express';
import Negotiator from 'negotiator';

// A GraphQL answer is one string, whole, by the time it is sent: it is compressed in one call, not
// through a compressing stream (Express's `compression` middleware), whose chunked writes and trips to
// the thread pool cost a small answer more than compressing it does (a cold province ranking's 5 kB:
// p50 +0.5 ms, p95 +2.1 ms through the stream; brotli at quality 4 in one call takes 0.12 ms).

/** Answers under this many bytes go as they are: compressed, they would save less than a packet. */
export const COMPRESS_FROM_BYTES = 1024;

/** Up to this many bytes an answer is compressed by brotli at quality 4, as the middleware did (0.05–0.12 ms for 5 kB). */
export const QUALITY_4_UP_TO = 64 * 1024;

/**
 * Up to this many bytes an answer is compressed at once on the event loop; a larger one in the thread
 * pool, so that no answer holds the loop however large. Above QUALITY_4_UP_TO brotli works at quality
 * 1: a county ranking's 370 kB takes 0.8 ms for 51 kB, where quality 4 took 2.6 ms for 49 kB; in the
 * loop rather than the pool it was answered 0.75 ms sooner (p50, interleaved A/B), the trip there and
 * back costing more than the work.
 */
export const IN_LOOP_UP_TO = 1024 * 1024;

const brotliCompress = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
const brotli = (quality: number, bytes: number): zlib.BrotliOptions => ({
  params: {
    [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
    [zlib.constants.BROTLI_PARAM_QUALITY]: quality,
    [zlib.constants.BROTLI_PARAM_SIZE_HINT]: bytes,
  },
});

export type AnswerEncoding = 'br' | 'gzip' | undefined;

/** The body as it goes on the wire for this encoding (none: as it is). */
export async function compressAnswer(body: Buffer, encoding: AnswerEncoding): Promise<Buffer> {
  if (encoding === undefined) return body;
  const inLoop = body.length <= IN_LOOP_UP_TO;
  if (encoding === 'br') {
    const options = brotli(body.length <= QUALITY_4_UP_TO ? 4 : 1, body.length);
    return inLoop ? zlib.brotliCompressSync(body, options) : brotliCompress(body, options);
  }
  const options = { level: body.length <= QUALITY_4_UP_TO ? zlib.constants.Z_DEFAULT_COMPRESSION : 1 };
  return inLoop ? zlib.gzipSync(body, options) : gzip(body, options);
}

/** negotiator 1.x, whose `preferred` breaks a tie of weights (its types describe 0.6, without it). */
interface EncodingNegotiator {
  encoding: (available: readonly string[], options: { preferred: readonly string[] }) => string | undefined;
}
const ENCODINGS = ['br', 'gzip', 'identity'];

/**
 * The encoding the request accepts with the most weight for a body of this size, brotli before gzip
 * at the same weight (a browser lists "gzip, deflate, br"), as the `compression` middleware chose;
 * none under COMPRESS_FROM_BYTES, or when neither is accepted.
 */
export function answerEncoding(req: Pick<Request, 'headers'>, bytes: number): AnswerEncoding {
  if (bytes < COMPRESS_FROM_BYTES) return undefined;
  const negotiator = new Negotiator(req) as unknown as EncodingNegotiator;
  const accepted = negotiator.encoding(ENCODINGS, { preferred: ['br', 'gzip'] });
  return accepted === 'br' || accepted === 'gzip' ? accepted : undefined;
}

/** Sends a whole answer, compressed as the request accepts. Its status and other headers are set already. */
export async function sendAnswer(req: Request, res: Response, text: string): Promise<void> {
  const body = Buffer.from(text);
  const encoding = answerEncoding(req, body.length);
  // The answer's encoding depends on the request's Accept-Encoding, whichever it is this time.
  res.vary('Accept-Encoding');
  const sent = await compressAnswer(body, encoding);
  if (encoding) res.setHeader('content-encoding', encoding);
  res.setHeader('content-length', sent.length);
  res.end(sent);
}

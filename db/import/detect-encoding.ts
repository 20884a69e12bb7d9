// Which encoding a CSV file is in. Excel on a Chinese Windows saves "CSV" as GB18030/GBK, elsewhere
// as UTF-8, often with a byte-order mark; the two cannot be told apart by name, only by the bytes.
import { open } from 'node:fs/promises';
import { FILE_COLUMN, SourceProblem } from './issues.js';

export type TextEncoding = 'utf8' | 'gb18030';

/** How much of the file decides: enough for the header and many rows of Chinese names. */
const SAMPLE_BYTES = 64 * 1024;

export async function detectEncoding(file: string): Promise<TextEncoding> {
  const handle = await open(file, 'r');
  try {
    const sample = Buffer.alloc(SAMPLE_BYTES);
    const { bytesRead } = await handle.read(sample, 0, SAMPLE_BYTES, 0);
    return encodingOf(sample.subarray(0, bytesRead), bytesRead < SAMPLE_BYTES);
  } finally {
    await handle.close();
  }
}

/**
 * A byte-order mark means UTF-8; otherwise the sample must be strictly valid UTF-8 (GB18030 Chinese
 * text practically never is). `complete` says the sample is the whole file: if not, a character cut
 * in two at the end of the sample is not held against it.
 */
export function encodingOf(sample: Uint8Array, complete: boolean): TextEncoding {
  if (sample[0] === 0xef && sample[1] === 0xbb && sample[2] === 0xbf) return 'utf8';
  // Excel's "Unicode text" is UTF-16, which would otherwise pass for GB18030 and read as nonsense.
  if ((sample[0] === 0xff && sample[1] === 0xfe) || (sample[0] === 0xfe && sample[1] === 0xff)) {
    throw new SourceProblem(1, FILE_COLUMN, 'the file is UTF-16 text; save it as CSV in UTF-8 or GB18030');
  }
  try {
    // In streaming mode the decoder keeps an unfinished sequence at the end instead of failing on it.
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: !complete });
    return 'utf8';
  } catch {
    return 'gb18030';
  }
}

// Imports one file of one kind into the configured database (spec/IMPORT-FORMAT.md):
//   npm run import -- <kind> <file> [--encoding utf8|gb18030]
// Exit code 0: imported; 1: the file was refused (nothing written) or the import failed; 2: usage error.
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import cliProgress from 'cli-progress';
import {
  formatIssue,
  IMPORT_KINDS,
  importFile,
  ImportRejected,
  type ImportKind,
  type ImportSummary,
} from '../import/index.js';
import { runWithDatabase } from './run-with-database.js';

const USAGE = `usage: npm run import -- <kind> <file> [--encoding utf8|gb18030]
  kind      ${IMPORT_KINDS.join(' | ')}
  file      a CSV file with a header row, or an .xlsx workbook (its first sheet)
  --encoding  the CSV's encoding, when detecting it is not wanted`;

const ENCODINGS = ['utf8', 'gb18030'] as const;
type Encoding = (typeof ENCODINGS)[number];

interface Request {
  kind: ImportKind;
  file: string;
  encoding?: Encoding;
}

const request = await parseRequest(process.argv.slice(2));
if (typeof request === 'string') {
  console.error(`${request}\n${USAGE}`);
  process.exit(2);
}
await runWithDatabase((url) => importOne(url, request));

async function importOne(url: string, request: Request): Promise<number> {
  try {
    const summary = await withProgress(request, (onProgress) =>
      importFile(url, request.kind, request.file, { encoding: request.encoding, onProgress }),
    );
    console.log(describe(summary));
    return 0;
  } catch (error) {
    if (!(error instanceof ImportRejected)) throw error;
    for (const issue of error.issues) console.error(formatIssue(issue));
    console.error(error.message);
    return 1;
  }
}

/** The request, or what is wrong with the command line. */
async function parseRequest(args: string[]): Promise<Request | string> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { encoding: { type: 'string' } }, allowPositionals: true, strict: true });
  } catch (error) {
    return (error as Error).message;
  }
  const [kind, file, ...rest] = parsed.positionals;
  const encoding = parsed.values.encoding;
  if (!kind || !file) return 'both a kind and a file are needed';
  if (rest.length > 0) return `unexpected arguments: ${rest.join(' ')}`;
  if (!(IMPORT_KINDS as readonly string[]).includes(kind)) return `unknown kind "${kind}"`;
  if (encoding !== undefined && !(ENCODINGS as readonly string[]).includes(encoding)) {
    return `unknown encoding "${encoding}"; use utf8 or gb18030`;
  }
  const found = await stat(file).catch(() => undefined);
  if (!found?.isFile()) return `no such file: ${file}`;
  return { kind: kind as ImportKind, file, encoding: encoding as Encoding | undefined };
}

/** On a terminal, a bar of rows read; elsewhere (a pipe, a log file) nothing but the summary. */
async function withProgress<T>(request: Request, run: (onProgress?: (rows: number) => void) => Promise<T>): Promise<T> {
  if (!process.stderr.isTTY) return run();
  const estimate = await estimateRows(request.file);
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: estimate
        ? `${request.kind} {bar} {value} of about {total} rows | {duration_formatted}`
        : `${request.kind} {value} rows read | {duration_formatted}`,
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  bar.start(estimate ?? 0, 0);
  try {
    return await run((rows) => {
      if (estimate && rows > bar.getTotal()) bar.setTotal(rows);
      bar.update(rows);
    });
  } finally {
    bar.stop();
  }
}

/** Rows in a CSV, guessed from the file's size and the line length of its first 64 KB. */
async function estimateRows(file: string): Promise<number | undefined> {
  if (path.extname(file).toLowerCase() === '.xlsx') return undefined;
  const handle = await open(file, 'r');
  try {
    const { size } = await handle.stat();
    const sample = Buffer.alloc(Math.min(size, 64 * 1024));
    const { bytesRead } = await handle.read(sample, 0, sample.length, 0);
    let lines = 0;
    for (let at = sample.indexOf(10); at !== -1 && at < bytesRead; at = sample.indexOf(10, at + 1)) lines += 1;
    return lines > 1 ? Math.max(1, Math.round((size / bytesRead) * lines) - 1) : undefined;
  } finally {
    await handle.close();
  }
}

function describe(summary: ImportSummary): string {
  const seconds = (summary.milliseconds / 1000).toFixed(1);
  return (
    `${summary.kind} from ${summary.file}: ${summary.rows} rows — ${summary.inserted} inserted, ` +
    `${summary.updated} updated, ${summary.unchanged} unchanged` +
    `${summary.recomputed === undefined ? '' : `, ${summary.recomputed} complaints' deadlines changed`} (${seconds} s)`
  );
}

import { open, type FileHandle } from 'node:fs/promises';

export type Cell = string | number | boolean | undefined;

/** Cells are buffered and written in chunks of about this many characters. */
const CHUNK = 1 << 20;

/**
 * Writes one import file (IMPORT-FORMAT.md): UTF-8 without a byte-order mark, a header row, `\n`
 * line ends, an empty cell for "no value". The output depends on the rows alone, so a fixed seed
 * gives byte-identical files.
 */
export class CsvWriter {
  private lines: string[] = [];
  private size = 0;

  private constructor(
    readonly path: string,
    private readonly file: FileHandle,
    private readonly columns: readonly string[],
  ) {}

  static async create(path: string, columns: readonly string[]): Promise<CsvWriter> {
    const writer = new CsvWriter(path, await open(path, 'w'), columns);
    writer.push(columns.join(','));
    return writer;
  }

  /** Appends a row whose cells are given by column name; columns not named are left empty. */
  async write(row: Readonly<Record<string, Cell>>): Promise<void> {
    this.push(this.columns.map((column) => formatCell(row[column])).join(','));
    if (this.size >= CHUNK) await this.flush();
  }

  async close(): Promise<void> {
    await this.flush();
    await this.file.close();
  }

  private push(line: string): void {
    this.lines.push(line);
    this.size += line.length + 1;
  }

  private async flush(): Promise<void> {
    if (this.lines.length === 0) return;
    const text = this.lines.join('\n') + '\n';
    this.lines = [];
    this.size = 0;
    await this.file.write(text, null, 'utf8');
  }
}

function formatCell(value: Cell): string {
  if (value === undefined) return '';
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

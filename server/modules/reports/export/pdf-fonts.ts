import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';

// The PDF's one typeface: Noto Sans SC (as "Noto Sans Hans", OFL-1.1) from the npm package
// @embedpdf/fonts-sc, so Chinese renders after `npm install` with no system font. Its CFF-based
// OpenType files cover all 20,9xx CJK Unified Ideographs plus Latin, Greek, Cyrillic and the
// full-width punctuation a report uses; pdfkit (fontkit) embeds only the glyphs a document uses,
// so a report's PDF carries tens of kilobytes of font, not the files' 8 MB.

export const FONT = { regular: 'NotoSansSC', bold: 'NotoSansSC-Bold' } as const;

const FILES = { [FONT.regular]: 'NotoSansHans-Regular.otf', [FONT.bold]: 'NotoSansHans-Bold.otf' } as const;

let loading: Promise<Record<string, Buffer>> | undefined;

/** The font files' bytes, read once per process: they are large and every export needs them. */
export function fontBytes(): Promise<Record<string, Buffer>> {
  loading ??= (async () => {
    // The package exports only its index; its fonts sit beside dist/ (…/fonts/*.otf).
    const index = createRequire(import.meta.url).resolve('@embedpdf/fonts-sc');
    const folder = path.join(path.dirname(index), '..', 'fonts');
    const entries = await Promise.all(
      Object.entries(FILES).map(async ([name, file]) => [name, await readFile(path.join(folder, file))] as const),
    );
    return Object.fromEntries(entries);
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Registers both weights on a document and selects the regular one. */
export async function registerFonts(doc: PDFKit.PDFDocument): Promise<void> {
  for (const [name, bytes] of Object.entries(await fontBytes())) doc.registerFont(name, bytes);
  doc.font(FONT.regular);
}

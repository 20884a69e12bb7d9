import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as fontkit from 'fontkit';

// The PDF's one typeface: Noto Sans SC (as "Noto Sans Hans", OFL-1.1) from the npm package
// @embedpdf/fonts-sc, so Chinese renders after `npm install` with no system font. Its CFF-based
// OpenType files cover all 20,9xx CJK Unified Ideographs plus Latin, Greek, Cyrillic and the
// full-width punctuation a report uses; pdfkit (fontkit) embeds only the glyphs a document uses,
// so a report's PDF carries tens of kilobytes of font, not the files' 8 MB. The files are read and
// parsed once per process (fontkit, which pdfkit uses, given to pdfkit as parsed fonts): parsing them
// per document cost most of a PDF's time. A parsed font is shared by documents safely: each document
// keeps its own subset, and the font's caches (glyphs, layouts) only grow.

export const FONT = { regular: 'NotoSansSC', bold: 'NotoSansSC-Bold' } as const;

const FILES = { [FONT.regular]: 'NotoSansHans-Regular.otf', [FONT.bold]: 'NotoSansHans-Bold.otf' } as const;

type ParsedFont = fontkit.Font;

let loading: Promise<Record<string, ParsedFont>> | undefined;

/** The fonts, read and parsed once per process: they are large and every export needs them. */
export function parsedFonts(): Promise<Record<string, ParsedFont>> {
  loading ??= (async () => {
    // The package exports only its index; its fonts sit beside dist/ (…/fonts/*.otf).
    const index = createRequire(import.meta.url).resolve('@embedpdf/fonts-sc');
    const folder = path.join(path.dirname(index), '..', 'fonts');
    const entries = await Promise.all(
      Object.entries(FILES).map(async ([name, file]) => {
        const parsed = fontkit.create(await readFile(path.join(folder, file)));
        if (!('layout' in parsed)) throw new Error(`${file} is a font collection, not one font`);
        return [name, parsed] as const;
      }),
    );
    return Object.fromEntries(entries);
  })();
  loading.catch(() => (loading = undefined));
  return loading;
}

/** Registers both weights on a document and selects the regular one. */
export async function registerFonts(doc: PDFKit.PDFDocument): Promise<void> {
  // pdfkit takes a parsed font where its types say a path or bytes (PDFFontFactory.open: `src.layout`).
  for (const [name, font] of Object.entries(await parsedFonts())) doc.registerFont(name, font as unknown as Buffer);
  doc.font(FONT.regular);
}

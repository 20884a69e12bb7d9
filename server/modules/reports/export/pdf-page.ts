// The PDF's pages: A4 with room above and below for the running header and footer, portrait for
// prose and narrow tables, landscape for a table too wide to read on portrait. A page added at a
// break keeps the orientation of the page it continues (pdfkit's own addPage() would fall back to
// the document's first orientation).

export const MARGIN = { top: 62, bottom: 50, left: 45, right: 45 } as const;

export type Layout = 'portrait' | 'landscape';

/** The width a portrait page leaves for a table. */
export const PORTRAIT_WIDTH = 595.28 - MARGIN.left - MARGIN.right;

/** A new page, in `layout` (by default the current page's). */
export function newPage(doc: PDFKit.PDFDocument, layout: Layout = doc.page.layout as Layout): void {
  doc.addPage({ size: 'A4', layout, margins: { ...MARGIN } });
}

/** The width between the current page's margins. */
export const pageWidth = (doc: PDFKit.PDFDocument) => doc.page.width - doc.page.margins.left - doc.page.margins.right;

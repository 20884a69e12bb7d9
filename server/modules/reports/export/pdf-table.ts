import type { Language } from '../narrative.js';
import type { ReportSection } from '../report.content.js';
import { formatCell, text } from './export-format.js';
import { FONT } from './pdf-fonts.js';

// A section's table on PDF pages: columns sized to their content and fitted to the page width,
// long cells wrapped, numbers right-aligned, the report's own unit in bold on a tint, and the
// header row drawn again at the top of each page the table runs onto.

const FONT_SIZE = 8.5;
const PADDING = 4;
const MIN_COLUMN = 42;
const HEADER_TINT = '#eeeeee';
const HIGHLIGHT_TINT = '#fff2cc';
const RULE = '#bbbbbb';

interface Line {
  cells: string[];
  bold: boolean;
  tint?: string;
}

/** Natural widths (the widest text of each column), stretched or squeezed to the page's width. */
function columnWidths(doc: PDFKit.PDFDocument, lines: Line[], available: number): number[] {
  const natural = lines[0].cells.map((_, column) =>
    Math.max(
      ...lines.map((line) => {
        doc.font(line.bold ? FONT.bold : FONT.regular).fontSize(FONT_SIZE);
        return doc.widthOfString(line.cells[column]) + 2 * PADDING;
      }),
    ),
  );
  const total = natural.reduce((sum, width) => sum + width, 0);
  // Room to spare is shared evenly, so a short column is not left cramped beside a wide one.
  if (total <= available) return natural.map((width) => width + (available - total) / natural.length);
  // Too wide: columns share the page by their natural widths, none narrower than a short figure;
  // what does not fit wraps inside its cell.
  const squeezed = natural.map((width) => Math.max(MIN_COLUMN, (width * available) / total));
  const scale = available / squeezed.reduce((sum, width) => sum + width, 0);
  return squeezed.map((width) => width * scale);
}

function lineHeight(doc: PDFKit.PDFDocument, line: Line, widths: number[]): number {
  doc.font(line.bold ? FONT.bold : FONT.regular).fontSize(FONT_SIZE);
  const heights = line.cells.map((cell, column) => doc.heightOfString(cell || ' ', { width: widths[column] - 2 * PADDING }));
  return Math.max(...heights) + 2 * PADDING;
}

function drawLine(doc: PDFKit.PDFDocument, line: Line, widths: number[], aligns: ('left' | 'right')[], y: number, height: number) {
  const left = doc.page.margins.left;
  const width = widths.reduce((sum, w) => sum + w, 0);
  if (line.tint) doc.rect(left, y, width, height).fill(line.tint);
  doc.fillColor('#000000').font(line.bold ? FONT.bold : FONT.regular).fontSize(FONT_SIZE);
  let x = left;
  line.cells.forEach((cell, column) => {
    doc.text(cell, x + PADDING, y + PADDING, { width: widths[column] - 2 * PADDING, align: aligns[column], lineBreak: true });
    x += widths[column];
  });
  doc.moveTo(left, y + height).lineTo(left + width, y + height).lineWidth(0.5).strokeColor(RULE).stroke();
}

/** Draws the table from doc.y on, breaking pages as needed; leaves doc.y under the table. */
export function drawTable(doc: PDFKit.PDFDocument, section: ReportSection, language: Language): void {
  // A section may hold only a note or a chart; there is nothing to size then.
  if (section.columns.length === 0) return;
  const header: Line = { cells: section.columns.map((column) => text(column.label, language)), bold: true, tint: HEADER_TINT };
  const body: Line[] = section.rows.map((row) => ({
    cells: section.columns.map((column, index) => formatCell(row.cells[index] ?? null, column.format, language)),
    bold: row.highlight === true,
    tint: row.highlight ? HIGHLIGHT_TINT : undefined,
  }));
  const left = doc.page.margins.left;
  const available = doc.page.width - left - doc.page.margins.right;
  const widths = columnWidths(doc, [header, ...body], available);
  // The first column names the row; figures read best right-aligned, labels left.
  const aligns = section.columns.map((column, index) => (index === 0 || column.format === 'TEXT' ? 'left' : 'right'));
  const headerHeight = lineHeight(doc, header, widths);
  const bottom = () => doc.page.height - doc.page.margins.bottom;

  let y = doc.y;
  const drawHeader = () => {
    drawLine(doc, header, widths, aligns, y, headerHeight);
    y += headerHeight;
  };
  // A header alone at the foot of a page helps nobody: start on the next page unless a row fits too.
  const firstHeight = body.length ? lineHeight(doc, body[0], widths) : 0;
  if (y + headerHeight + firstHeight > bottom()) {
    doc.addPage();
    y = doc.page.margins.top;
  }
  drawHeader();
  for (const line of body) {
    const height = lineHeight(doc, line, widths);
    if (y + height > bottom()) {
      doc.addPage();
      y = doc.page.margins.top;
      drawHeader();
    }
    drawLine(doc, line, widths, aligns, y, height);
    y += height;
  }
  doc.x = left;
  doc.y = y;
}

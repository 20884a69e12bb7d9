import type { Language } from '../narrative.js';
import { verdictOf } from '../report.cells.js';
import type { ReportSection } from '../report.content.js';
import { formatJudged, text, VERDICT_COLOURS } from './export-format.js';
import { FONT } from './pdf-fonts.js';
import { newPage, pageWidth, PORTRAIT_WIDTH } from './pdf-page.js';

// A section's table on PDF pages: columns sized to their content and fitted to the page width,
// numbers right-aligned and never split ("38.72%", "+52.09个百分点" stay on one line; headings and
// long labels wrap instead), a change worded and coloured by its metric's direction, the report's own
// unit in bold on a tint, and the header row drawn again at the top of each page the table runs onto.
// A table whose figures do not fit a portrait page goes on landscape pages (report-pdf.ts).

const FONT_SIZE = 8.5;
const PADDING = 4;
/** A label column (a unit's name, a definition) may wrap down to this width. */
const TEXT_LEAST = 96;
/** Text tables this many times wider than a portrait page read better on a landscape one. */
const TEXT_WIDE = 1.6;
const HEADER_TINT = '#eeeeee';
const HIGHLIGHT_TINT = '#fff2cc';
const RULE = '#bbbbbb';

interface Line {
  cells: string[];
  bold: boolean;
  tint?: string;
  /** A cell's colour where it is not black (a judged change). */
  colours?: (string | undefined)[];
}

interface Table {
  header: Line;
  body: Line[];
  aligns: ('left' | 'right')[];
  /** Each column's width with nothing wrapped, and the least it may have (its widest figure unsplit). */
  natural: number[];
  least: number[];
}

function textWidth(doc: PDFKit.PDFDocument, value: string, bold: boolean): number {
  doc.font(bold ? FONT.bold : FONT.regular).fontSize(FONT_SIZE);
  // a point to spare, so the line wrapper never breaks a figure over a rounding
  return doc.widthOfString(value) + 2 * PADDING + 1;
}

function tableOf(doc: PDFKit.PDFDocument, section: ReportSection, language: Language): Table {
  const header: Line = {
    cells: section.columns.map((column) => text(column.label, language)),
    bold: true,
    tint: HEADER_TINT,
  };
  const body: Line[] = section.rows.map((row) => {
    const verdicts = section.columns.map((_, index) => verdictOf(section, row, index));
    return {
      cells: section.columns.map((column, index) =>
        formatJudged(row.cells[index] ?? null, column.format, verdicts[index], language),
      ),
      bold: row.highlight === true,
      tint: row.highlight ? HIGHLIGHT_TINT : undefined,
      colours: verdicts.map((verdict) => (verdict && verdict !== 'UNCHANGED' ? VERDICT_COLOURS[verdict] : undefined)),
    };
  });
  const labels = section.columns.map((column, index) => index === 0 || column.format === 'TEXT');
  const natural = section.columns.map((_, c) =>
    Math.max(...[header, ...body].map((line) => textWidth(doc, line.cells[c], line.bold))),
  );
  // A figure column at least as wide as its widest figure; a label column as its widest label or heading, up to a cap.
  const least = section.columns.map((_, c) => {
    const widest = Math.max(2 * PADDING, ...body.map((line) => textWidth(doc, line.cells[c], line.bold)));
    return labels[c] ? Math.min(Math.max(widest, textWidth(doc, header.cells[c], true)), TEXT_LEAST) : widest;
  });
  return { header, body, aligns: labels.map((label) => (label ? 'left' : 'right')), natural, least };
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/**
 * Natural widths when they fit, the spare room shared evenly; else every column at least its widest
 * figure, the rest shared by what each would still like; only when even that does not fit (no page
 * would) are figures squeezed and wrapped.
 */
function columnWidths(table: Table, available: number): number[] {
  const { natural, least } = table;
  const wanted = sum(natural);
  if (wanted <= available) return natural.map((width) => width + (available - wanted) / natural.length);
  const floor = sum(least);
  if (floor <= available) {
    const wish = natural.map((width, c) => width - least[c]);
    const wishes = sum(wish);
    return least.map((width, c) => width + ((available - floor) * wish[c]) / wishes);
  }
  return least.map((width) => (width * available) / floor);
}

/** Whether the section's table belongs on a landscape page: its figures do not fit a portrait one unsplit, or its text is long. */
export function isWide(doc: PDFKit.PDFDocument, section: ReportSection, language: Language): boolean {
  if (section.columns.length === 0) return false;
  const table = tableOf(doc, section, language);
  return sum(table.least) > PORTRAIT_WIDTH || sum(table.natural) > TEXT_WIDE * PORTRAIT_WIDTH;
}

function lineHeight(doc: PDFKit.PDFDocument, line: Line, widths: number[]): number {
  doc.font(line.bold ? FONT.bold : FONT.regular).fontSize(FONT_SIZE);
  const heights = line.cells.map((cell, column) =>
    doc.heightOfString(cell || ' ', { width: widths[column] - 2 * PADDING }),
  );
  return Math.max(...heights) + 2 * PADDING;
}

function drawLine(
  doc: PDFKit.PDFDocument,
  line: Line,
  widths: number[],
  aligns: ('left' | 'right')[],
  y: number,
  height: number,
) {
  const left = doc.page.margins.left;
  const width = sum(widths);
  if (line.tint) doc.rect(left, y, width, height).fill(line.tint);
  doc.font(line.bold ? FONT.bold : FONT.regular).fontSize(FONT_SIZE);
  let x = left;
  line.cells.forEach((cell, column) => {
    doc.fillColor(line.colours?.[column] ?? '#000000');
    doc.text(cell, x + PADDING, y + PADDING, {
      width: widths[column] - 2 * PADDING,
      align: aligns[column],
      lineBreak: true,
    });
    x += widths[column];
  });
  doc
    .moveTo(left, y + height)
    .lineTo(left + width, y + height)
    .lineWidth(0.5)
    .strokeColor(RULE)
    .stroke();
}

/** Draws the table from doc.y on, breaking pages (of the same orientation) as needed; leaves doc.y under the table. */
export function drawTable(doc: PDFKit.PDFDocument, section: ReportSection, language: Language): void {
  // A section may hold only a note or a chart; there is nothing to size then.
  if (section.columns.length === 0) return;
  const table = tableOf(doc, section, language);
  const { header, body, aligns } = table;
  const left = doc.page.margins.left;
  const widths = columnWidths(table, pageWidth(doc));
  const headerHeight = lineHeight(doc, header, widths);
  const bottom = () => doc.page.height - doc.page.margins.bottom;

  let y = doc.y;
  const drawHeader = () => {
    drawLine(doc, header, widths, aligns, y, headerHeight);
    y += headerHeight;
  };
  const nextPage = () => {
    newPage(doc);
    y = doc.page.margins.top;
  };
  // A header alone at the foot of a page helps nobody: start on the next page unless a row fits too.
  const firstHeight = body.length ? lineHeight(doc, body[0], widths) : 0;
  if (y + headerHeight + firstHeight > bottom()) nextPage();
  drawHeader();
  for (const line of body) {
    const height = lineHeight(doc, line, widths);
    if (y + height > bottom()) {
      nextPage();
      drawHeader();
    }
    drawLine(doc, line, widths, aligns, y, height);
    y += height;
  }
  doc.x = left;
  doc.y = y;
}

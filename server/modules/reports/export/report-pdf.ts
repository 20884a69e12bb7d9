import PDFDocument from 'pdfkit';
import SVGtoPDF from 'svg-to-pdfkit';
import type { Language } from '../narrative.js';
import type { ReportContent, ReportSection, ReportVersionMeta } from '../report.content.js';
import { chartSvg } from './chart-svg.js';
import { formatInstant, formatPeriod, headerFacts, LABELS, reportTitle, text, versionLabel } from './export-format.js';
import { drawTable, isWide } from './pdf-table.js';
import { FONT, registerFonts } from './pdf-fonts.js';
import { MARGIN, newPage, pageWidth } from './pdf-page.js';

// The report as an A4 PDF: a running header (unit, period, asOf, version or 草稿) and footer
// (第 n 页 / 共 m 页) on every page, then the title, the header facts, the narrative and each
// section's table and chart. A section too wide for a portrait page (the children's table, the
// regulator's tables, the glossary) starts a landscape page, and the sections after it follow on
// landscape pages; a chart is never split over two pages. Pages are buffered so the footer can name
// the page count, which is known only once everything is laid out.
const CHART_HEIGHT = 240;
const GREY = '#555555';
const DRAFT_RED = '#c0392b';

/** Room needed under a section heading before its table starts: the heading, a header row, a row. */
const SECTION_START = 70;

function ensureRoom(doc: PDFKit.PDFDocument, height: number) {
  if (doc.y + height > doc.page.height - doc.page.margins.bottom) newPage(doc);
}

function drawSection(doc: PDFKit.PDFDocument, section: ReportSection, language: Language) {
  if (doc.page.layout !== 'landscape' && isWide(doc, section, language)) newPage(doc, 'landscape');
  else doc.moveDown(0.8);
  const left = doc.page.margins.left;
  const width = pageWidth(doc);
  ensureRoom(doc, SECTION_START);
  doc.font(FONT.bold).fontSize(12).fillColor('#000000').text(text(section.title, language), left, doc.y, { width });
  doc.moveDown(0.3);
  drawTable(doc, section, language);
  if (section.note) {
    doc.moveDown(0.3);
    ensureRoom(doc, 12);
    doc.font(FONT.regular).fontSize(8).fillColor(GREY).text(text(section.note, language), left, doc.y, { width });
  }
  if (section.chart) {
    doc.moveDown(0.6);
    ensureRoom(doc, CHART_HEIGHT);
    const svg = chartSvg(section.chart, language, Math.round(width), CHART_HEIGHT);
    // The @types declare the constructor where the document goes; the library takes the document.
    (
      SVGtoPDF as unknown as (
        doc: PDFKit.PDFDocument,
        svg: string,
        x: number,
        y: number,
        options: SVGtoPDF.Options,
      ) => void
    )(doc, svg, left, doc.y, {
      width,
      height: CHART_HEIGHT,
      assumePt: true,
      fontCallback: (_family, bold) => (bold ? FONT.bold : FONT.regular),
    });
    doc.y += CHART_HEIGHT;
  }
  doc.x = left;
}

function drawOpening(
  doc: PDFKit.PDFDocument,
  content: ReportContent,
  meta: ReportVersionMeta | null,
  language: Language,
) {
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  doc
    .font(FONT.bold)
    .fontSize(16)
    .fillColor('#000000')
    .text(text(content.title, language), left, doc.y, { width, align: 'center' });
  if (!meta)
    doc.font(FONT.bold).fontSize(11).fillColor(DRAFT_RED).text(LABELS[language].draft, { width, align: 'center' });
  doc.moveDown(0.6);
  // The title is above; the remaining facts in two short columns of label and value.
  doc.fontSize(9);
  for (const [label, value] of headerFacts(content, meta, language).slice(1)) {
    const y = doc.y;
    doc.font(FONT.bold).fillColor(GREY).text(label, left, y, { width: 80 });
    doc
      .font(FONT.regular)
      .fillColor('#000000')
      .text(value, left + 84, y, { width: width - 84 });
  }
  doc.moveDown(0.8);
  doc.font(FONT.regular).fontSize(10.5).fillColor('#000000');
  const zh = language === 'zh-CN';
  for (const paragraph of content.narrative[zh ? 'zh' : 'en']) {
    // Chinese paragraphs open with a two-character indent.
    doc.text(paragraph, left, doc.y, {
      width,
      indent: zh ? 21 : 0,
      lineGap: 3,
      paragraphGap: 5,
      align: zh ? 'justify' : 'left',
    });
  }
}

/** Header and footer on every buffered page, drawn inside the margins they were kept free for. */
function drawRunningParts(
  doc: PDFKit.PDFDocument,
  content: ReportContent,
  meta: ReportVersionMeta | null,
  language: Language,
) {
  const words = LABELS[language];
  const { start, count } = doc.bufferedPageRange();
  for (let index = start; index < start + count; index += 1) {
    doc.switchToPage(index);
    const { left, right } = doc.page.margins;
    const width = doc.page.width - left - right;
    // Text below the bottom margin would make pdfkit open a new page; lift the margin while drawing.
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc.font(FONT.regular).fontSize(8).fillColor(GREY);
    doc.text(`${text(content.unit.name, language)}  ·  ${formatPeriod(content.period, language)}`, left, 30, {
      width,
      align: 'left',
      lineBreak: false,
    });
    // Right side: "数据截至 … · 第 1 版", the version in bold (and red for a draft).
    const version = versionLabel(meta, language);
    const versionWidth = doc.font(FONT.bold).widthOfString(version) + 1;
    const asOf = `${words.asOf} ${formatInstant(content.asOf, language)}  ·`;
    doc.font(FONT.regular).text(asOf, left, 30, { width: width - versionWidth - 4, align: 'right', lineBreak: false });
    doc
      .font(FONT.bold)
      .fillColor(meta ? GREY : DRAFT_RED)
      .text(version, left + width - versionWidth, 30, { width: versionWidth, lineBreak: false });
    doc
      .moveTo(left, 44)
      .lineTo(left + width, 44)
      .lineWidth(0.5)
      .strokeColor('#999999')
      .stroke();
    doc
      .font(FONT.regular)
      .fillColor(GREY)
      .text(words.page(index - start + 1, count), left, doc.page.height - 32, {
        width,
        align: 'center',
        lineBreak: false,
      });
    doc.page.margins.bottom = bottom;
  }
}

/** The report as PDF bytes. meta null: a live draft, marked 草稿（实时数据）on every page. */
export async function renderReportPdf(
  content: ReportContent,
  meta: ReportVersionMeta | null,
  language: Language,
): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { ...MARGIN },
    bufferPages: true,
    info: {
      Title: reportTitle(content, meta, language),
      Author: meta?.submittedBy ?? '',
      Creator: '投诉报表门户',
      // The figures' instant, not the clock's, so the same snapshot gives the same document.
      CreationDate: new Date(meta?.submittedAt ?? content.asOf),
    },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  await registerFonts(doc);
  drawOpening(doc, content, meta, language);
  for (const section of content.sections) drawSection(doc, section, language);
  drawRunningParts(doc, content, meta, language);
  doc.end();
  return done;
}

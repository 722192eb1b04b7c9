import { STORE } from '../data/demo-data';
import type { Lang, PdfMeta } from './business-pdf';

// The page of every seed document: palette, US Letter geometry, letterhead, running header, footers.

export const BRAND = '#1f4e79';
export const ACCENT = '#2e86c1';
export const MUTED = '#5f6b76';
export const RULE = '#c9d3dd';
export const ZEBRA = '#f2f6fa';

export const PAGE_WIDTH = 612; // US Letter
export const PAGE_HEIGHT = 792;
export const MARGIN_X = 56;
export const MARGIN_TOP = 50;
export const MARGIN_BOTTOM = 80;
export const CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X;

const PAGE_LABEL: Record<Lang, (page: number, count: number) => string> = {
  en: (page, count) => `Page ${page} of ${count}`,
  de: (page, count) => `Seite ${page} von ${count}`,
};

/** A horizontal rule across the content width. */
export function rule(doc: PDFKit.PDFDocument, y: number, color: string, width: number): void {
  doc.save().moveTo(MARGIN_X, y).lineTo(PAGE_WIDTH - MARGIN_X, y).lineWidth(width).strokeColor(color).stroke().restore();
}

/** Full letterhead on the first page. */
export function drawLetterhead(doc: PDFKit.PDFDocument): void {
  doc.save();
  doc.roundedRect(MARGIN_X, MARGIN_TOP, 38, 38, 6).fill(BRAND);
  doc.fillColor('#ffffff').font('Helvetica-Bold').fontSize(15).text('ES', MARGIN_X, MARGIN_TOP + 11, { width: 38, align: 'center' });
  doc.fillColor(BRAND).font('Helvetica-Bold').fontSize(20).text(STORE.name, MARGIN_X + 50, MARGIN_TOP + 2, { lineBreak: false });
  doc
    .fillColor(MUTED)
    .font('Helvetica')
    .fontSize(8.5)
    .text('Cameras  \u00b7  Camcorders  \u00b7  Accessories', MARGIN_X + 50, MARGIN_TOP + 26, { lineBreak: false });
  const right = [STORE.legalName, ...STORE.addressLines, `Phone ${STORE.phone}`, STORE.email, STORE.web];
  doc.fontSize(7.5).fillColor(MUTED);
  let y = MARGIN_TOP - 2;
  for (const line of right) {
    doc.text(line, PAGE_WIDTH - MARGIN_X - 200, y, { width: 200, align: 'right', lineBreak: false });
    y += 9.5;
  }
  doc.restore();
  rule(doc, MARGIN_TOP + 68, BRAND, 1.2);
  doc.x = MARGIN_X;
  doc.y = MARGIN_TOP + 82;
}

/** Compact header on continuation pages. */
export function drawRunningHeader(doc: PDFKit.PDFDocument, meta: Pick<PdfMeta, 'runningTitle'>): void {
  doc.save();
  doc.fillColor(BRAND).font('Helvetica-Bold').fontSize(10).text(STORE.name, MARGIN_X, MARGIN_TOP, { lineBreak: false });
  doc
    .fillColor(MUTED)
    .font('Helvetica')
    .fontSize(8.5)
    .text(meta.runningTitle, PAGE_WIDTH - MARGIN_X - 300, MARGIN_TOP + 1, { width: 300, align: 'right', lineBreak: false });
  doc.restore();
  rule(doc, MARGIN_TOP + 16, RULE, 0.8);
  doc.x = MARGIN_X;
  doc.y = MARGIN_TOP + 30;
}

/** Footers with the company line and "page i of n" on every buffered page. */
export function drawFooters(doc: PDFKit.PDFDocument, meta: Pick<PdfMeta, 'lang' | 'runningTitle'>): void {
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    // Writing below the bottom margin would start a new page: lift the margin while drawing.
    const savedBottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = PAGE_HEIGHT - 58;
    rule(doc, y, RULE, 0.6);
    doc
      .font('Helvetica')
      .fontSize(7)
      .fillColor(MUTED)
      .text(
        `${STORE.legalName} \u00b7 ${STORE.addressLines.join(' \u00b7 ')} \u00b7 ${STORE.taxId}`,
        MARGIN_X,
        y + 7,
        { width: CONTENT_WIDTH - 90, lineBreak: false },
      );
    doc.text(`${meta.runningTitle}`, MARGIN_X, y + 17, { width: CONTENT_WIDTH - 90, lineBreak: false });
    doc
      .font('Helvetica-Bold')
      .fontSize(7.5)
      .text(PAGE_LABEL[meta.lang](i - range.start + 1, range.count), PAGE_WIDTH - MARGIN_X - 90, y + 7, {
        width: 90,
        align: 'right',
        lineBreak: false,
      });
    doc.page.margins.bottom = savedBottom;
  }
}

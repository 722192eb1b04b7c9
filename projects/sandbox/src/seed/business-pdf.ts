import PDFDocument from 'pdfkit';

import { STORE } from '../data/demo-data';
import {
  ACCENT,
  BRAND,
  CONTENT_WIDTH,
  drawFooters,
  drawLetterhead,
  drawRunningHeader,
  MARGIN_BOTTOM,
  MARGIN_TOP,
  MARGIN_X,
  MUTED,
  PAGE_HEIGHT,
  PAGE_WIDTH,
  rule,
  RULE,
  ZEBRA,
} from './pdf-page';

export { CONTENT_WIDTH };

export type Lang = 'en' | 'de';

export interface PdfMeta {
  title: string;
  subject: string;
  keywords: string;
  /** Fixed creation date: makes the bytes reproducible. */
  createdAt: Date;
  lang: Lang;
  /** Short text repeated in the running header of continuation pages, e.g. "Invoice INV-2026-100012". */
  runningTitle: string;
}

export interface Column {
  header: string;
  width: number;
  align?: 'left' | 'right' | 'center';
}

/**
 * A business-letter layout on top of pdfkit: letterhead, address window, reference box,
 * tables that break across pages with repeated headers, totals, and a footer with page numbers.
 * Only the standard PDF fonts are used, so the output is small and byte-for-byte reproducible.
 */
export class BusinessPdf {
  readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;
  private pageCount = 0;

  constructor(private readonly meta: PdfMeta) {
    this.doc = new PDFDocument({
      size: 'LETTER',
      margins: { top: MARGIN_TOP, bottom: MARGIN_BOTTOM, left: MARGIN_X, right: MARGIN_X },
      bufferPages: true,
      autoFirstPage: false,
      lang: meta.lang === 'de' ? 'de-DE' : 'en-US',
      displayTitle: true,
      pdfVersion: '1.4',
      info: {
        Title: meta.title,
        Author: STORE.name,
        Subject: meta.subject,
        Keywords: meta.keywords,
        Creator: 'Exstream Documents for Spartacus - sandbox seed',
        Producer: 'PDFKit',
        CreationDate: meta.createdAt,
        ModDate: meta.createdAt,
      },
    });
    this.done = new Promise<Buffer>((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(this.chunks)));
      this.doc.on('error', reject);
    });
    this.doc.on('pageAdded', () => this.onPageAdded());
    this.doc.addPage();
  }

  private onPageAdded(): void {
    this.pageCount += 1;
    if (this.pageCount === 1) {
      drawLetterhead(this.doc);
    } else {
      drawRunningHeader(this.doc, this.meta);
    }
  }

  private get bottom(): number {
    return PAGE_HEIGHT - MARGIN_BOTTOM;
  }

  /** Starts a new page when fewer than `height` points are left. */
  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) {
      this.doc.addPage();
    }
  }

  /**
   * The address window (left) and reference box (right) under the letterhead.
   * `recipient` lines are printed as given; `references` are label/value pairs.
   */
  addressAndReferences(recipient: string[], references: [string, string][], recipientLabel?: string): void {
    const doc = this.doc;
    const top = doc.y;
    doc
      .font('Helvetica')
      .fontSize(6.5)
      .fillColor(MUTED)
      .text(`${STORE.legalName} \u00b7 ${STORE.addressLines[0]} \u00b7 ${STORE.addressLines[1]}`, MARGIN_X, top, {
        width: 260,
        underline: true,
        lineBreak: false,
      });
    let y = top + 14;
    if (recipientLabel) {
      doc.font('Helvetica-Bold').fontSize(7.5).fillColor(MUTED).text(recipientLabel.toUpperCase(), MARGIN_X, y, { lineBreak: false });
      y += 11;
    }
    doc.font('Helvetica').fontSize(10).fillColor('#000000');
    for (const line of recipient) {
      doc.text(line, MARGIN_X, y, { width: 260, lineBreak: false });
      y += 13;
    }
    const boxX = PAGE_WIDTH - MARGIN_X - 200;
    let ry = top;
    doc.save().rect(boxX - 8, top - 6, 208, references.length * 15 + 10).fill(ZEBRA).restore();
    for (const [label, value] of references) {
      doc.font('Helvetica').fontSize(8).fillColor(MUTED).text(label, boxX, ry, { width: 90, lineBreak: false });
      doc.font('Helvetica-Bold').fontSize(8.5).fillColor('#000000').text(value, boxX + 88, ry - 0.5, { width: 104, align: 'right', lineBreak: false });
      ry += 15;
    }
    doc.x = MARGIN_X;
    doc.y = Math.max(y, ry) + 18;
  }

  /** Document title with an optional subtitle. */
  heading(title: string, subtitle?: string): void {
    const doc = this.doc;
    this.ensureSpace(50);
    doc.font('Helvetica-Bold').fontSize(18).fillColor(BRAND).text(title, MARGIN_X, doc.y, { width: CONTENT_WIDTH });
    if (subtitle) {
      doc.moveDown(0.15).font('Helvetica').fontSize(10).fillColor(MUTED).text(subtitle, { width: CONTENT_WIDTH });
    }
    doc.fillColor('#000000').moveDown(0.8);
  }

  /** A small section heading. */
  section(title: string): void {
    this.ensureSpace(40);
    this.doc.moveDown(0.4).font('Helvetica-Bold').fontSize(11).fillColor(BRAND).text(title, MARGIN_X, this.doc.y, { width: CONTENT_WIDTH });
    this.doc.fillColor('#000000').moveDown(0.3);
  }

  paragraph(text: string, options: { bold?: boolean; size?: number; color?: string; gap?: number } = {}): void {
    const doc = this.doc;
    doc.font(options.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(options.size ?? 9.5);
    const height = doc.heightOfString(text, { width: CONTENT_WIDTH, lineGap: 1.5 });
    this.ensureSpace(Math.min(height, 60));
    doc.font(options.bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(options.size ?? 9.5);
    doc.fillColor(options.color ?? '#000000').text(text, MARGIN_X, doc.y, { width: CONTENT_WIDTH, lineGap: 1.5 });
    doc.fillColor('#000000').moveDown(options.gap ?? 0.6);
  }

  /** Label/value pairs in two columns (e.g. carrier, tracking id). */
  facts(pairs: [string, string][]): void {
    const doc = this.doc;
    for (const [label, value] of pairs) {
      doc.font('Helvetica').fontSize(9.5);
      const h = Math.max(doc.heightOfString(value, { width: CONTENT_WIDTH - 150 }), 12) + 3;
      this.ensureSpace(h);
      const y = doc.y;
      doc.font('Helvetica').fontSize(9).fillColor(MUTED).text(label, MARGIN_X, y, { width: 145 });
      doc.font('Helvetica-Bold').fontSize(9.5).fillColor('#000000').text(value, MARGIN_X + 150, y, { width: CONTENT_WIDTH - 150 });
      doc.y = y + h;
    }
    doc.x = MARGIN_X;
    doc.moveDown(0.5);
  }

  /** A table that breaks across pages, repeating its header row. */
  table(columns: Column[], rows: string[][], options: { boldRows?: number[] } = {}): void {
    const doc = this.doc;
    const padX = 5;
    const padY = 4;
    const drawHeader = () => {
      const y = doc.y;
      doc.save().rect(MARGIN_X, y, CONTENT_WIDTH, 18).fill(BRAND).restore();
      let x = MARGIN_X;
      doc.font('Helvetica-Bold').fontSize(8.5).fillColor('#ffffff');
      for (const col of columns) {
        doc.text(col.header, x + padX, y + 5, { width: col.width - 2 * padX, align: col.align ?? 'left', lineBreak: false });
        x += col.width;
      }
      doc.fillColor('#000000');
      doc.y = y + 18;
    };
    this.ensureSpace(18 + 22);
    drawHeader();
    rows.forEach((row, index) => {
      const bold = options.boldRows?.includes(index) ?? false;
      doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
      const height =
        Math.max(...row.map((cell, i) => doc.heightOfString(cell, { width: columns[i].width - 2 * padX }))) + 2 * padY;
      if (doc.y + height > this.bottom) {
        doc.addPage();
        drawHeader();
      }
      const y = doc.y;
      if (index % 2 === 1) {
        doc.save().rect(MARGIN_X, y, CONTENT_WIDTH, height).fill(ZEBRA).restore();
      }
      let x = MARGIN_X;
      doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9).fillColor('#000000');
      row.forEach((cell, i) => {
        doc.text(cell, x + padX, y + padY, { width: columns[i].width - 2 * padX, align: columns[i].align ?? 'left' });
        x += columns[i].width;
      });
      doc.y = y + height;
    });
    rule(this.doc, doc.y, RULE, 0.8);
    doc.x = MARGIN_X;
    doc.y += 8;
  }

  /** Right-aligned totals block; the row marked `strong` gets a rule and bold type. */
  totals(rows: { label: string; value: string; strong?: boolean; note?: boolean }[]): void {
    const doc = this.doc;
    this.ensureSpace(rows.length * 16 + 10);
    const labelX = PAGE_WIDTH - MARGIN_X - 280;
    for (const row of rows) {
      const y = doc.y;
      if (row.strong) {
        doc.save().moveTo(labelX, y - 2).lineTo(PAGE_WIDTH - MARGIN_X, y - 2).lineWidth(0.8).strokeColor(BRAND).stroke().restore();
        doc.y = y + 3;
      }
      const ty = doc.y;
      const font = row.strong ? 'Helvetica-Bold' : 'Helvetica';
      const size = row.strong ? 11 : row.note ? 8 : 9.5;
      doc.font(font).fontSize(size).fillColor(row.note ? MUTED : '#000000');
      doc.text(row.label, labelX, ty, { width: 180, lineBreak: false });
      doc.text(row.value, labelX + 180, ty, { width: 100, align: 'right', lineBreak: false });
      doc.y = ty + (row.strong ? 18 : 14);
    }
    doc.fillColor('#000000');
    doc.x = MARGIN_X;
    doc.moveDown(0.8);
  }

  /** A highlighted box with a short message (e.g. tracking information, warranty coverage). */
  callout(title: string, text: string): void {
    const doc = this.doc;
    doc.font('Helvetica').fontSize(9.5);
    const textHeight = doc.heightOfString(text, { width: CONTENT_WIDTH - 24 });
    const height = textHeight + 34;
    this.ensureSpace(height + 6);
    const y = doc.y;
    doc.save().rect(MARGIN_X, y, CONTENT_WIDTH, height).fill(ZEBRA).restore();
    doc.save().rect(MARGIN_X, y, 3, height).fill(ACCENT).restore();
    doc.font('Helvetica-Bold').fontSize(10).fillColor(BRAND).text(title, MARGIN_X + 12, y + 9, { width: CONTENT_WIDTH - 24 });
    doc.font('Helvetica').fontSize(9.5).fillColor('#000000').text(text, MARGIN_X + 12, y + 24, { width: CONTENT_WIDTH - 24 });
    doc.x = MARGIN_X;
    doc.y = y + height + 12;
  }

  /** Signature line ("for Electronics Store"). */
  signature(name: string, role: string): void {
    const doc = this.doc;
    this.ensureSpace(60);
    doc.moveDown(1);
    const y = doc.y + 22;
    doc.save().moveTo(MARGIN_X, y).lineTo(MARGIN_X + 180, y).lineWidth(0.6).strokeColor(MUTED).stroke().restore();
    doc.font('Helvetica-Bold').fontSize(9).fillColor('#000000').text(name, MARGIN_X, y + 4, { width: 220 });
    doc.font('Helvetica').fontSize(8.5).fillColor(MUTED).text(role, MARGIN_X, doc.y, { width: 220 });
    doc.fillColor('#000000').moveDown(0.6);
  }

  /** Writes footers with page numbers on every page and returns the finished PDF bytes. */
  async finish(): Promise<Buffer> {
    drawFooters(this.doc, this.meta);
    this.doc.end();
    return this.done;
  }
}

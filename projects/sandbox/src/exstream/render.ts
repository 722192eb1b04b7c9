import { BusinessPdf, type Column } from '../seed/business-pdf';
import type { Variables } from './data-source';

/** The communications the emulator knows, by communicationId. */
export const COMMUNICATIONS = ['OrderConfirmation', 'Invoice', 'ShipmentNotice', 'WarrantyCertificate'] as const;
export type Communication = (typeof COMMUNICATIONS)[number];

const DATE = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
const date = (iso: string | null) => {
  const time = iso === null ? NaN : Date.parse(iso);
  return Number.isNaN(time) ? '-' : DATE.format(new Date(time));
};

const ITEMS: Column[] = [
  { header: 'Pos.', width: 34, align: 'right' },
  { header: 'Item no.', width: 70 },
  { header: 'Description', width: 184 },
  { header: 'Qty', width: 40, align: 'right' },
  { header: 'Unit price', width: 86, align: 'right' },
  { header: 'Amount', width: 86, align: 'right' },
];

/**
 * Renders a real, multi-section business PDF from the communication's variables (the driver file
 * mapped through the data source), with the sandbox's pdfkit layout. Empty variables print as '-'.
 */
export async function renderPdf(communication: Communication, v: Variables): Promise<Buffer> {
  const number = v.text('document.number') ?? '-';
  const title = v.text('document.title') ?? headingOf(communication);
  const orderCode = v.text('order.code') ?? '-';
  const customerName = v.text('customer.name');
  const issuedAt = v.text('document.issuedAt');
  const issued = issuedAt === null ? NaN : Date.parse(issuedAt);
  const p = new BusinessPdf({
    title,
    subject: `${v.text('document.type') ?? '-'} ${number}`,
    keywords: `${v.text('document.type') ?? '-'}, ${number}, order ${orderCode}`,
    createdAt: Number.isNaN(issued) ? new Date() : new Date(issued),
    lang: 'en',
    runningTitle: `${headingOf(communication)} ${number}`,
  });
  const addressee = customerName ?? v.text('customer.uid') ?? '-';
  const recipient = v.has('order.deliveryAddress')
    ? [v.text('order.deliveryAddress.name') ?? addressee, ...v.texts('order.deliveryAddress.lines')]
    : [addressee];
  const refs: [string, string][] = [
    ['Document no.', number],
    ['Date', date(issuedAt)],
    ['Order no.', orderCode],
    ['Order date', date(v.text('order.placed'))],
  ];
  if (v.has('consignment')) refs.push(['Consignment', v.text('consignment.code') ?? '-']);
  p.addressAndReferences(recipient, refs);
  p.heading(headingOf(communication), title);
  const lines = v.items('lines');
  const rows = lines.map((l) => {
    const entry = l.number('entryNumber');
    const manufacturer = l.text('manufacturer');
    return [
      entry === null ? '-' : String(entry + 1),
      l.text('productCode') ?? '-',
      `${l.text('productName') ?? '-'}${manufacturer ? `\n${manufacturer}` : ''}`,
      l.text('quantity') ?? '-',
      l.money('unitPrice'),
      l.money('total'),
    ];
  });
  const dear = `Dear ${customerName ?? 'customer'},`;

  switch (communication) {
    case 'OrderConfirmation':
    case 'Invoice':
      p.paragraph(
        communication === 'Invoice'
          ? `${dear}\n\nwe invoice the following items of your order ${orderCode}.`
          : `${dear}\n\nthank you for your order ${orderCode}. We will ship the following items.`,
      );
      p.table(ITEMS, rows);
      p.totals([
        { label: 'Subtotal', value: v.money('order.subTotal') },
        { label: 'Delivery', value: v.money('order.deliveryCost') },
        { label: 'Total', value: v.money('order.total'), strong: true },
        { label: 'Includes tax', value: v.money('order.tax'), note: true },
      ]);
      p.facts([
        ['Delivery method', v.text('order.deliveryMode') ?? '-'],
        ['Payment method', v.text('order.payment') ?? '-'],
      ]);
      break;
    case 'ShipmentNotice':
      p.paragraph(`${dear}\n\nthe items below of order ${orderCode} are on their way to you.`);
      p.callout(
        `Tracking number ${v.text('consignment.trackingId') ?? '-'}`,
        `Status: ${v.text('consignment.status') ?? '-'} (${date(v.text('consignment.statusDate'))}).`,
      );
      p.table(ITEMS, rows);
      break;
    case 'WarrantyCertificate': {
      const line = lines[0];
      p.paragraph(
        `This certificate confirms that ${line ? `${line.text('productName') ?? '-'} (${line.text('productCode') ?? '-'})` : 'the product'}, bought by ` +
          `${addressee} with order ${orderCode}, is covered by the store warranty for 24 months from delivery.`,
      );
      p.table(ITEMS, rows);
      p.callout('What is covered', 'Repair or replacement in case of material or manufacturing defects, including parts and labour.');
      p.signature('Customer Care', 'Electronics Store Inc.');
      break;
    }
  }
  return p.finish();
}

/** A short HTML notice (the e-mail channel's output) announcing the document. */
export function renderHtmlNotice(communication: Communication, v: Variables): string {
  const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  const items = v.items('lines').map((l) => `<li>${escape(l.text('productName') ?? '-')} &times; ${escape(l.text('quantity') ?? '-')}</li>`);
  return (
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escape(v.text('document.title') ?? '-')}</title></head>` +
    `<body><h1>${escape(headingOf(communication))}</h1><p>Dear ${escape(v.text('customer.name') ?? v.text('customer.uid') ?? 'customer')},</p>` +
    `<p>your document <strong>${escape(v.text('document.number') ?? '-')}</strong> for order ${escape(v.text('order.code') ?? '-')} is ready in My Account.</p>` +
    `<ul>${items.join('')}</ul></body></html>`
  );
}

/** The web channel's output: a JSON summary of the document, what `Accept: application/json` answers alone. */
export function renderJsonSummary(communication: Communication, v: Variables): string {
  return JSON.stringify({
    communication,
    documentNumber: v.text('document.number'),
    orderCode: v.text('order.code'),
    total: v.text('order.total.formatted'),
    lines: v.items('lines').length,
  });
}

function headingOf(communication: Communication): string {
  return { OrderConfirmation: 'Order Confirmation', Invoice: 'Invoice', ShipmentNotice: 'Shipment Notice', WarrantyCertificate: 'Warranty Certificate' }[communication];
}

import { BusinessPdf, type Column } from '../seed/business-pdf';
import type { DriverData, Money } from './driver-data';

/** The communications the emulator knows, by communicationId. */
export const COMMUNICATIONS = ['OrderConfirmation', 'Invoice', 'ShipmentNotice', 'WarrantyCertificate'] as const;
export type Communication = (typeof COMMUNICATIONS)[number];

const DATE = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
const date = (iso: string | null | undefined) => (iso ? DATE.format(new Date(iso)) : '-');
const money = (m: Money) => m.formatted ?? (m.value === null ? '-' : m.value.toFixed(2));

const ITEMS: Column[] = [
  { header: 'Pos.', width: 34, align: 'right' },
  { header: 'Item no.', width: 70 },
  { header: 'Description', width: 184 },
  { header: 'Qty', width: 40, align: 'right' },
  { header: 'Unit price', width: 86, align: 'right' },
  { header: 'Amount', width: 86, align: 'right' },
];

/** Renders a real, multi-section business PDF from the driver data, with the sandbox's pdfkit layout. */
export async function renderPdf(communication: Communication, data: DriverData): Promise<Buffer> {
  const { document: doc, order, customer } = data;
  const p = new BusinessPdf({
    title: doc.title,
    subject: `${doc.type} ${doc.number}`,
    keywords: `${doc.type}, ${doc.number}, order ${order.code}`,
    createdAt: new Date(doc.issuedAt),
    lang: 'en',
    runningTitle: `${headingOf(communication)} ${doc.number}`,
  });
  const recipient = order.deliveryAddress ? [order.deliveryAddress.name ?? customer.name ?? customer.uid, ...order.deliveryAddress.lines] : [customer.name ?? customer.uid];
  const refs: [string, string][] = [
    ['Document no.', doc.number],
    ['Date', date(doc.issuedAt)],
    ['Order no.', order.code],
    ['Order date', date(order.placed)],
  ];
  if (data.consignment) refs.push(['Consignment', data.consignment.code]);
  p.addressAndReferences(recipient, refs);
  p.heading(headingOf(communication), doc.title);
  const rows = data.lines.map((l) => [String(l.entryNumber + 1), l.productCode, `${l.productName}${l.manufacturer ? `\n${l.manufacturer}` : ''}`, String(l.quantity), money(l.unitPrice), money(l.total)]);

  switch (communication) {
    case 'OrderConfirmation':
    case 'Invoice':
      p.paragraph(
        communication === 'Invoice'
          ? `Dear ${customer.name ?? 'customer'},\n\nwe invoice the following items of your order ${order.code}.`
          : `Dear ${customer.name ?? 'customer'},\n\nthank you for your order ${order.code}. We will ship the following items.`,
      );
      p.table(ITEMS, rows);
      p.totals([
        { label: 'Subtotal', value: money(order.subTotal) },
        { label: 'Delivery', value: money(order.deliveryCost) },
        { label: 'Total', value: money(order.total), strong: true },
        { label: 'Includes tax', value: money(order.tax), note: true },
      ]);
      p.facts([
        ['Delivery method', order.deliveryMode ?? '-'],
        ['Payment method', order.payment ?? '-'],
      ]);
      break;
    case 'ShipmentNotice':
      p.paragraph(`Dear ${customer.name ?? 'customer'},\n\nthe items below of order ${order.code} are on their way to you.`);
      p.callout(`Tracking number ${data.consignment?.trackingId ?? '-'}`, `Status: ${data.consignment?.status ?? '-'} (${date(data.consignment?.statusDate)}).`);
      p.table(ITEMS, rows);
      break;
    case 'WarrantyCertificate': {
      const line = data.lines[0];
      p.paragraph(
        `This certificate confirms that ${line ? `${line.productName} (${line.productCode})` : 'the product'}, bought by ` +
          `${customer.name ?? customer.uid} with order ${order.code}, is covered by the store warranty for 24 months from delivery.`,
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
export function renderHtmlNotice(communication: Communication, data: DriverData): string {
  const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
  return (
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${escape(data.document.title)}</title></head>` +
    `<body><h1>${escape(headingOf(communication))}</h1><p>Dear ${escape(data.customer.name ?? data.customer.uid)},</p>` +
    `<p>your document <strong>${escape(data.document.number)}</strong> for order ${escape(data.order.code)} is ready in My Account.</p>` +
    `<ul>${data.lines.map((l) => `<li>${escape(l.productName)} &times; ${l.quantity}</li>`).join('')}</ul></body></html>`
  );
}

function headingOf(communication: Communication): string {
  return { OrderConfirmation: 'Order Confirmation', Invoice: 'Invoice', ShipmentNotice: 'Shipment Notice', WarrantyCertificate: 'Warranty Certificate' }[communication];
}

import {
  creditNoteTotal,
  DELIVERY_MODES,
  DemoConsignment,
  DemoCreditNote,
  DemoOrder,
  findOrder,
  formatMoney,
  productOf,
  roundMoney,
  STORE,
} from '../data/demo-data';
import { Lang } from './business-pdf';
import {
  addMinutes,
  addMonths,
  addressLines,
  cardText,
  formatDate,
  fullName,
  ITEM_COLUMNS_DE,
  ITEM_COLUMNS_EN,
  itemRows,
  orderTotalRows,
  pdf,
  percent,
  shopperAddress,
  shopperOf,
} from './seed-format';

// The documents of an order: confirmation, invoice, shipment notice, warranty, credit note.

export async function renderOrderConfirmation(order: DemoOrder, number: string, createdAt: string): Promise<Buffer> {
  const shopper = shopperOf(order);
  const mode = DELIVERY_MODES[order.deliveryMode];
  const p = pdf(`Order Confirmation ${number}`, number, 'ORDER_CONFIRMATION', createdAt, 'en', `Order Confirmation ${number}`);
  p.addressAndReferences(addressLines(shopperAddress(shopper), fullName(shopper)), [
    ['Confirmation no.', number],
    ['Date', formatDate(createdAt)],
    ['Order no.', order.code],
    ['Order date', formatDate(order.created)],
    ['Customer no.', shopper.customerNumber],
  ]);
  p.heading('Order Confirmation', `Order ${order.code} placed on ${formatDate(order.created)}`);
  p.paragraph(
    `Dear ${shopper.title} ${shopper.lastName},\n\nthank you for your order at the ${STORE.name}. We have received it and will ship ` +
      `the following items to you. You will receive a shipment notice with the tracking number as soon as your parcel leaves our warehouse.`,
  );
  p.table(ITEM_COLUMNS_EN, itemRows(order, 'en'));
  p.totals(orderTotalRows(order, 'en'));
  p.section('Delivery and payment');
  p.facts([
    ['Delivery address', addressLines(order.deliveryAddress).join(', ')],
    ['Delivery method', `${mode.name} (${mode.description})`],
    ['Payment method', cardText(order)],
  ]);
  p.paragraph(
    'You can follow the status of this order at any time under My Account > Order History. If you have questions, reply to ' +
      `${STORE.email} or call ${STORE.phone} and quote your order number.`,
    { color: '#5f6b76', size: 8.5 },
  );
  return p.finish();
}

export async function renderInvoice(order: DemoOrder, number: string, createdAt: string, lang: Lang): Promise<Buffer> {
  const shopper = shopperOf(order);
  const de = lang === 'de';
  const title = de ? 'Rechnung' : 'Invoice';
  const p = pdf(`${title} ${number}`, number, 'INVOICE', createdAt, lang, `${title} ${number}`);
  p.addressAndReferences(
    addressLines(shopperAddress(shopper), fullName(shopper)),
    de
      ? [
          ['Rechnungsnummer', number],
          ['Rechnungsdatum', formatDate(createdAt, 'de')],
          ['Bestellnummer', order.code],
          ['Bestelldatum', formatDate(order.created, 'de')],
          ['Kundennummer', shopper.customerNumber],
        ]
      : [
          ['Invoice no.', number],
          ['Invoice date', formatDate(createdAt)],
          ['Order no.', order.code],
          ['Order date', formatDate(order.created)],
          ['Customer no.', shopper.customerNumber],
        ],
    de ? 'Rechnungsadresse' : 'Bill to',
  );
  p.heading(title, de ? `zur Bestellung ${order.code} vom ${formatDate(order.created, 'de')}` : `for order ${order.code} of ${formatDate(order.created)}`);
  p.paragraph(
    de
      ? `Sehr geehrter Herr ${shopper.lastName},\n\nfür Ihre Bestellung berechnen wir Ihnen die folgenden Artikel. Die Lieferung ` +
          `erfolgte an die unten genannte Lieferadresse in München.`
      : `Dear ${shopper.title} ${shopper.lastName},\n\nwe invoice the following items of your order ${order.code}.`,
  );
  p.table(de ? ITEM_COLUMNS_DE : ITEM_COLUMNS_EN, itemRows(order, lang));
  p.totals(orderTotalRows(order, lang));
  p.section(de ? 'Lieferung und Zahlung' : 'Delivery and payment');
  const paidOn = formatDate(addMinutes(order.created, 5), lang);
  p.facts(
    de
      ? [
          ['Lieferadresse', addressLines(order.deliveryAddress).join(', ')],
          ['Zahlungsart', `${order.paymentCard.typeName}, Karte endet auf ${order.paymentCard.last4}`],
          ['Zahlungsstatus', `Vollständig bezahlt am ${paidOn}`],
        ]
      : [
          ['Ship to', addressLines(order.deliveryAddress).join(', ')],
          ['Payment method', cardText(order)],
          ['Payment status', `Paid in full on ${paidOn}`],
        ],
  );
  p.paragraph(
    de
      ? 'Der Rechnungsbetrag wurde bereits von Ihrer Kreditkarte eingezogen; es ist keine weitere Zahlung nötig. Bitte bewahren Sie ' +
          'diese Rechnung als Kaufbeleg für Gewährleistungsansprüche auf.'
      : 'The invoice amount has already been charged to your card; no further payment is required. Please keep this invoice as ' +
          'proof of purchase for warranty claims.',
    { color: '#5f6b76', size: 8.5 },
  );
  return p.finish();
}

export async function renderShipmentNotice(
  order: DemoOrder,
  consignment: DemoConsignment,
  parcel: number,
  number: string,
  createdAt: string,
): Promise<Buffer> {
  const shopper = shopperOf(order);
  const p = pdf(`Shipment Notice ${number}`, number, 'SHIPMENT_NOTICE', createdAt, 'en', `Shipment Notice ${number}`);
  p.addressAndReferences(addressLines(order.deliveryAddress), [
    ['Notice no.', number],
    ['Date', formatDate(createdAt)],
    ['Order no.', order.code],
    ['Consignment', consignment.code],
    ['Customer no.', shopper.customerNumber],
  ], 'Ship to');
  p.heading('Shipment Notice', `Parcel ${parcel} of ${order.consignments.length} for order ${order.code}`);
  p.paragraph(
    `Dear ${shopper.title} ${shopper.lastName},\n\ngood news: the items below left our warehouse on ${formatDate(consignment.shippedAt)} ` +
      `and are on their way to you with ${consignment.carrier.name}.`,
  );
  p.callout(
    `Tracking number ${consignment.trackingID}`,
    `Carrier: ${consignment.carrier.name}. Follow your parcel on the carrier's website or in My Account > Order History > ` +
      `order ${order.code}.` +
      (consignment.deliveredAt ? ` Delivered on ${formatDate(consignment.deliveredAt)}.` : ' Expected within the delivery time of your delivery method.'),
  );
  const rows = order.entries
    .filter((e) => consignment.entryNumbers.includes(e.entryNumber))
    .map((e) => {
      const product = productOf(e);
      return [String(e.entryNumber + 1), product.code, `${product.name}\n${product.manufacturer}`, String(e.quantity), String(e.quantity)];
    });
  p.table(
    [
      { header: 'Pos.', width: 40, align: 'right' },
      { header: 'Item no.', width: 80 },
      { header: 'Description', width: 220 },
      { header: 'Ordered', width: 80, align: 'right' },
      { header: 'Shipped', width: 80, align: 'right' },
    ],
    rows,
  );
  p.facts([
    ['Shipped on', formatDate(consignment.shippedAt)],
    ['Delivery method', DELIVERY_MODES[order.deliveryMode].name],
    ['Packages', '1'],
  ]);
  p.paragraph(
    'Please check the parcel for visible damage when you receive it. Items in their original packaging can be returned within ' +
      '30 days of delivery; start a return under My Account > Order History.',
    { color: '#5f6b76', size: 8.5 },
  );
  return p.finish();
}

function serialNumber(order: DemoOrder, entryNumber: number): string {
  // Deterministic, plausible-looking serial number derived from the order and entry.
  const digits = `${order.code}${entryNumber}${order.guid.replace(/[^0-9]/g, '')}`.slice(0, 12);
  return `SN${digits.replace(/(\d{4})(?=\d)/g, '$1-')}`;
}

export async function renderWarranty(order: DemoOrder, entryNumber: number, number: string, createdAt: string): Promise<Buffer> {
  const shopper = shopperOf(order);
  const entry = order.entries.find((e) => e.entryNumber === entryNumber);
  if (!entry) {
    throw new Error(`Order ${order.code} has no entry ${entryNumber}`);
  }
  const product = productOf(entry);
  const start = createdAt;
  const end = addMonths(start, product.warrantyMonths);
  const p = pdf(`Warranty Certificate ${number}`, number, 'WARRANTY', createdAt, 'en', `Warranty Certificate ${number}`);
  p.addressAndReferences(addressLines(shopperAddress(shopper), fullName(shopper)), [
    ['Certificate no.', number],
    ['Issued', formatDate(createdAt)],
    ['Order no.', order.code],
    ['Customer no.', shopper.customerNumber],
  ]);
  p.heading('Warranty Certificate', `${product.manufacturer} ${product.name}`);
  p.paragraph(
    `This certificate confirms that the product below, bought by ${fullName(shopper)} at the ${STORE.name}, is covered by the ` +
      `${STORE.name} Care warranty for ${product.warrantyMonths} months from the date of delivery.`,
  );
  p.table(
    [
      { header: 'Item no.', width: 70 },
      { header: 'Product', width: 170 },
      { header: 'Serial number', width: 110 },
      { header: 'Valid from', width: 75 },
      { header: 'Valid until', width: 75 },
    ],
    [[product.code, `${product.name}\n${product.manufacturer}`, serialNumber(order, entryNumber), formatDate(start), formatDate(end)]],
  );
  p.callout(
    'What is covered',
    'Repair or replacement of the product in case of material or manufacturing defects, including parts, labour and return ' +
      'shipping within the United States. Not covered: accidental damage, water damage, normal wear of batteries and ' +
      'consumables, and damage caused by unauthorised repairs.',
  );
  p.section('How to make a claim');
  p.paragraph(
    `1. Contact our service team at ${STORE.email} or ${STORE.phone} and quote certificate ${number}.\n` +
      `2. Describe the defect; we send you a prepaid shipping label within one business day.\n` +
      `3. We repair or replace the product within 10 business days of receiving it.`,
  );
  p.paragraph(
    `Purchase price: ${formatMoney(product.price)} (order ${order.code} of ${formatDate(order.created)}). This warranty is in ` +
      'addition to your statutory rights, which it does not limit.',
    { color: '#5f6b76', size: 8.5 },
  );
  p.signature('Customer Care', STORE.legalName);
  return p.finish();
}

export async function renderCreditNote(note: DemoCreditNote): Promise<Buffer> {
  const order = findOrder(note.orderCode);
  if (!order) {
    throw new Error(`Credit note ${note.number}: unknown order`);
  }
  const shopper = shopperOf(order);
  const total = creditNoteTotal(note);
  const tax = roundMoney(total - total / (1 + order.taxRate));
  const p = pdf(`Credit Note ${note.number}`, note.number, 'CREDIT_NOTE', note.issuedAt, 'en', `Credit Note ${note.number}`);
  p.addressAndReferences(addressLines(shopperAddress(shopper), fullName(shopper)), [
    ['Credit note no.', note.number],
    ['Date', formatDate(note.issuedAt)],
    ['Order no.', order.code],
    ['Invoice no.', `INV-2026-${order.code}`],
    ['Return request', note.returnRequestCode],
    ['Customer no.', shopper.customerNumber],
  ]);
  p.heading('Credit Note', `for order ${order.code}`);
  p.paragraph(`Dear ${shopper.title} ${shopper.lastName},\n\nwe have received your return and credit the following items: ${note.reason}.`);
  const rows = note.lines.map((line) => {
    const entry = order.entries.find((e) => e.entryNumber === line.entryNumber);
    if (!entry) {
      throw new Error(`Credit note ${note.number}: unknown entry`);
    }
    const product = productOf(entry);
    return [
      String(line.entryNumber + 1),
      product.code,
      `${product.name}\n${product.manufacturer}`,
      String(line.quantity),
      formatMoney(product.price),
      `-${formatMoney(product.price * line.quantity)}`,
    ];
  });
  p.table(ITEM_COLUMNS_EN, rows);
  p.totals([
    { label: 'Credit amount', value: `-${formatMoney(total)}`, strong: true },
    { label: `Includes sales tax (${percent(order.taxRate, 'en')})`, value: `-${formatMoney(tax)}`, note: true },
  ]);
  p.facts([
    ['Refunded to', cardText(order)],
    ['Refund date', formatDate(note.issuedAt)],
  ]);
  p.paragraph(
    'The refund appears on your card statement within 3 to 5 business days. The delivery charge of the original order is not refunded.',
    { color: '#5f6b76', size: 8.5 },
  );
  return p.finish();
}

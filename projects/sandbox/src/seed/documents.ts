import {
  Address,
  CREDIT_NOTES,
  creditNoteTotal,
  DELIVERY_MODES,
  DemoConsignment,
  DemoCreditNote,
  DemoOrder,
  DemoShopper,
  entryTotal,
  findOrder,
  formatMoney,
  orderTotals,
  ordersOf,
  productOf,
  roundMoney,
  SHOPPERS,
  STATEMENT_DATE,
  STORE,
  TERMS,
} from '../data/demo-data';
import { BusinessPdf, Column, Lang } from './business-pdf';
import { alreadyRead, CorrespondenceEvent, LETTERS, OFFERS, renderLetter, renderOffer } from './notices';

export type DocumentType =
  | 'ORDER_CONFIRMATION'
  | 'INVOICE'
  | 'CREDIT_NOTE'
  | 'SHIPMENT_NOTICE'
  | 'WARRANTY'
  | 'TERMS'
  | 'STATEMENT'
  | 'CORRESPONDENCE'
  | 'RENEWAL_OFFER';

/** One entry of the batch manifest (see the contract), plus the renderer that produces its bytes. */
export interface PlannedDocument {
  file: string;
  ownerUid: string;
  type: DocumentType;
  title: string;
  number: string;
  fileName: string;
  orderCode?: string;
  consignmentCode?: string;
  entryNumbers?: number[];
  productCodes?: string[];
  language: Lang;
  createdAt: string;
  mimeType: 'application/pdf';
  channel: 'ARCHIVE';
  /** customer-service letters only */
  correspondence?: { event: CorrespondenceEvent; nextStep: string };
  actionUrl?: string;
  actionLabel?: string;
  /** the shopper had already opened it (the batch carries the read state) */
  read?: true;
  render: () => Promise<Buffer>;
}

// ---------------------------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------------------------

const DATE_EN = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'long', day: 'numeric' });
const DATE_DE = new Intl.DateTimeFormat('de-DE', { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit' });

const SHORT_DATE = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', year: 'numeric', month: 'short', day: 'numeric' });

function formatDate(iso: string, lang: Lang = 'en'): string {
  return (lang === 'de' ? DATE_DE : DATE_EN).format(new Date(iso));
}

function addMinutes(iso: string, minutes: number): string {
  return new Date(new Date(iso).getTime() + minutes * 60_000).toISOString().replace('.000Z', 'Z');
}

function addMonths(iso: string, months: number): string {
  const d = new Date(iso);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().replace('.000Z', 'Z');
}

function folderOf(shopper: DemoShopper): string {
  return shopper.firstName.toLowerCase();
}

function fullName(shopper: DemoShopper): string {
  return `${shopper.firstName} ${shopper.lastName}`;
}

function addressLines(address: Address, name?: string): string[] {
  const lines = [name ?? `${address.firstName} ${address.lastName}`];
  if (address.companyName) {
    lines.push(address.companyName);
  }
  lines.push(address.line1);
  if (address.line2) {
    lines.push(address.line2);
  }
  if (address.country.isocode === 'US') {
    lines.push(`${address.town}, ${address.region?.isocodeShort ?? ''} ${address.postalCode}`.replace(/ {2}/g, ' '));
    lines.push('United States');
  } else {
    lines.push(`${address.postalCode} ${address.town}`);
    lines.push(address.country.isocode === 'DE' ? 'Deutschland' : address.country.name);
  }
  return lines;
}

function shopperAddress(shopper: DemoShopper): Address {
  if (!shopper.address) {
    throw new Error(`${shopper.uid} has no address`);
  }
  return shopper.address;
}

function percent(rate: number, lang: Lang): string {
  const value = (rate * 100).toFixed(3).replace(/\.?0+$/, '');
  return lang === 'de' ? `${value.replace('.', ',')} %` : `${value}%`;
}

function pdf(title: string, number: string, type: DocumentType, createdAt: string, lang: Lang, runningTitle: string): BusinessPdf {
  return new BusinessPdf({
    title,
    subject: `${type} ${number}`,
    keywords: `${type}, ${number}, ${STORE.name}`,
    createdAt: new Date(createdAt),
    lang,
    runningTitle,
  });
}

const ITEM_COLUMNS_EN: Column[] = [
  { header: 'Pos.', width: 34, align: 'right' },
  { header: 'Item no.', width: 64 },
  { header: 'Description', width: 190 },
  { header: 'Qty', width: 40, align: 'right' },
  { header: 'Unit price', width: 86, align: 'right' },
  { header: 'Amount', width: 86, align: 'right' },
];

const ITEM_COLUMNS_DE: Column[] = [
  { header: 'Pos.', width: 34, align: 'right' },
  { header: 'Artikel-Nr.', width: 64 },
  { header: 'Bezeichnung', width: 190 },
  { header: 'Menge', width: 40, align: 'right' },
  { header: 'Einzelpreis', width: 86, align: 'right' },
  { header: 'Betrag', width: 86, align: 'right' },
];

function itemRows(order: DemoOrder, lang: Lang, entryNumbers?: number[]): string[][] {
  return order.entries
    .filter((e) => !entryNumbers || entryNumbers.includes(e.entryNumber))
    .map((e) => {
      const product = productOf(e);
      return [
        String(e.entryNumber + 1),
        product.code,
        `${product.name}\n${product.manufacturer}`,
        String(e.quantity),
        formatMoney(product.price, lang),
        formatMoney(entryTotal(e), lang),
      ];
    });
}

function orderTotalRows(order: DemoOrder, lang: Lang) {
  const totals = orderTotals(order);
  const mode = DELIVERY_MODES[order.deliveryMode];
  if (lang === 'de') {
    return [
      { label: 'Zwischensumme', value: formatMoney(totals.subTotal, 'de') },
      { label: `Versand (${mode.code === 'premium-gross' ? 'Expressversand' : 'Standardversand'})`, value: formatMoney(totals.deliveryCost, 'de') },
      { label: 'Gesamtbetrag', value: formatMoney(totals.total, 'de'), strong: true },
      {
        label: order.taxRate === 0 ? 'Steuerfreie Ausfuhrlieferung (0 % USt.)' : `enthaltene Steuer (${percent(order.taxRate, 'de')})`,
        value: formatMoney(totals.tax, 'de'),
        note: true,
      },
    ];
  }
  return [
    { label: 'Subtotal', value: formatMoney(totals.subTotal) },
    { label: `Delivery (${mode.name})`, value: formatMoney(totals.deliveryCost) },
    { label: 'Total', value: formatMoney(totals.total), strong: true },
    {
      label: order.taxRate === 0 ? 'Tax-free export delivery' : `Includes sales tax (${percent(order.taxRate, 'en')})`,
      value: formatMoney(totals.tax),
      note: true,
    },
  ];
}

function cardText(order: DemoOrder): string {
  return `${order.paymentCard.typeName} ending in ${order.paymentCard.last4}`;
}

function shopperOf(order: DemoOrder): DemoShopper {
  const shopper = SHOPPERS.find((s) => s.uid === order.ownerUid);
  if (!shopper) {
    throw new Error(`Order ${order.code} has an unknown owner`);
  }
  return shopper;
}

// ---------------------------------------------------------------------------------------------
// Renderers
// ---------------------------------------------------------------------------------------------

async function renderOrderConfirmation(order: DemoOrder, number: string, createdAt: string): Promise<Buffer> {
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

async function renderInvoice(order: DemoOrder, number: string, createdAt: string, lang: Lang): Promise<Buffer> {
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

async function renderShipmentNotice(
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

async function renderWarranty(order: DemoOrder, entryNumber: number, number: string, createdAt: string): Promise<Buffer> {
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

async function renderCreditNote(note: DemoCreditNote): Promise<Buffer> {
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

async function renderStatement(shopper: DemoShopper, number: string, createdAt: string): Promise<Buffer> {
  const p = pdf(`Account Statement ${number}`, number, 'STATEMENT', createdAt, 'en', `Account Statement ${number}`);
  const orders = ordersOf(shopper.uid).filter((o) => o.created <= createdAt);
  const notes = CREDIT_NOTES.filter((n) => n.ownerUid === shopper.uid && n.issuedAt <= createdAt);
  p.addressAndReferences(addressLines(shopperAddress(shopper), fullName(shopper)), [
    ['Statement no.', number],
    ['Date', formatDate(createdAt)],
    ['Period', `Jan 1 - ${SHORT_DATE.format(new Date(createdAt))}`],
    ['Customer no.', shopper.customerNumber],
  ]);
  p.heading('Account Statement', `January 1 to ${formatDate(createdAt)}`);
  p.paragraph(
    `Dear ${shopper.title} ${shopper.lastName},\n\nhere is the overview of your purchases, payments and credits at the ${STORE.name} ` +
      'in the statement period.',
  );
  type Line = { date: string; reference: string; text: string; debit: number; credit: number };
  const lines: Line[] = [];
  for (const order of orders) {
    const total = orderTotals(order).total;
    lines.push({ date: order.created, reference: `INV-2026-${order.code}`, text: `Invoice for order ${order.code}`, debit: total, credit: 0 });
    lines.push({ date: addMinutes(order.created, 5), reference: `PAY-${order.code}`, text: `Card payment, ${cardText(order)}`, debit: 0, credit: total });
  }
  for (const note of notes) {
    const total = creditNoteTotal(note);
    lines.push({ date: note.issuedAt, reference: note.number, text: `Credit note for order ${note.orderCode}`, debit: 0, credit: total });
    lines.push({ date: addMinutes(note.issuedAt, 1), reference: `RF-${note.orderCode}`, text: 'Refund to card', debit: total, credit: 0 });
  }
  lines.sort((a, b) => a.date.localeCompare(b.date));
  let balance = 0;
  const rows = lines.map((l) => {
    balance = roundMoney(balance + l.debit - l.credit);
    return [
      formatDate(l.date).replace(/, 2026$/, ''),
      l.reference,
      l.text,
      l.debit ? formatMoney(l.debit) : '',
      l.credit ? formatMoney(l.credit) : '',
      formatMoney(balance),
    ];
  });
  p.table(
    [
      { header: 'Date', width: 62 },
      { header: 'Reference', width: 92 },
      { header: 'Description', width: 150 },
      { header: 'Charges', width: 66, align: 'right' },
      { header: 'Payments', width: 64, align: 'right' },
      { header: 'Balance', width: 66, align: 'right' },
    ],
    rows,
  );
  const charged = roundMoney(lines.reduce((s, l) => s + l.debit, 0));
  const paid = roundMoney(lines.reduce((s, l) => s + l.credit, 0));
  p.totals([
    { label: 'Opening balance', value: formatMoney(0) },
    { label: 'Charges', value: formatMoney(charged) },
    { label: 'Payments and credits', value: `-${formatMoney(paid)}` },
    { label: 'Closing balance', value: formatMoney(balance), strong: true },
  ]);
  p.paragraph(
    `${orders.length} orders in this period. Your account is settled: nothing is due. Please check this statement and tell us ` +
      'within 30 days if anything is missing or wrong.',
    { color: '#5f6b76', size: 8.5 },
  );
  return p.finish();
}

const TERMS_SECTIONS: [string, string][] = [
  [
    '1. Scope',
    'These terms apply to all orders placed by consumers in the online store of Electronics Store Inc. ("we", "us"). ' +
      'Different terms of the customer do not apply unless we agree to them in writing.',
  ],
  [
    '2. Conclusion of the contract',
    'The presentation of products in the store is not a binding offer. By clicking "Place Order" you submit a binding offer to ' +
      'buy the products in your cart. We confirm receipt by e-mail; the contract is concluded with the order confirmation that ' +
      'we send, or at the latest when we ship the goods.',
  ],
  [
    '3. Prices and payment',
    'All prices are in US dollars and include applicable sales tax unless stated otherwise. Delivery charges are shown in the ' +
      'cart before you place the order. Payment is due when the order is placed; we charge your card when the order is accepted.',
  ],
  [
    '4. Delivery',
    'We deliver to the addresses we offer in the checkout. Delivery times are estimates, counted in business days from the ' +
      'order confirmation. Partial shipments are possible; they cause no additional delivery charges for you. Each shipment ' +
      'is announced with a shipment notice that contains the carrier and the tracking number.',
  ],
  [
    '5. Returns',
    'You can return unused products in their original packaging within 30 days of delivery without giving a reason. ' +
      'Start the return in My Account; we send a prepaid return label. We refund the purchase price to the original means of ' +
      'payment within 14 days of receiving the return and send you a credit note.',
  ],
  [
    '6. Warranty',
    'Statutory warranty rights apply. For selected products we grant an additional manufacturer-backed warranty that is ' +
      'documented in a separate warranty certificate; it does not limit your statutory rights.',
  ],
  [
    '7. Electronic documents',
    'Order confirmations, invoices, shipment notices, credit notes, warranty certificates and account statements are provided ' +
      'electronically in My Account > My Documents, where you can view and download them at any time. You can ask for paper ' +
      'copies free of charge. Documents are kept available for at least ten years.',
  ],
  [
    '8. Liability',
    'We are liable without limitation for intent and gross negligence and for injury to life, body or health. For slight ' +
      'negligence we are liable only for the breach of essential contractual obligations, limited to the damage typical for ' +
      'the contract and foreseeable at the time the contract was concluded.',
  ],
  [
    '9. Data protection',
    'We process your personal data to perform the contract, as described in our privacy notice. Documents are only shown to ' +
      'the account holder after sign-in; download links are short-lived and personal.',
  ],
  [
    '10. Final provisions',
    'The law of the State of California applies, excluding the UN Convention on Contracts for the International Sale of ' +
      'Goods. Should any provision be invalid, the remaining provisions stay in force.',
  ],
];

async function renderTerms(shopper: DemoShopper, number: string, createdAt: string): Promise<Buffer> {
  const p = pdf(`Terms and Conditions ${number}`, number, 'TERMS', createdAt, 'en', `Terms and Conditions ${number}`);
  p.addressAndReferences(addressLines(shopperAddress(shopper), fullName(shopper)), [
    ['Document no.', number],
    ['Version', TERMS.version],
    ['Valid from', formatDate(createdAt)],
    ['Customer no.', shopper.customerNumber],
  ]);
  p.heading('Terms and Conditions of Sale', `Version ${TERMS.version}, valid for orders from ${formatDate(createdAt)}`);
  p.paragraph(
    `Dear ${shopper.title} ${shopper.lastName},\n\nwe have updated our terms and conditions. The new version below applies to all ` +
      'orders placed from the date above. The main change concerns section 7: your documents are now available in My Account.',
  );
  for (const [title, text] of TERMS_SECTIONS) {
    p.section(title);
    p.paragraph(text);
  }
  p.signature('Legal Department', STORE.legalName);
  return p.finish();
}

// ---------------------------------------------------------------------------------------------
// The plan: which documents each demo shopper gets
// ---------------------------------------------------------------------------------------------

/** Orders whose invoice is issued in German (shipped to Germany). */
const GERMAN_INVOICES = new Set(['100052']);
/** Products expensive enough to come with a warranty certificate. */
const WARRANTY_MIN_PRICE = 500;

export function planDocuments(): PlannedDocument[] {
  const planned: PlannedDocument[] = [];
  const base = { mimeType: 'application/pdf' as const, channel: 'ARCHIVE' as const };

  for (const shopper of SHOPPERS) {
    const folder = folderOf(shopper);
    const orders = ordersOf(shopper.uid);
    if (orders.length === 0) {
      continue; // Chris: empty states, no documents at all.
    }
    for (const order of orders) {
      const allEntries = order.entries.map((e) => e.entryNumber);
      const allProducts = order.entries.map((e) => e.productCode);

      const ocNumber = `OC-2026-${order.code}`;
      const ocCreated = addMinutes(order.created, 3);
      planned.push({
        ...base,
        file: `${folder}/${ocNumber}.pdf`,
        ownerUid: shopper.uid,
        type: 'ORDER_CONFIRMATION',
        title: `Order confirmation for order ${order.code}`,
        number: ocNumber,
        fileName: `Order Confirmation ${ocNumber}.pdf`,
        orderCode: order.code,
        entryNumbers: allEntries,
        productCodes: allProducts,
        language: 'en',
        createdAt: ocCreated,
        render: () => renderOrderConfirmation(order, ocNumber, ocCreated),
      });

      const german = GERMAN_INVOICES.has(order.code);
      const invNumber = german ? `RE-2026-${order.code}` : `INV-2026-${order.code}`;
      const invCreated = addMinutes(order.consignments[0]?.shippedAt ?? order.created, 30);
      planned.push({
        ...base,
        file: `${folder}/${invNumber}.pdf`,
        ownerUid: shopper.uid,
        type: 'INVOICE',
        title: german ? `Rechnung für Bestellung ${order.code}` : `Invoice for order ${order.code}`,
        number: invNumber,
        fileName: german ? `Rechnung ${invNumber} für Bestellung ${order.code}.pdf` : `Invoice ${invNumber}.pdf`,
        orderCode: order.code,
        entryNumbers: allEntries,
        productCodes: allProducts,
        language: german ? 'de' : 'en',
        createdAt: invCreated,
        render: () => renderInvoice(order, invNumber, invCreated, german ? 'de' : 'en'),
      });

      order.consignments.forEach((consignment, index) => {
        const snNumber = `SHP-2026-${order.code}-${index + 1}`;
        const snCreated = consignment.shippedAt;
        planned.push({
          ...base,
          file: `${folder}/${snNumber}.pdf`,
          ownerUid: shopper.uid,
          type: 'SHIPMENT_NOTICE',
          title:
            order.consignments.length > 1
              ? `Shipment notice for order ${order.code} (parcel ${index + 1} of ${order.consignments.length})`
              : `Shipment notice for order ${order.code}`,
          number: snNumber,
          fileName: `Shipment Notice ${snNumber}.pdf`,
          orderCode: order.code,
          consignmentCode: consignment.code,
          entryNumbers: [...consignment.entryNumbers],
          productCodes: order.entries.filter((e) => consignment.entryNumbers.includes(e.entryNumber)).map((e) => e.productCode),
          language: 'en',
          createdAt: snCreated,
          render: () => renderShipmentNotice(order, consignment, index + 1, snNumber, snCreated),
        });
      });

      for (const entry of order.entries) {
        const product = productOf(entry);
        if (product.price < WARRANTY_MIN_PRICE || product.warrantyMonths === 0) {
          continue;
        }
        const consignment = order.consignments.find((c) => c.entryNumbers.includes(entry.entryNumber));
        const warCreated = consignment?.deliveredAt ?? consignment?.shippedAt ?? order.created;
        const warNumber = `WAR-2026-${order.code}-${entry.entryNumber + 1}`;
        planned.push({
          ...base,
          file: `${folder}/${warNumber}.pdf`,
          ownerUid: shopper.uid,
          type: 'WARRANTY',
          title: `Warranty certificate for ${product.name}`,
          number: warNumber,
          fileName: `Warranty Certificate ${warNumber}.pdf`,
          orderCode: order.code,
          ...(consignment ? { consignmentCode: consignment.code } : {}),
          entryNumbers: [entry.entryNumber],
          productCodes: [product.code],
          language: 'en',
          createdAt: warCreated,
          render: () => renderWarranty(order, entry.entryNumber, warNumber, warCreated),
        });
      }
    }

    for (const note of CREDIT_NOTES.filter((n) => n.ownerUid === shopper.uid)) {
      const order = findOrder(note.orderCode);
      planned.push({
        ...base,
        file: `${folder}/${note.number}.pdf`,
        ownerUid: shopper.uid,
        type: 'CREDIT_NOTE',
        title: `Credit note for order ${note.orderCode}`,
        number: note.number,
        fileName: `Credit Note ${note.number}.pdf`,
        orderCode: note.orderCode,
        entryNumbers: note.lines.map((l) => l.entryNumber),
        productCodes: note.lines.map((l) => order?.entries.find((e) => e.entryNumber === l.entryNumber)?.productCode ?? ''),
        language: 'en',
        createdAt: note.issuedAt,
        render: () => renderCreditNote(note),
      });
    }

    const stmNumber = `STM-2026-11-${shopper.customerNumber}`;
    planned.push({
      ...base,
      file: `${folder}/${stmNumber}.pdf`,
      ownerUid: shopper.uid,
      type: 'STATEMENT',
      title: 'Account statement January to November 2026',
      number: stmNumber,
      fileName: `Account Statement ${stmNumber}.pdf`,
      language: 'en',
      createdAt: STATEMENT_DATE,
      render: () => renderStatement(shopper, stmNumber, STATEMENT_DATE),
    });

    planned.push({
      ...base,
      file: `${folder}/${TERMS.number}.pdf`,
      ownerUid: shopper.uid,
      type: 'TERMS',
      title: `Terms and Conditions of Sale (version ${TERMS.version})`,
      number: TERMS.number,
      fileName: `Terms and Conditions ${TERMS.number}.pdf`,
      language: 'en',
      createdAt: TERMS.publishedAt,
      render: () => renderTerms(shopper, TERMS.number, TERMS.publishedAt),
    });

    for (const letter of LETTERS.filter((l) => l.ownerUid === shopper.uid)) {
      planned.push({
        ...base,
        file: `${folder}/${letter.number}.pdf`,
        ownerUid: shopper.uid,
        type: 'CORRESPONDENCE',
        title: letter.title,
        number: letter.number,
        fileName: `Letter ${letter.number}.pdf`,
        orderCode: letter.orderCode,
        entryNumbers: [...letter.entryNumbers],
        productCodes: letter.entryNumbers.map((n) => findOrder(letter.orderCode)?.entries.find((e) => e.entryNumber === n)?.productCode ?? ''),
        language: 'en',
        createdAt: letter.createdAt,
        correspondence: { event: letter.event, nextStep: letter.nextStep },
        render: () => renderLetter(letter),
      });
    }
    for (const offer of OFFERS.filter((o) => o.ownerUid === shopper.uid)) {
      planned.push({
        ...base,
        file: `${folder}/${offer.number}.pdf`,
        ownerUid: shopper.uid,
        type: 'RENEWAL_OFFER',
        title: offer.title,
        number: offer.number,
        fileName: `Offer ${offer.number}.pdf`,
        ...(offer.order
          ? {
              orderCode: offer.order.code,
              entryNumbers: [...offer.order.entryNumbers],
              productCodes: offer.order.entryNumbers.map((n) => findOrder(offer.order!.code)?.entries.find((e) => e.entryNumber === n)?.productCode ?? ''),
            }
          : {}),
        language: 'en',
        createdAt: offer.createdAt,
        actionUrl: offer.actionUrl,
        actionLabel: offer.actionLabel,
        render: () => renderOffer(offer),
      });
    }
  }
  for (const document of planned) {
    if (alreadyRead(document.file)) document.read = true;
  }
  return planned;
}

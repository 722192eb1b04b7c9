import {
  CREDIT_NOTES,
  creditNoteTotal,
  DemoShopper,
  formatMoney,
  orderTotals,
  ordersOf,
  roundMoney,
  STORE,
  TERMS,
} from '../data/demo-data';
import { addMinutes, addressLines, cardText, formatDate, fullName, pdf, shopperAddress, SHORT_DATE } from './seed-format';

// The documents of an account rather than an order: the statement and the terms.

export async function renderStatement(shopper: DemoShopper, number: string, createdAt: string): Promise<Buffer> {
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

export async function renderTerms(shopper: DemoShopper, number: string, createdAt: string): Promise<Buffer> {
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

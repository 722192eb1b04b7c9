import { STORE } from '../data/demo-data';
import { DemoUnit } from '../data/demo-org';
import { BusinessPdf } from './business-pdf';
import { ITEM_COLUMNS_EN, pdf } from './seed-format';
import { openOn, UnitInvoice } from './unit-billing';
import { PaymentReminder, UnitCreditNote } from './unit-dunning';
import { at, daysBetween, longDay, money, shortDay } from './unit-money';

// The PDFs of a unit's invoices, credit notes and payment reminders (the seed's business layout).

export function unitRecipient(unit: DemoUnit): string[] {
  return [unit.addressLines[0], `Accounts Payable (unit ${unit.uid})`, ...unit.addressLines.slice(1)];
}

function payInstructions(p: BusinessPdf, number: string, paymentUrl?: string): void {
  const online = paymentUrl ? ` or pay online at ${paymentUrl}` : '';
  p.paragraph(
    `Please transfer the amount to ${STORE.legalName}, account 0012 3456 789, routing 121000248, quoting ${number}${online}.`,
    { color: '#5f6b76', size: 8.5 },
  );
}

const STATUS_TEXT = {
  OPEN: 'Open',
  PARTIALLY_PAID: 'Partially paid',
  PAID: 'Paid',
  CANCELLED: 'Cancelled',
} as const;

export async function renderUnitInvoice(invoice: UnitInvoice, seedDay: string): Promise<Buffer> {
  const { number, currency } = invoice;
  const createdAt = at(invoice.issuedOn, 8);
  const p = pdf(`Invoice ${number}`, number, 'INVOICE', createdAt, 'en', `Invoice ${number}`);
  p.addressAndReferences(unitRecipient(invoice.unit), [
    ['Invoice no.', number],
    ['Date', longDay(invoice.issuedOn)],
    ['Purchase order', invoice.purchaseOrder],
    ['Payment terms', invoice.paymentTerms],
    ['Due date', longDay(invoice.dueDate)],
  ]);
  p.heading('Invoice', `${invoice.unit.name} \u00b7 purchase order ${invoice.purchaseOrder}`);
  const rows = invoice.lines.map((line, i) => [
    String(i + 1),
    line.productCode,
    line.description,
    String(line.quantity),
    money(line.unitPrice, currency),
    money(line.quantity * line.unitPrice, currency),
  ]);
  p.table(ITEM_COLUMNS_EN, rows);
  const open = openOn(invoice, seedDay);
  p.totals([
    { label: 'Subtotal', value: money(invoice.amount, currency) },
    { label: 'Sales tax (exempt: resale certificate on file)', value: money(0, currency), note: true },
    { label: 'Invoice total', value: money(invoice.amount, currency), strong: true },
    { label: 'Paid to date', value: money(invoice.status === 'CANCELLED' ? 0 : invoice.amount - open, currency) },
    { label: 'Open amount', value: money(open, currency) },
  ]);
  p.facts([
    ['Payment status', STATUS_TEXT[invoice.status]],
    ['Payment terms', `${invoice.paymentTerms} (net ${daysBetween(invoice.issuedOn, invoice.dueDate)} days from the invoice date)`],
    ['Due date', longDay(invoice.dueDate)],
  ]);
  if (invoice.status === 'CANCELLED') {
    p.callout('Invoice cancelled', 'This invoice has been cancelled at your request. Nothing is due; please disregard it.');
  } else {
    payInstructions(p, number, invoice.paymentUrl);
  }
  return p.finish();
}

export async function renderUnitCreditNote(note: UnitCreditNote): Promise<Buffer> {
  const { number, invoice } = note;
  const createdAt = at(note.issuedOn, 9);
  const p = pdf(`Credit Note ${number}`, number, 'CREDIT_NOTE', createdAt, 'en', `Credit Note ${number}`);
  p.addressAndReferences(unitRecipient(invoice.unit), [
    ['Credit note no.', number],
    ['Date', longDay(note.issuedOn)],
    ['Invoice', invoice.number],
    ['Purchase order', invoice.purchaseOrder],
  ]);
  p.heading('Credit Note', `For invoice ${invoice.number} of ${longDay(invoice.issuedOn)}`);
  p.facts([
    ['Reason', note.reason],
    ['Credited invoice', `${invoice.number} (${money(invoice.amount, invoice.currency)})`],
  ]);
  p.totals([{ label: 'Credit amount', value: money(note.amount, invoice.currency), strong: true }]);
  p.callout(
    note.status === 'PAID' ? 'Refunded' : 'Credit on account',
    note.status === 'PAID'
      ? `We have refunded ${money(note.amount, invoice.currency)} by bank transfer on ${longDay(note.issuedOn)}.`
      : `The credit of ${money(note.amount, invoice.currency)} will be offset against the open amount of invoice ${invoice.number}.`,
  );
  return p.finish();
}

const LEVELS = {
  1: { title: 'Payment Reminder', text: 'our records show that the invoice below is past due. Perhaps it has been overlooked.' },
  2: { title: 'Second Payment Reminder', text: 'despite our first reminder, the invoice below is still unpaid.' },
  3: {
    title: 'Final Notice',
    text: 'the invoice below remains unpaid after two reminders. Unless we receive payment by the date below, we will put further deliveries to your unit on hold.',
  },
} as const;

export async function renderPaymentReminder(reminder: PaymentReminder): Promise<Buffer> {
  const { number, invoice, level } = reminder;
  const createdAt = at(reminder.sentOn, 7);
  const p = pdf(`Payment Reminder ${number}`, number, 'PAYMENT_REMINDER', createdAt, 'en', `Payment Reminder ${number}`);
  p.addressAndReferences(unitRecipient(invoice.unit), [
    ['Reminder no.', number],
    ['Date', longDay(reminder.sentOn)],
    ['Invoice', invoice.number],
    ['Dunning level', `${level} of 3`],
    ['Pay by', longDay(reminder.dueDate)],
  ]);
  p.heading(LEVELS[level].title, `Dunning level ${level} for invoice ${invoice.number}`);
  p.paragraph(`Dear Sir or Madam,\n\n${LEVELS[level].text}`);
  p.table(
    [
      { header: 'Invoice', width: 108 },
      { header: 'Invoice date', width: 80 },
      { header: 'Due date', width: 80 },
      { header: 'Overdue', width: 62, align: 'right' },
      { header: 'Amount', width: 85, align: 'right' },
      { header: 'Open', width: 85, align: 'right' },
    ],
    [
      [
        invoice.number,
        shortDay(invoice.issuedOn),
        shortDay(invoice.dueDate),
        `${daysBetween(invoice.dueDate, reminder.sentOn)} days`,
        money(invoice.amount, invoice.currency),
        money(reminder.amount, invoice.currency),
      ],
    ],
  );
  p.totals([{ label: 'Amount due', value: money(reminder.amount, invoice.currency), strong: true }]);
  p.callout(`Please pay by ${longDay(reminder.dueDate)}`, 'If you have paid in the meantime, please disregard this reminder.');
  payInstructions(p, invoice.number, invoice.paymentUrl);
  p.signature('Accounts Receivable', STORE.legalName);
  return p.finish();
}

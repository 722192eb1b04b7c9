import { DemoUnit } from '../data/demo-org';
import type { PlannedDocument } from './documents';
import { BILLED_UNITS, openOn, PaymentStatus, planUnitInvoices, UnitInvoice } from './unit-billing';
import { planCreditNotes, planReminders } from './unit-dunning';
import { renderPaymentReminder, renderUnitCreditNote, renderUnitInvoice } from './unit-invoice-pdfs';
import { renderUnitStatement } from './unit-statement-pdf';
import { planStatements } from './unit-statements';
import { at, BillingCurrency, dayOf, decimal, monthName } from './unit-money';

/**
 * The B2B unit documents of the seed: statements, invoices, credit notes and payment reminders of
 * every billed unit. A unit document carries `unitId` and no `ownerUid` (the proxy shows it to the
 * unit's members), plus `billing` (decimal strings in major units) and `references` to other numbers.
 */

/** The manifest's `billing` object, keys in this order. */
export interface Billing {
  amount: string;
  openAmount: string;
  currency: BillingCurrency;
  /** YYYY-MM-DD; invoices and reminders */
  dueDate?: string;
  paymentTerms?: string;
  /** OVERDUE is derived by the proxy from dueDate, never written here */
  paymentStatus: PaymentStatus;
  /** reminders only, 1..3 */
  dunningLevel?: 1 | 2 | 3;
  paymentUrl?: string;
}

export interface DocumentReference {
  relation: 'REMINDS_OF' | 'CREDITS';
  number: string;
}

const BASE = { mimeType: 'application/pdf' as const, channel: 'ARCHIVE' as const, language: 'en' as const };

export function unitFolder(unit: DemoUnit): string {
  return `units/${unit.uid.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
}

function billing(fields: Billing): Billing {
  return Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined)) as unknown as Billing;
}

function unitDocument(unit: DemoUnit, number: string, rest: Omit<PlannedDocument, 'file' | 'number' | 'fileName' | 'unitId' | 'mimeType' | 'channel' | 'language'>): PlannedDocument {
  return { ...BASE, file: `${unitFolder(unit)}/${number}.pdf`, unitId: unit.uid, number, fileName: `${number}.pdf`, ...rest };
}

export function planUnitDocuments(seedAt: string): PlannedDocument[] {
  const seedDay = dayOf(seedAt);
  const invoices = planUnitInvoices(seedAt);
  const notes = planCreditNotes(invoices);
  const reminders = planReminders(invoices);
  const planned: PlannedDocument[] = [];
  const invoiceDocument = (invoice: UnitInvoice) =>
    unitDocument(invoice.unit, invoice.number, {
      type: 'INVOICE',
      title: `Invoice ${invoice.number}`,
      createdAt: at(invoice.issuedOn, 8),
      billing: billing({
        amount: decimal(invoice.amount),
        openAmount: decimal(openOn(invoice, seedDay)),
        currency: invoice.currency,
        dueDate: invoice.dueDate,
        paymentTerms: invoice.paymentTerms,
        paymentStatus: invoice.status,
        paymentUrl: invoice.paymentUrl,
      }),
      render: () => renderUnitInvoice(invoice, seedDay),
    });

  for (const unit of BILLED_UNITS) {
    for (const statement of planStatements(unit, invoices, notes, seedAt)) {
      const closing = statement.account.closing;
      planned.push(
        unitDocument(unit, statement.number, {
          type: 'STATEMENT',
          title: `Account statement ${monthName(statement.periodStart)}`,
          createdAt: at(statement.issuedOn, 6),
          billing: billing({ amount: decimal(closing), openAmount: decimal(closing), currency: 'USD', paymentStatus: closing > 0 ? 'OPEN' : 'PAID' }),
          render: () => renderUnitStatement(statement),
        }),
      );
    }
    planned.push(...invoices.filter((i) => i.unit.uid === unit.uid).map(invoiceDocument));
    for (const note of notes.filter((n) => n.invoice.unit.uid === unit.uid)) {
      planned.push(
        unitDocument(unit, note.number, {
          type: 'CREDIT_NOTE',
          title: `Credit note ${note.number} for invoice ${note.invoice.number}`,
          createdAt: at(note.issuedOn, 9),
          billing: billing({
            amount: decimal(note.amount),
            openAmount: decimal(note.status === 'OPEN' ? note.amount : 0),
            currency: note.invoice.currency,
            paymentStatus: note.status,
          }),
          references: [{ relation: 'CREDITS', number: note.invoice.number }],
          render: () => renderUnitCreditNote(note),
        }),
      );
    }
    for (const reminder of reminders.filter((r) => r.invoice.unit.uid === unit.uid)) {
      planned.push(
        unitDocument(unit, reminder.number, {
          type: 'PAYMENT_REMINDER',
          title: `Payment reminder (level ${reminder.level}) for invoice ${reminder.invoice.number}`,
          createdAt: at(reminder.sentOn, 7),
          billing: billing({
            amount: decimal(reminder.amount),
            openAmount: decimal(openOn(reminder.invoice, seedDay)),
            currency: reminder.invoice.currency,
            dueDate: reminder.dueDate,
            paymentTerms: 'Due within 10 days',
            paymentStatus: 'OPEN',
            dunningLevel: reminder.level,
            paymentUrl: reminder.invoice.paymentUrl,
          }),
          references: [{ relation: 'REMINDS_OF', number: reminder.invoice.number }],
          render: () => renderPaymentReminder(reminder),
        }),
      );
    }
  }
  return planned;
}

import { rootOf } from '../data/demo-org';
import { InvoiceRole, openOn, UnitInvoice } from './unit-billing';
import { addDays } from './unit-money';

/**
 * What follows the unit invoices: credit notes (a return on a paid invoice; in Rustic Retail and
 * Rustic Services also a price adjustment on an overdue one, not yet applied) and payment
 * reminders, one per overdue invoice at the dunning level its age has reached.
 */

export interface UnitCreditNote {
  invoice: UnitInvoice;
  number: string;
  issuedOn: string;
  reason: string;
  amount: number;
  /** PAID: refunded; OPEN: a credit on account not yet applied */
  status: 'PAID' | 'OPEN';
}

export interface PaymentReminder {
  invoice: UnitInvoice;
  number: string;
  sentOn: string;
  level: 1 | 2 | 3;
  /** the invoice's open amount when the reminder was sent */
  amount: number;
  /** new deadline: sent + 10 days */
  dueDate: string;
}

/** Days after the due date on which each overdue invoice got its (latest) reminder, and its level. */
const REMINDED: Partial<Record<InvoiceRole, { afterDue: number; level: 1 | 2 | 3 }>> = {
  'overdue-10': { afterDue: 7, level: 1 },
  'overdue-45': { afterDue: 35, level: 2 },
  'overdue-75': { afterDue: 65, level: 3 },
  'overdue-120': { afterDue: 95, level: 3 },
};

const ADJUSTED_UNITS = new Set(['Rustic Retail', 'Rustic Services']);

function numbered<T extends { number: string; invoice: UnitInvoice }>(items: T[], prefix: string, dayOf: (item: T) => string): T[] {
  const sequence = new Map<string, number>();
  const ordered = [...items].sort((a, b) => dayOf(a).localeCompare(dayOf(b)) || a.invoice.number.localeCompare(b.invoice.number));
  for (const item of ordered) {
    const org = rootOf(item.invoice.unit.uid)!.code;
    const next = (sequence.get(org) ?? 0) + 1;
    sequence.set(org, next);
    item.number = `${prefix}-${org}-${dayOf(item).slice(0, 4)}-${String(next).padStart(4, '0')}`;
  }
  return items;
}

export function planCreditNotes(invoices: UnitInvoice[]): UnitCreditNote[] {
  const notes: UnitCreditNote[] = [];
  for (const invoice of invoices) {
    if (invoice.role === 'paid-early') {
      const line = invoice.lines[0];
      const quantity = Math.max(1, Math.floor(line.quantity / 4));
      notes.push({
        invoice,
        number: '',
        issuedOn: addDays(invoice.dueDate, 10),
        reason: `Return of ${quantity} x ${line.description}`,
        amount: quantity * line.unitPrice,
        status: 'PAID',
      });
    } else if (invoice.role === 'overdue-45' && ADJUSTED_UNITS.has(invoice.unit.uid)) {
      notes.push({
        invoice,
        number: '',
        issuedOn: addDays(invoice.dueDate, 25),
        reason: 'Price adjustment: contract discount not applied on the invoice (5 %)',
        amount: Math.round(invoice.amount * 0.05),
        status: 'OPEN',
      });
    }
  }
  return numbered(notes, 'CN', (n) => n.issuedOn);
}

export function planReminders(invoices: UnitInvoice[]): PaymentReminder[] {
  const reminders: PaymentReminder[] = [];
  for (const invoice of invoices) {
    const rule = REMINDED[invoice.role];
    if (!rule || invoice.currency !== 'USD') continue;
    const sentOn = addDays(invoice.dueDate, rule.afterDue);
    reminders.push({ invoice, number: '', sentOn, level: rule.level, amount: openOn(invoice, sentOn), dueDate: addDays(sentOn, 10) });
  }
  return numbered(reminders, 'REM', (r) => r.sentOn);
}

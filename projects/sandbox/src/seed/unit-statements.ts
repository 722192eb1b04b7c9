import { DemoUnit, rootOf } from '../data/demo-org';
import { openOn, UnitInvoice } from './unit-billing';
import { UnitCreditNote } from './unit-dunning';
import { addDays, BillingCurrency, daysBetween, dayOf } from './unit-money';

/**
 * Monthly account statements of a unit: issued on the first of the month for the month before,
 * for the four months up to the seed date. The balance is what the unit owes at the end of a day:
 * the open amounts of its invoices less the credit notes not yet applied.
 */

export interface StatementLine {
  day: string;
  reference: string;
  text: string;
  debit: number;
  credit: number;
}

export interface OpenItem {
  invoice: UnitInvoice;
  open: number;
  /** days past the due date at the end of the period (negative: not yet due) */
  daysOverdue: number;
}

export interface Account {
  currency: BillingCurrency;
  opening: number;
  lines: StatementLine[];
  closing: number;
  openItems: OpenItem[];
}

export interface UnitStatement {
  unit: DemoUnit;
  number: string;
  issuedOn: string;
  periodStart: string;
  periodEnd: string;
  /** USD, the account currency; `other` holds the EUR account when the unit has one */
  account: Account;
  other?: Account;
}

const STATEMENT_MONTHS = 4;

function balanceOn(invoices: UnitInvoice[], notes: UnitCreditNote[], day: string): number {
  const owed = invoices.filter((i) => i.issuedOn <= day).reduce((sum, i) => sum + openOn(i, day), 0);
  const credited = notes.filter((n) => n.status === 'OPEN' && n.issuedOn <= day).reduce((sum, n) => sum + n.amount, 0);
  return owed - credited;
}

function accountOf(invoices: UnitInvoice[], notes: UnitCreditNote[], currency: BillingCurrency, from: string, to: string): Account {
  const mine = invoices.filter((i) => i.currency === currency && i.status !== 'CANCELLED');
  const myNotes = notes.filter((n) => n.invoice.currency === currency);
  const within = (day: string) => day >= from && day <= to;
  const lines: StatementLine[] = [];
  for (const invoice of mine) {
    if (within(invoice.issuedOn)) {
      lines.push({ day: invoice.issuedOn, reference: invoice.number, text: `Invoice, ${invoice.purchaseOrder}`, debit: invoice.amount, credit: 0 });
    }
    for (const payment of invoice.payments.filter((p) => within(p.day))) {
      const text = payment.amount === invoice.amount ? 'Payment received, thank you' : 'Partial payment received';
      lines.push({ day: payment.day, reference: invoice.number, text, debit: 0, credit: payment.amount });
    }
  }
  for (const note of myNotes.filter((n) => within(n.issuedOn))) {
    lines.push({ day: note.issuedOn, reference: note.number, text: `Credit note for ${note.invoice.number}`, debit: 0, credit: note.amount });
    if (note.status === 'PAID') {
      lines.push({ day: note.issuedOn, reference: note.number, text: 'Refund by bank transfer', debit: note.amount, credit: 0 });
    }
  }
  lines.sort((a, b) => a.day.localeCompare(b.day) || a.reference.localeCompare(b.reference));
  const openItems = mine
    .filter((i) => i.issuedOn <= to && openOn(i, to) > 0)
    .map((invoice) => ({ invoice, open: openOn(invoice, to), daysOverdue: daysBetween(invoice.dueDate, to) }));
  return {
    currency,
    opening: balanceOn(mine, myNotes, addDays(from, -1)),
    lines,
    closing: balanceOn(mine, myNotes, to),
    openItems,
  };
}

/** First of the month `months` before the month of `day`. */
function firstOfMonth(day: string, months: number): string {
  const d = new Date(`${day.slice(0, 7)}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - months);
  return d.toISOString().slice(0, 10);
}

export function planStatements(unit: DemoUnit, invoices: UnitInvoice[], notes: UnitCreditNote[], seedAt: string): UnitStatement[] {
  const mine = invoices.filter((i) => i.unit.uid === unit.uid);
  const myNotes = notes.filter((n) => n.invoice.unit.uid === unit.uid);
  const org = rootOf(unit.uid)!.code;
  return Array.from({ length: STATEMENT_MONTHS }, (_, k) => {
    const issuedOn = firstOfMonth(dayOf(seedAt), STATEMENT_MONTHS - 1 - k);
    const periodStart = firstOfMonth(issuedOn, 1);
    const periodEnd = addDays(issuedOn, -1);
    const hasEur = mine.some((i) => i.currency === 'EUR' && i.issuedOn <= periodEnd);
    return {
      unit,
      number: `STM-${org}-${periodStart.slice(0, 4)}-${periodStart.slice(5, 7)}-${unit.code}`,
      issuedOn,
      periodStart,
      periodEnd,
      account: accountOf(mine, myNotes, 'USD', periodStart, periodEnd),
      ...(hasEur ? { other: accountOf(mine, myNotes, 'EUR', periodStart, periodEnd) } : {}),
    };
  });
}

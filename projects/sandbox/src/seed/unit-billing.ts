import { PRODUCTS } from '../data/demo-data';
import { DemoUnit, rootOf, UNITS } from '../data/demo-org';
import { addDays, BillingCurrency, dayOf } from './unit-money';

/**
 * The invoices of the B2B units, planned relative to the seed date: paid ones, partially paid ones,
 * open ones not yet due and open ones overdue by 10, 45, 75 and 120 days, one cancelled invoice
 * (Rustic Retail) and a second currency (Rustic Services also buys in EUR). Amounts are integer cents.
 */

export type PaymentStatus = 'OPEN' | 'PARTIALLY_PAID' | 'PAID' | 'CANCELLED';

export interface InvoiceLine {
  productCode: string;
  description: string;
  quantity: number;
  unitPrice: number;
}

export interface Payment {
  day: string;
  amount: number;
}

export interface UnitInvoice {
  unit: DemoUnit;
  /** assigned per organisation in the order of issue: INV-RU-2026-0001, … */
  number: string;
  /** what the plan calls it (the spec and the reminders find invoices by it) */
  role: InvoiceRole;
  issuedOn: string;
  dueDate: string;
  paymentTerms: string;
  currency: BillingCurrency;
  purchaseOrder: string;
  lines: InvoiceLine[];
  amount: number;
  payments: Payment[];
  status: PaymentStatus;
  paymentUrl?: string;
}

export type InvoiceRole =
  | 'paid-early'
  | 'paid-on-time'
  | 'paid-late'
  | 'paid-recent'
  | 'overdue-120'
  | 'overdue-75'
  | 'overdue-45'
  | 'overdue-10'
  | 'partly-paid-not-due'
  | 'open-not-due'
  | 'cancelled'
  | 'eur-paid'
  | 'eur-open-not-due';

/** `due`: days the due date lies before the seed day; `issuedAgo`: days since issue (due = issue + terms). */
interface InvoiceTemplate {
  role: InvoiceRole;
  due?: number;
  issuedAgo?: number;
  settle: 'paid' | 'open' | 'partly' | 'cancelled';
  /** days after the due date (negative: before) on which a paid invoice was paid */
  paidAfterDue?: number;
  currency?: BillingCurrency;
  payLink?: boolean;
}

const TEMPLATES: InvoiceTemplate[] = [
  { role: 'paid-early', due: 150, settle: 'paid', paidAfterDue: -3 },
  { role: 'paid-on-time', due: 110, settle: 'paid', paidAfterDue: 0 },
  { role: 'paid-late', due: 70, settle: 'paid', paidAfterDue: 4 },
  { role: 'overdue-120', due: 120, settle: 'open' },
  { role: 'overdue-75', due: 75, settle: 'open' },
  { role: 'overdue-45', due: 45, settle: 'partly' },
  { role: 'overdue-10', due: 10, settle: 'open', payLink: true },
  { role: 'paid-recent', due: 25, settle: 'paid', paidAfterDue: -2 },
  { role: 'partly-paid-not-due', issuedAgo: 8, settle: 'partly' },
  { role: 'open-not-due', issuedAgo: 2, settle: 'open', payLink: true },
];

const EXTRA_TEMPLATES: Record<string, InvoiceTemplate[]> = {
  'Rustic Retail': [{ role: 'cancelled', due: 70, settle: 'cancelled' }],
  'Rustic Services': [
    { role: 'eur-paid', due: 60, settle: 'paid', paidAfterDue: -5, currency: 'EUR' },
    { role: 'eur-open-not-due', issuedAgo: 6, settle: 'open', currency: 'EUR', payLink: true },
  ],
};

/** The units that receive documents: every Rustic unit and Pronto Goods. */
export const BILLED_UNITS: DemoUnit[] = UNITS.filter((u) => rootOf(u.uid)?.uid === 'Rustic' || u.uid === 'Pronto Goods');

const TERMS_DAYS: Record<string, number> = { 'Custom Retail': 15, 'Pronto Goods': 45 };

export function termsDaysOf(unit: DemoUnit): number {
  return TERMS_DAYS[unit.uid] ?? 30;
}

/** B2B contract prices: 15 % below list; EUR at a fixed rate of 0.93. */
function unitPrice(listPrice: number, currency: BillingCurrency): number {
  return Math.round(listPrice * 85 * (currency === 'EUR' ? 0.93 : 1));
}

function linesOf(unitIndex: number, invoiceIndex: number, currency: BillingCurrency): InvoiceLine[] {
  const products = Object.values(PRODUCTS);
  const count = 1 + ((unitIndex + invoiceIndex) % 3);
  return Array.from({ length: count }, (_, k) => {
    const product = products[(invoiceIndex * 3 + unitIndex + k * 2) % products.length];
    return {
      productCode: product.code,
      description: `${product.name} (${product.manufacturer})`,
      // accessories are bought by the box
      quantity: (2 + ((invoiceIndex * 7 + unitIndex * 5 + k * 3) % 19)) * (product.price < 50 ? 6 : 1),
      unitPrice: unitPrice(product.price, currency),
    };
  });
}

function plan(unit: DemoUnit, unitIndex: number, template: InvoiceTemplate, invoiceIndex: number, seedDay: string) {
  const terms = termsDaysOf(unit);
  const dueDate = template.due !== undefined ? addDays(seedDay, -template.due) : addDays(seedDay, terms - template.issuedAgo!);
  const issuedOn = addDays(dueDate, -terms);
  const currency = template.currency ?? 'USD';
  const lines = linesOf(unitIndex, invoiceIndex, currency);
  const amount = lines.reduce((sum, l) => sum + l.quantity * l.unitPrice, 0);
  const payments: Payment[] = [];
  let status: PaymentStatus = 'OPEN';
  if (template.settle === 'paid') {
    payments.push({ day: addDays(dueDate, template.paidAfterDue ?? 0), amount });
    status = 'PAID';
  } else if (template.settle === 'partly' || (template.role === 'overdue-120' && unitIndex % 2 === 1)) {
    payments.push({ day: addDays(issuedOn, 3), amount: Math.round(amount * 0.4) });
    status = 'PARTIALLY_PAID';
  } else if (template.settle === 'cancelled') {
    status = 'CANCELLED';
  }
  const invoice: UnitInvoice = {
    unit,
    number: '',
    role: template.role,
    issuedOn,
    dueDate,
    paymentTerms: `Net ${terms}`,
    currency,
    purchaseOrder: `PO-${unit.code}-${issuedOn.replace(/-/g, '').slice(2)}`,
    lines,
    amount,
    payments,
    status,
  };
  return invoice;
}

/** Every unit's invoices, numbered per organisation in the order of issue. */
export function planUnitInvoices(seedAt: string): UnitInvoice[] {
  const seedDay = dayOf(seedAt);
  const invoices = BILLED_UNITS.flatMap((unit, unitIndex) =>
    [...TEMPLATES, ...(EXTRA_TEMPLATES[unit.uid] ?? [])].map((template, i) => {
      const invoice = plan(unit, unitIndex, template, i, seedDay);
      return { invoice, payLink: template.payLink === true };
    }),
  );
  const sequence = new Map<string, number>();
  const ordered = [...invoices].sort(
    (a, b) => a.invoice.issuedOn.localeCompare(b.invoice.issuedOn) || a.invoice.unit.code.localeCompare(b.invoice.unit.code),
  );
  for (const { invoice, payLink } of ordered) {
    const org = rootOf(invoice.unit.uid)!.code;
    const next = (sequence.get(org) ?? 0) + 1;
    sequence.set(org, next);
    invoice.number = `INV-${org}-${invoice.issuedOn.slice(0, 4)}-${String(next).padStart(4, '0')}`;
    if (payLink) invoice.paymentUrl = `https://pay.example.com/invoices/${invoice.number}`;
  }
  return invoices.map((i) => i.invoice);
}

/** What is still to pay on `day` (0 for a cancelled invoice). */
export function openOn(invoice: UnitInvoice, day: string): number {
  if (invoice.status === 'CANCELLED') return 0;
  return invoice.amount - invoice.payments.filter((p) => p.day <= day).reduce((sum, p) => sum + p.amount, 0);
}

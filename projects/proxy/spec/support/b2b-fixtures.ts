import type { BatchDocument } from './batch';
import type { FakeUser } from './fake-commerce';
import { ANNA, ANNA_TOKEN } from './fixtures';

/**
 * A B2B organisation as SAP's powertools demo has it: Rustic (root) with Rustic Services and Rustic
 * Retail, Custom Retail below Rustic Retail; a second organisation, Pronto. Unit uids hold spaces.
 */
export const UNITS = {
  rustic: { id: 'Rustic', name: 'Rustic' },
  services: { id: 'Rustic Services', name: 'Rustic Services', parent: 'Rustic' },
  retail: { id: 'Rustic Retail', name: 'Rustic Retail', parent: 'Rustic' },
  custom: { id: 'Custom Retail', name: 'Custom Retail', parent: 'Rustic Retail' },
  pronto: { id: 'Pronto', name: 'Pronto' },
  prontoGoods: { id: 'Pronto Goods', name: 'Pronto Goods', parent: 'Pronto' },
} as const;

type UnitKey = keyof typeof UNITS;
const unit = (key: UnitKey) => ({ uid: UNITS[key].id, name: UNITS[key].name });

export const LINDA: FakeUser = {
  uid: 'linda.wolf@rustic-hw.com',
  name: 'Linda Wolf',
  orgUnit: unit('rustic'),
  roles: ['b2badmingroup', 'b2bcustomergroup'],
  administers: [UNITS.rustic, UNITS.services, UNITS.retail, UNITS.custom],
};
export const HANNA: FakeUser = {
  uid: 'hanna.schmidt@rustic-hw.com',
  name: 'Hanna Schmidt',
  orgUnit: unit('retail'),
  roles: ['b2badmingroup'],
  administers: [UNITS.retail, UNITS.custom],
};
export const WILLIAM: FakeUser = { uid: 'william.hunter@rustic-hw.com', name: 'William Hunter', orgUnit: unit('custom'), roles: ['b2bcustomergroup'] };
export const GI: FakeUser = { uid: 'gi.sun@rustic-hw.com', name: 'Gi Sun', orgUnit: unit('services'), roles: ['b2bcustomergroup'] };
export const ANTHONY: FakeUser = { uid: 'anthony.lombardi@rustic-hw.com', name: 'Anthony Lombardi', orgUnit: unit('retail'), roles: ['b2bapprovergroup'] };
export const MARK: FakeUser = {
  uid: 'mark.rivers@pronto-hw.com',
  name: 'Mark Rivers',
  orgUnit: unit('pronto'),
  roles: ['b2badmingroup'],
  administers: [UNITS.pronto, UNITS.prontoGoods],
};

/** A second session of Linda's, for specs that count Commerce calls of a token nothing else used. */
export const LINDA_SECOND_TOKEN = 'linda-second-token-92ce';

export const B2B_TOKENS: Record<string, FakeUser> = {
  'linda-token-3f9a': LINDA,
  [LINDA_SECOND_TOKEN]: LINDA,
  'hanna-token-7c21': HANNA,
  'william-token-0d5e': WILLIAM,
  'gi-token-b84c': GI,
  'anthony-token-51fa': ANTHONY,
  'mark-token-e6d0': MARK,
  [ANNA_TOKEN]: ANNA,
};

export function tokenOf(user: FakeUser): string {
  return Object.entries(B2B_TOKENS).find(([, u]) => u === user)![0];
}

/** Which units each caller reads (members: their own; administrators: theirs and all below). */
export const READABLE: [FakeUser, UnitKey[]][] = [
  [LINDA, ['rustic', 'services', 'retail', 'custom']],
  [HANNA, ['retail', 'custom']],
  [WILLIAM, ['custom']],
  [GI, ['services']],
  [ANTHONY, ['retail']],
  [MARK, ['pronto', 'prontoGoods']],
  [ANNA, []],
];

const DAY_MS = 24 * 60 * 60 * 1000;
/** A calendar date `days` from today (UTC): overdue is judged on the proxy's clock. */
export function dayFromToday(days: number): string {
  return new Date(Date.now() + days * DAY_MS).toISOString().slice(0, 10);
}

const unitCode: Record<UnitKey, string> = { rustic: 'RU', services: 'RS', retail: 'RR', custom: 'CR', pronto: 'PR', prontoGoods: 'PG' };

function unitInvoice(key: UnitKey): BatchDocument {
  const number = `INV-${unitCode[key]}-1`;
  return {
    file: `${unitCode[key]}/${number}.pdf`,
    unitId: UNITS[key].id,
    type: 'INVOICE',
    title: `Invoice ${number}`,
    number,
    createdAt: '2026-10-01T08:00:00Z',
    billing: { amount: '100.00', openAmount: '100.00', currency: 'USD', dueDate: dayFromToday(20), paymentStatus: 'OPEN' },
  };
}

const invoice = (number: string, billing: Record<string, unknown>, createdAt: string): BatchDocument => ({
  file: `CR/${number}.pdf`,
  unitId: UNITS.custom.id,
  type: 'INVOICE',
  title: `Invoice ${number}`,
  number,
  fileName: `${number}.pdf`,
  createdAt,
  billing: { currency: 'USD', paymentTerms: 'Net 30', ...billing },
});

/**
 * Custom Retail's billing documents, due dates relative to today so the aging ranges are fixed; with
 * the unit's INV-CR-1 (100, due in 20 days) USD open 1,850.49 = 1,100 (current) − 100 credit + 200 (1–30)
 * + 300 (31–60) + 250.50 (61–90) + 99.99 (91+);
 * EUR open 400 (1–30). A reminder and a statement are not counted (they restate invoices).
 */
export const CUSTOM_RETAIL_BATCH: BatchDocument[] = [
  invoice('INV-CR-10', { amount: '1000.00', openAmount: '1000.00', dueDate: dayFromToday(10), paymentStatus: 'OPEN', paymentUrl: '/my-account/pay/INV-CR-10' }, '2026-11-01T08:00:00Z'),
  invoice('INV-CR-11', { amount: '500.00', openAmount: '200.00', dueDate: dayFromToday(-10), paymentStatus: 'PARTIALLY_PAID' }, '2026-10-20T08:00:00Z'),
  invoice('INV-CR-12', { amount: '300.00', openAmount: '300.00', dueDate: dayFromToday(-45), paymentStatus: 'OPEN' }, '2026-09-20T08:00:00Z'),
  invoice('INV-CR-13', { amount: '250.50', dueDate: dayFromToday(-75), paymentStatus: 'OPEN' }, '2026-08-20T08:00:00Z'),
  invoice('INV-CR-14', { amount: '99.99', openAmount: '99.99', dueDate: dayFromToday(-120), paymentStatus: 'OPEN' }, '2026-07-20T08:00:00Z'),
  invoice('INV-CR-15', { amount: '800.00', openAmount: '0', dueDate: dayFromToday(-20), paymentStatus: 'PAID' }, '2026-10-05T08:00:00Z'),
  invoice('INV-CR-16', { amount: '50.00', dueDate: dayFromToday(-30), paymentStatus: 'CANCELLED' }, '2026-10-06T08:00:00Z'),
  invoice('INV-CR-17', { amount: '400.00', openAmount: '400.00', currency: 'EUR', dueDate: dayFromToday(-5), paymentStatus: 'OPEN' }, '2026-10-25T08:00:00Z'),
  {
    file: 'CR/CN-CR-1.pdf',
    unitId: UNITS.custom.id,
    type: 'CREDIT_NOTE',
    title: 'Credit note for INV-CR-10',
    number: 'CN-CR-1',
    createdAt: '2026-11-02T08:00:00Z',
    billing: { amount: '100.00', openAmount: '100.00', currency: 'USD', paymentStatus: 'OPEN' },
    references: [{ relation: 'CREDITS', number: 'INV-CR-10' }],
  },
  {
    file: 'CR/REM-CR-1.pdf',
    unitId: UNITS.custom.id,
    type: 'PAYMENT_REMINDER',
    title: 'Payment reminder (level 2) for INV-CR-12',
    number: 'REM-CR-1',
    createdAt: '2026-11-10T08:00:00Z',
    billing: { amount: '300.00', openAmount: '300.00', currency: 'USD', dueDate: dayFromToday(-2), paymentStatus: 'OPEN', dunningLevel: 2 },
    references: [{ relation: 'REMINDS_OF', number: 'INV-CR-12' }],
  },
  { file: 'CR/ST-CR-2026-10.pdf', unitId: UNITS.custom.id, type: 'STATEMENT', title: 'Account statement October', number: 'ST-CR-2026-10', createdAt: '2026-11-01T06:00:00Z' },
];

/** One invoice per other unit, a personal document of William, and Custom Retail's documents. */
export const B2B_BATCH: BatchDocument[] = [
  ...(['rustic', 'services', 'retail', 'custom', 'pronto', 'prontoGoods'] as UnitKey[]).map(unitInvoice),
  ...CUSTOM_RETAIL_BATCH,
  { file: 'william/PERS-1.pdf', ownerUid: WILLIAM.uid, type: 'CORRESPONDENCE', title: 'Your address change', number: 'PERS-W-1', createdAt: '2026-10-03T08:00:00Z' },
];

/** The invoice every unit has, by unit. */
export function unitInvoiceNumber(key: UnitKey): string {
  return `INV-${unitCode[key]}-1`;
}

export type { UnitKey };

import { definitionOf, documentTypesOf, type DocumentType } from '../document-types';
import type { ShopperDocument } from '../model';
import type { UnitNode } from '../units/unit-directory';
import { AGING_RANGES, toMajorUnits, type BillingBalance, type PaymentStatus } from './billing';

/**
 * SAP's account summary shapes (`@spartacus/organization/account-summary`'s AccountSummaryDetails and
 * AccountSummaryList) built from a unit's Exstream documents, so SAP's own pages show them.
 */

const DEFAULT_LANGUAGE = 'en';
/** the answered payment states in which money is still owed */
const OWING: readonly PaymentStatus[] = ['OPEN', 'PARTIALLY_PAID', 'OVERDUE'];

function locale(language: string | undefined): string {
  const tag = (language ?? DEFAULT_LANGUAGE).replace('_', '-');
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? DEFAULT_LANGUAGE;
  } catch {
    return DEFAULT_LANGUAGE;
  }
}

export function formatAmount(amount: number, currency: string, language?: string): string {
  return new Intl.NumberFormat(locale(language), { style: 'currency', currency }).format(amount);
}

/** OCC's Currency: isocode, the name in the shopper's language, the symbol. */
export function occCurrency(isocode: string, language?: string): { isocode: string; name?: string; symbol?: string; active: boolean } {
  const tag = locale(language);
  const name = new Intl.DisplayNames(tag, { type: 'currency' }).of(isocode);
  const symbol = new Intl.NumberFormat(tag, { style: 'currency', currency: isocode }).formatToParts(0).find((p) => p.type === 'currency')?.value;
  return { isocode, ...(name === undefined ? {} : { name }), ...(symbol === undefined ? {} : { symbol }), active: true };
}

/** "PAYMENT_REMINDER" → "Payment Reminder": the API's name; storefronts show their own translations. */
export function typeName(type: DocumentType): string {
  return type
    .split('_')
    .map((word) => word.charAt(0) + word.slice(1).toLowerCase())
    .join(' ');
}

/** The billing document types, as SAP lists them (codes, names, whether they count in the open balance). */
export function orgDocumentTypes(): { code: DocumentType; name: string; displayInAllList: boolean; includeInOpenBalance: boolean }[] {
  return documentTypesOf('BILLING').map((code) => ({
    code,
    name: typeName(code),
    displayInAllList: true,
    includeInOpenBalance: definitionOf(code).balanceSign !== undefined,
  }));
}

/** One document as SAP's AccountSummaryDocument; `document` carries the proxy's full model for our own components. */
export function toOrgDocument(document: ShopperDocument, language?: string) {
  const billing = document.billing;
  const open = billing !== undefined && billing.openAmount !== 0 && OWING.includes(billing.paymentStatus);
  return {
    id: document.number,
    orgDocumentType: { code: document.type, name: typeName(document.type) },
    status: open ? ('open' as const) : ('closed' as const),
    createdAtDate: document.createdAt.slice(0, 10),
    ...(billing?.dueDate === undefined ? {} : { dueAtDate: billing.dueDate }),
    ...(billing === undefined
      ? {}
      : {
          amount: billing.amount,
          formattedAmount: formatAmount(billing.amount, billing.currency, language),
          openAmount: billing.openAmount,
          formattedOpenAmount: formatAmount(billing.openAmount, billing.currency, language),
          currency: occCurrency(billing.currency, language),
        }),
    attachments: [{ id: document.fileName }],
    document,
  };
}

export type OrgDocument = ReturnType<typeof toOrgDocument>;

/**
 * The unit's AccountSummaryDetails. SAP's fields hold one currency as formatted text (the
 * storefront's currency when the unit has a balance in it, else the largest); `balances` has every
 * currency as numbers.
 */
export function accountSummaryOf(unit: UnitNode, balances: readonly BillingBalance[], language?: string, currency?: string) {
  const major = balances.map((balance) => ({ balance, toMajor: (minor: number) => toMajorUnits(minor, balance.currency) }));
  const primary =
    major.find(({ balance }) => balance.currency === currency) ??
    [...major].sort((a, b) => b.toMajor(b.balance.open) - a.toMajor(a.balance.open))[0];
  const primaryCurrency = primary?.balance.currency ?? currency ?? 'USD';
  const text = (minor: (b: BillingBalance) => number) =>
    formatAmount(primary ? primary.toMajor(minor(primary.balance)) : 0, primaryCurrency, language);
  return {
    orgUnit: { uid: unit.id, ...(unit.name === undefined ? {} : { name: unit.name }), active: unit.active !== false },
    amountBalance: {
      currentBalance: text((b) => b.current),
      openBalance: text((b) => b.open),
      pastDueBalance: text((b) => b.pastDue),
      dueBalances: AGING_RANGES.map((dayRange, index) => ({ amount: text((b) => b.ranges[index]), dayRange: { ...dayRange } })),
    },
    balances: major.map(({ balance, toMajor }) => ({
      currency: occCurrency(balance.currency, language),
      openBalance: toMajor(balance.open),
      pastDueBalance: toMajor(balance.pastDue),
      currentBalance: toMajor(balance.current),
      dueBalances: AGING_RANGES.map((dayRange, index) => ({ amount: toMajor(balance.ranges[index]), dayRange: { ...dayRange } })),
    })),
  };
}

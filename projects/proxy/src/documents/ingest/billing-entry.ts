import { isAllowedActionUrl } from '../action-url';
import {
  isCurrencyCode,
  MAX_DUNNING_LEVEL,
  paymentStateProblem,
  REFERENCE_RELATIONS,
  STORED_PAYMENT_STATUSES,
  toMinorUnits,
  type DocumentReference,
  type StoredBilling,
  type StoredPaymentStatus,
} from '../billing/billing';
import { documentTypesOf, type DocumentType } from '../document-types';

type Problems = { push(message: string, field?: string): void; readonly length: number };

const BILLING_FIELDS = ['amount', 'openAmount', 'currency', 'dueDate', 'paymentTerms', 'paymentStatus', 'dunningLevel', 'paymentUrl'];
const BILLING_TYPES: readonly DocumentType[] = documentTypesOf('BILLING');
const MAX_REFERENCES = 20;
const MAX_TERMS = 200;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** Which relation a document of a type may have to another. */
const RELATION_OF_TYPE: Partial<Record<DocumentType, (typeof REFERENCE_RELATIONS)[number]>> = {
  PAYMENT_REMINDER: 'REMINDS_OF',
  CREDIT_NOTE: 'CREDITS',
};

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A calendar date YYYY-MM-DD that exists. */
export function isIsoDate(value: unknown): value is string {
  return typeof value === 'string' && ISO_DATE.test(value) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
}

/**
 * The `billing` object of a manifest entry (amounts as decimal strings or numbers in major units),
 * checked against the document type; problems are pushed with their field.
 */
export function readBilling(
  value: unknown,
  type: string | undefined,
  problems: Problems,
  paymentUrlHosts: readonly string[],
): StoredBilling | undefined {
  if (value === undefined || value === null) return undefined;
  if (type !== undefined && !(BILLING_TYPES as readonly string[]).includes(type)) {
    problems.push(`'billing' is only allowed on types ${BILLING_TYPES.join(', ')}`, 'billing');
    return undefined;
  }
  if (!isObject(value)) {
    problems.push(`'billing' must be an object {amount, openAmount, currency, paymentStatus, …}`, 'billing');
    return undefined;
  }
  const before = problems.length;
  const unknown = Object.keys(value).filter((key) => !BILLING_FIELDS.includes(key));
  if (unknown.length > 0) problems.push(`'billing' has unknown fields: ${unknown.join(', ')}`, 'billing');

  const currency = value['currency'];
  if (typeof currency !== 'string' || !isCurrencyCode(currency)) {
    problems.push(`'billing.currency' must be an ISO 4217 code such as USD or EUR`, 'billing.currency');
    return undefined;
  }
  const status = value['paymentStatus'];
  if (typeof status !== 'string' || !(STORED_PAYMENT_STATUSES as readonly string[]).includes(status)) {
    problems.push(
      `'billing.paymentStatus' must be one of ${STORED_PAYMENT_STATUSES.join(', ')} (OVERDUE follows from the due date)`,
      'billing.paymentStatus',
    );
    return undefined;
  }
  const amount = toMinorUnits(value['amount'], currency);
  if (amount === undefined || amount < 0) {
    problems.push(`'billing.amount' must be a decimal amount of at least 0 with at most the decimals of ${currency}`, 'billing.amount');
  }
  const open = value['openAmount'] === undefined ? defaultOpenAmount(status as StoredPaymentStatus, amount) : toMinorUnits(value['openAmount'], currency);
  if (open === undefined || open < 0 || (amount !== undefined && open > amount)) {
    problems.push(`'billing.openAmount' must be a decimal amount between 0 and 'billing.amount'`, 'billing.openAmount');
  } else if (amount !== undefined) {
    const problem = paymentStateProblem(status as StoredPaymentStatus, amount, open);
    if (problem) problems.push(`'billing.openAmount' ${problem}`, 'billing.openAmount');
  }
  const dueDate = value['dueDate'];
  if (dueDate !== undefined && !isIsoDate(dueDate)) problems.push(`'billing.dueDate' must be a date YYYY-MM-DD`, 'billing.dueDate');
  const terms = value['paymentTerms'];
  if (terms !== undefined && (typeof terms !== 'string' || terms.trim() === '' || terms.length > MAX_TERMS || /[\u0000-\u001f\u007f]/.test(terms))) {
    problems.push(`'billing.paymentTerms' must be a non-empty string of at most ${MAX_TERMS} characters`, 'billing.paymentTerms');
  }
  // a CSV manifest's cells are text
  const level = typeof value['dunningLevel'] === 'string' && /^\d+$/.test(value['dunningLevel']) ? Number(value['dunningLevel']) : value['dunningLevel'];
  if (level !== undefined) {
    if (type !== 'PAYMENT_REMINDER') problems.push(`'billing.dunningLevel' is only allowed on type PAYMENT_REMINDER`, 'billing.dunningLevel');
    else if (!Number.isInteger(level) || (level as number) < 1 || (level as number) > MAX_DUNNING_LEVEL) {
      problems.push(`'billing.dunningLevel' must be an integer from 1 to ${MAX_DUNNING_LEVEL}`, 'billing.dunningLevel');
    }
  }
  const paymentUrl = value['paymentUrl'];
  if (paymentUrl !== undefined && (typeof paymentUrl !== 'string' || paymentUrl.length > 2048 || !isAllowedActionUrl(paymentUrl, paymentUrlHosts))) {
    problems.push(`'billing.paymentUrl' must be a same-site path or an https URL on a host of ACTION_URL_ALLOWED_HOSTS`, 'billing.paymentUrl');
  }
  if (problems.length > before || amount === undefined || open === undefined) return undefined;

  const billing: StoredBilling = { currency, amountMinor: amount, openAmountMinor: open, paymentStatus: status as StoredPaymentStatus };
  if (typeof dueDate === 'string') billing.dueDate = dueDate;
  if (typeof terms === 'string') billing.paymentTerms = terms.trim();
  if (typeof level === 'number') billing.dunningLevel = level;
  if (typeof paymentUrl === 'string') billing.paymentUrl = paymentUrl;
  return billing;
}

function defaultOpenAmount(status: StoredPaymentStatus, amount: number | undefined): number | undefined {
  if (amount === undefined) return undefined;
  return status === 'PAID' || status === 'CANCELLED' ? 0 : amount;
}

/** `references: [{relation, number}]`: a reminder to the invoices it reminds of, a credit note to the invoice it credits. */
export function readReferences(value: unknown, type: string | undefined, problems: Problems): DocumentReference[] | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.length > MAX_REFERENCES) {
    problems.push(`'references' must be an array of at most ${MAX_REFERENCES} {relation, number}`, 'references');
    return undefined;
  }
  const allowed = type === undefined ? undefined : RELATION_OF_TYPE[type as DocumentType];
  const references: DocumentReference[] = [];
  for (const [index, item] of value.entries()) {
    const field = `references.${index}`;
    const relation = isObject(item) ? item['relation'] : undefined;
    const number = isObject(item) ? item['number'] : undefined;
    if (!isObject(item) || Object.keys(item).some((key) => key !== 'relation' && key !== 'number')) {
      problems.push(`'${field}' must be an object {relation, number}`, field);
    } else if (typeof relation !== 'string' || relation !== allowed) {
      problems.push(
        allowed === undefined ? `'${field}.relation': a ${type ?? 'document'} refers to no other document` : `'${field}.relation' must be ${allowed}`,
        `${field}.relation`,
      );
    } else if (typeof number !== 'string' || number.trim() === '' || number.length > 512 || /[\u0000-\u001f\u007f]/.test(number)) {
      problems.push(`'${field}.number' must be the non-empty number of another document`, `${field}.number`);
    } else {
      references.push({ relation, number: number.trim() });
    }
  }
  return references.length === value.length ? references : undefined;
}

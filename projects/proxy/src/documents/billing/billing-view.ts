import type { DocumentBilling } from '../document-schema';
import { daysPastDue, isOverdue, toMajorUnits, type StoredBilling } from './billing';

/** Stored billing data as the API answers it on `today` (YYYY-MM-DD, UTC): major units, derived OVERDUE. */
export function billingView(billing: StoredBilling, today: string): DocumentBilling {
  const overdue = isOverdue(billing, today);
  const view: DocumentBilling = {
    amount: toMajorUnits(billing.amountMinor, billing.currency),
    openAmount: toMajorUnits(billing.openAmountMinor, billing.currency),
    currency: billing.currency,
    paymentStatus: overdue ? 'OVERDUE' : billing.paymentStatus,
  };
  if (billing.dueDate !== undefined) view.dueDate = billing.dueDate;
  if (overdue && billing.dueDate !== undefined) view.daysOverdue = daysPastDue(billing.dueDate, today);
  if (billing.paymentTerms !== undefined) view.paymentTerms = billing.paymentTerms;
  if (billing.dunningLevel !== undefined) view.dunningLevel = billing.dunningLevel;
  if (billing.paymentUrl !== undefined) view.paymentUrl = billing.paymentUrl;
  return view;
}

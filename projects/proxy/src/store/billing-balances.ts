import { AGING_RANGES, UNSETTLED_STATUSES, type BillingBalance } from '../documents/billing/billing';
import { BALANCE_TYPES } from '../documents/document-types';
import { BoundParameters, type ListFilterDialect } from './document-list-filters';


const DAY_MS = 24 * 60 * 60 * 1000;

function daysBefore(today: string, days: number): string {
  return new Date(Date.parse(`${today}T00:00:00Z`) - days * DAY_MS).toISOString().slice(0, 10);
}

/**
 * One pass over the owner's open billing documents: per currency the open balance, what is past
 * due on `today` (YYYY-MM-DD) and how far, with credit notes counted against the invoices.
 */
export function billingBalancesStatement(dialect: ListFilterDialect, ownerUid: string, today: string): { sql: string; values: unknown[] } {
  const params = new BoundParameters(dialect);
  const bind = params.bind;
  const signed = `(CASE d.type ${BALANCE_TYPES.map(({ type, sign }) => `WHEN '${type}' THEN ${sign}`).join(' ')} ELSE 0 END * d.open_amount_minor)`;
  const due = (condition: string) => `COALESCE(SUM(CASE WHEN ${condition} THEN ${signed} ELSE 0 END), 0)`;
  const todayParam = bind(today);
  const ranges = AGING_RANGES.map(({ minBoundary, maxBoundary }) => {
    const latest = `d.due_date <= ${bind(daysBefore(today, minBoundary))}`;
    return due(maxBoundary === undefined ? latest : `${latest} AND d.due_date >= ${bind(daysBefore(today, maxBoundary))}`);
  });
  const sql = `SELECT d.currency AS currency,
      COALESCE(SUM(${signed}), 0) AS open,
      ${due(`d.due_date < ${todayParam}`)} AS past_due,
      ${ranges.map((range, index) => `${range} AS range_${index}`).join(',\n      ')}
    FROM documents d
    WHERE d.owner_uid = ${bind(ownerUid)} AND d.currency IS NOT NULL
      AND ${dialect.oneOf('d.type', BALANCE_TYPES.map(({ type }) => type), bind)}
      AND ${dialect.oneOf('d.payment_status', UNSETTLED_STATUSES, bind)} AND d.open_amount_minor <> 0
    GROUP BY d.currency ORDER BY d.currency`;
  return { sql, values: params.values };
}

type BalanceRow = Record<string, string | number> & { currency: string; open: string | number; past_due: string | number };

export function toBillingBalance(row: BalanceRow): BillingBalance {
  const open = Number(row.open);
  const pastDue = Number(row.past_due);
  return {
    currency: row.currency,
    open,
    pastDue,
    current: open - pastDue,
    ranges: AGING_RANGES.map((_, index) => Number(row[`range_${index}`])),
  };
}

import {
  ChangeDetectionStrategy,
  Component,
  EventEmitter,
  Input,
  Output,
} from '@angular/core';
import {
  AccountSummary,
  AccountSummaryBalance,
  DocumentsLoadState,
  OrgDocumentDayRange,
} from '@exstream-spartacus/documents/root';

/** One aging bucket of a currency's open balance. */
export interface AgingBucket {
  /** translation key and its parameters */
  label: string;
  params: Record<string, number>;
  amount: number;
}

/**
 * The header of Company documents: per currency the open and overdue
 * balance, the aging of the open balance (current, 1–30, 31–60, 61–90, over
 * 90 days past due) and — only when the backend sends one — the credit limit.
 */
@Component({
  selector: 'cx-exd-account-summary',
  templateUrl: './account-summary.component.html',
  styleUrls: ['./account-summary.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AccountSummaryComponent {
  @Input() state: DocumentsLoadState<AccountSummary> = { loading: true };
  @Input() idSuffix = '';
  @Output() retry = new EventEmitter<void>();

  balances(summary: AccountSummary): AccountSummaryBalance[] {
    return summary.balances ?? [];
  }

  /** "Current" (not yet due), then the past-due ranges from the nearest. */
  buckets(balance: AccountSummaryBalance): AgingBucket[] {
    const due = [...(balance.dueBalances ?? [])].sort(
      (a, b) => a.dayRange.minBoundary - b.dayRange.minBoundary
    );
    return [
      { label: 'exstreamCompanyDocuments.summary.current', params: {}, amount: balance.currentBalance },
      ...due.map((bucket) => ({ ...rangeLabel(bucket.dayRange), amount: bucket.amount })),
    ];
  }

  hasCreditLimit(balance: AccountSummaryBalance): boolean {
    return typeof balance.creditLimit === 'number' && Number.isFinite(balance.creditLimit);
  }

  trackByCurrency(_index: number, balance: AccountSummaryBalance): string {
    return balance.currency?.isocode;
  }
}

function rangeLabel(range: OrgDocumentDayRange): { label: string; params: Record<string, number> } {
  return range.maxBoundary === undefined || range.maxBoundary === null
    ? { label: 'exstreamCompanyDocuments.summary.daysOver', params: { days: range.minBoundary - 1 } }
    : {
        label: 'exstreamCompanyDocuments.summary.days',
        params: { min: range.minBoundary, max: range.maxBoundary },
      };
}

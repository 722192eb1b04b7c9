import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  OnDestroy,
} from '@angular/core';
import {
  CommunicationPreferenceChange,
  CommunicationPreferencesFacade,
} from '@exstream-spartacus/documents/root';
import { Subscription } from 'rxjs';
import { historyValueKey } from './preference-history-value';

export interface PreferenceHistoryState {
  open: boolean;
  loading: boolean;
  error: boolean;
  changes: CommunicationPreferenceChange[];
  currentPage: number;
  totalPages: number;
}

/** Page size of the change history. */
const HISTORY_PAGE_SIZE = 10;

/**
 * The change history of the communication preferences: collapsed until the
 * shopper opens it, then loaded page by page.
 */
@Component({
  selector: 'cx-exd-preference-history',
  templateUrl: './preference-history.component.html',
  styleUrls: ['./preference-history.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PreferenceHistoryComponent implements OnDestroy {
  history: PreferenceHistoryState = {
    open: false,
    loading: false,
    error: false,
    changes: [],
    currentPage: -1,
    totalPages: 0,
  };

  readonly valueKey = historyValueKey;

  protected readonly subscriptions = new Subscription();

  constructor(
    protected preferencesFacade: CommunicationPreferencesFacade,
    protected cd: ChangeDetectorRef
  ) {}

  ngOnDestroy(): void {
    this.subscriptions.unsubscribe();
  }

  toggle(): void {
    const open = !this.history.open;
    this.history = { ...this.history, open };
    if (open && this.history.currentPage < 0) {
      this.load(0);
    }
    this.cd.markForCheck();
  }

  loadMore(): void {
    this.load(this.history.currentPage + 1);
  }

  hasMore(): boolean {
    return this.history.currentPage + 1 < this.history.totalPages;
  }

  /** After a save: reloads an open history, forgets a closed one. */
  refresh(): void {
    if (this.history.open) {
      this.load(0);
    } else {
      this.history = { ...this.history, currentPage: -1, changes: [] };
      this.cd.markForCheck();
    }
  }

  protected load(page: number): void {
    this.history = { ...this.history, loading: true, error: false };
    this.cd.markForCheck();
    this.subscriptions.add(
      this.preferencesFacade.getHistory(page, HISTORY_PAGE_SIZE).subscribe({
        next: (result) => {
          this.history = {
            ...this.history,
            loading: false,
            changes:
              page === 0 ? result.changes : [...this.history.changes, ...result.changes],
            currentPage: result.pagination.currentPage,
            totalPages: result.pagination.totalPages,
          };
          this.cd.markForCheck();
        },
        error: () => {
          this.history = { ...this.history, loading: false, error: true };
          this.cd.markForCheck();
        },
      })
    );
  }
}

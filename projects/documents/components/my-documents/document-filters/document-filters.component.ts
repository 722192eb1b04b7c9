import {
  ChangeDetectionStrategy,
  Component,
  EventEmitter,
  Input,
  Output,
} from '@angular/core';

/** A document type the list can be filtered by, with its number of documents. */
export interface DocumentTypeOption {
  code: string;
  count: number;
  selected: boolean;
}

/**
 * The type and unread filters of a document list: chips on wider screens; on
 * phones the chips sit behind one "Filters (n)" button, with the active filters
 * shown as removable chips beside it.
 */
@Component({
  selector: 'cx-exd-document-filters',
  templateUrl: './document-filters.component.html',
  styleUrls: ['./document-filters.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DocumentFiltersComponent {
  @Input() options: DocumentTypeOption[] = [];
  @Input() selectedTypes: string[] = [];
  @Input() unreadOnly = false;
  /** unread documents matching the other criteria */
  @Input() unreadCount = 0;
  /** filters in use, when the list has more than types and unread (projected into the panel) */
  @Input() activeFilters?: number;
  /** unique per list on the page, for the ids the ARIA attributes name */
  @Input() idSuffix = '';

  @Output() typeToggled = new EventEmitter<string>();
  @Output() typesCleared = new EventEmitter<void>();
  @Output() unreadToggled = new EventEmitter<void>();

  /** whether the filter panel is open (phones only; wider screens always show the chips) */
  open = false;

  /** Number of documents of all offered types (the "All types" chip). */
  totalCount(): number {
    return this.options.reduce((sum, option) => sum + option.count, 0);
  }

  /** Active type and unread filters, counted on the "Filters (n)" button. */
  activeCount(): number {
    return this.activeFilters ?? this.selectedTypes.length + (this.unreadOnly ? 1 : 0);
  }

  toggle(): void {
    this.open = !this.open;
  }

  /**
   * Closes the panel and gives the focus back to the button that opened it.
   * @param event the Escape that closed it goes no further, or Spartacus' escape
   * handling of an enclosing element would move the focus to that element
   */
  close(toggle: HTMLElement, event?: Event): void {
    if (!this.open) {
      return;
    }
    event?.stopPropagation();
    this.open = false;
    toggle.focus();
  }

  /** keeps a chip's button (and its focus) while the list reloads */
  trackByCode(_index: number, option: DocumentTypeOption): string {
    return option.code;
  }
}

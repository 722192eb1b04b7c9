import { ChangeDetectionStrategy, Component, EventEmitter, Input, Output } from '@angular/core';
import { DocumentFilter, OrgDocumentSearchParams } from '@exstream-spartacus/documents/root';
import { DocumentTransferService } from '../../download/document-transfer.service';
import { ViewTransferTracker } from '../../download/view-transfer-tracker';

const SELECTED = '#selected';
const MATCHING = '#matching';
const EXPORT = '#export';

/**
 * What a shopper can do with many documents of the list at once: download the
 * selected ones or every matching one as one ZIP, and export the filtered list
 * as CSV, each with progress on its button.
 */
@Component({
  selector: 'cx-exd-document-bulk-actions',
  templateUrl: './document-bulk-actions.component.html',
  styleUrls: ['./document-bulk-actions.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ViewTransferTracker],
})
export class DocumentBulkActionsComponent {
  @Input() selectedIds: string[] = [];
  /** documents the filter matches */
  @Input() totalResults = 0;
  /** what "all matching" and the export take */
  @Input() filter: DocumentFilter = {};
  /** every document of the current page is selected */
  @Input() pageSelected = false;
  @Input() idSuffix = '';
  /** a B2B unit's documents (Company documents); missing: the shopper's own */
  @Input() orgUnitId?: string;
  /** whether "Download all matching" is offered (it takes `filter`, or `orgFilter`) */
  @Input() matching = true;
  /**
   * A B2B unit's list (with `orgUnitId`): "all matching" and the export take
   * SAP's account summary filters instead of `filter`.
   */
  @Input() orgFilter?: OrgDocumentSearchParams;
  @Output() selectionCleared = new EventEmitter<void>();
  /** select (true) or unselect the current page */
  @Output() pageToggled = new EventEmitter<boolean>();

  readonly keys = { selected: SELECTED, matching: MATCHING, export: EXPORT };

  constructor(
    protected transferService: DocumentTransferService,
    readonly transfers: ViewTransferTracker
  ) {}

  downloadSelected(): void {
    if (!this.selectedIds.length) {
      return;
    }
    const ids = [...this.selectedIds];
    this.transfers.start(SELECTED, () => this.transferService.downloadSelection({ ids }, this.orgUnitId));
  }

  downloadMatching(): void {
    const orgFilter = this.unitFilter();
    const filter = { ...this.filter };
    this.transfers.start(MATCHING, () =>
      orgFilter
        ? this.transferService.downloadOrgMatching(orgFilter.orgUnitId, orgFilter.filter)
        : this.transferService.downloadSelection({ filter }, this.orgUnitId)
    );
  }

  exportList(): void {
    const orgFilter = this.unitFilter();
    const filter = { ...this.filter };
    this.transfers.start(EXPORT, () =>
      orgFilter
        ? this.transferService.exportOrgList(orgFilter.orgUnitId, orgFilter.filter)
        : this.transferService.exportList(filter, this.orgUnitId)
    );
  }

  /** The unit and its account summary filters, when this is a unit's list filtered that way. */
  protected unitFilter(): { orgUnitId: string; filter: OrgDocumentSearchParams } | undefined {
    return this.orgUnitId && this.orgFilter ? { orgUnitId: this.orgUnitId, filter: { ...this.orgFilter } } : undefined;
  }
}

import {
  ChangeDetectionStrategy,
  Component,
  EventEmitter,
  Input,
  Output,
} from '@angular/core';
import {
  ExstreamDocument,
  DocumentPagination,
} from '@exstream-spartacus/documents/root';
import { ViewTransferTracker } from '../../download/view-transfer-tracker';
import { DocumentViewerService } from '../../viewer/document-viewer.service';

/**
 * One page of documents: a table on wide screens; below the `lg` breakpoint
 * each document is a card whose cells carry their column names, while the
 * explicit table roles keep it a table for screen readers.
 */
@Component({
  selector: 'cx-exd-document-table',
  templateUrl: './document-table.component.html',
  styleUrls: ['./document-table.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ViewTransferTracker],
})
export class DocumentTableComponent {
  @Input() documents: ExstreamDocument[] = [];
  @Input() pagination?: DocumentPagination;
  /** a newer page is on its way: the rows are dimmed and marked busy */
  @Input() loading = false;
  /** rows get a checkbox to select them for a ZIP */
  @Input() selectable = false;
  @Input() selectedIds: string[] = [];
  @Output() selectionToggled = new EventEmitter<{ id: string; selected: boolean }>();

  constructor(
    protected viewerService: DocumentViewerService,
    /** downloads in progress, by document id; their progress re-renders these OnPush rows */
    readonly transfers: ViewTransferTracker
  ) {}

  isSelected(document: ExstreamDocument): boolean {
    return this.selectedIds.includes(document.id);
  }

  /** Whether the document's latest delivery was an e-mail that bounced. */
  isBounced(document: ExstreamDocument): boolean {
    return (
      document.deliveryStatus?.status === 'BOUNCED' &&
      document.deliveryStatus.channel === 'EMAIL'
    );
  }

  /** @param opener where the focus returns when the viewer closes */
  preview(document: ExstreamDocument, opener?: HTMLElement): void {
    this.viewerService.open(document, opener);
  }

  trackById(_index: number, document: ExstreamDocument): string {
    return document.id;
  }
}

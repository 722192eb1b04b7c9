import {
  ChangeDetectionStrategy,
  Component,
  EventEmitter,
  Input,
  OnChanges,
  Output,
} from '@angular/core';
import {
  DocumentPagination,
  ExstreamDocumentsConfig,
  OrgDocument,
} from '@exstream-spartacus/documents/root';
import { WindowRef } from '@spartacus/core';
import { ViewTransferTracker } from '../../download/view-transfer-tracker';
import { DocumentViewerService } from '../../viewer/document-viewer.service';
import { orgDocumentRow, OrgDocumentRow } from './org-document-row';

/**
 * One page of a unit's documents: number, type, dates (an overdue invoice
 * says so in words, with an icon), amounts, payment status, preview,
 * download and "Pay". Below `lg` each document is a card, as on My Documents.
 */
@Component({
  selector: 'cx-exd-org-document-table',
  templateUrl: './org-document-table.component.html',
  styleUrls: ['./org-document-table.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ViewTransferTracker],
})
export class OrgDocumentTableComponent implements OnChanges {
  @Input() documents: OrgDocument[] = [];
  @Input() pagination?: DocumentPagination;
  @Input() loading = false;
  @Input() selectable = false;
  @Input() selectedIds: string[] = [];
  @Output() selectionToggled = new EventEmitter<{ id: string; selected: boolean }>();
  /** a reference (e.g. the invoice a reminder is about) was chosen: its number */
  @Output() referenceFollowed = new EventEmitter<string>();

  rows: OrgDocumentRow[] = [];

  constructor(
    protected viewerService: DocumentViewerService,
    protected config: ExstreamDocumentsConfig,
    protected winRef: WindowRef,
    readonly transfers: ViewTransferTracker
  ) {}

  ngOnChanges(): void {
    const origin = this.winRef.isBrowser() ? this.winRef.location?.origin : undefined;
    const hosts = this.config.exstreamDocuments?.companyDocuments?.paymentHosts ?? [];
    this.rows = this.documents.map((row) => orgDocumentRow(row, origin, hosts));
  }

  isSelected(row: OrgDocumentRow): boolean {
    return !!row.document && this.selectedIds.includes(row.document.id);
  }

  payHref(row: OrgDocumentRow): string {
    return row.pay?.kind === 'internal' ? row.pay.path : row.pay?.url ?? '';
  }

  preview(row: OrgDocumentRow, opener?: HTMLElement): void {
    if (row.document) this.viewerService.open(row.document, opener);
  }

  trackByNumber(_index: number, row: OrgDocumentRow): string {
    return row.document?.id ?? row.number;
  }
}

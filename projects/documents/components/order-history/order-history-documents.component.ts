import { ChangeDetectionStrategy, Component, Input } from '@angular/core';
import {
  ExstreamDocument,
  OrderDocumentsSummary,
} from '@exstream-spartacus/documents/root';
import { DocumentTransferService } from '../download/document-transfer.service';
import { ViewTransferTracker } from '../download/view-transfer-tracker';

/**
 * The documents cell of one order in the order history: an icon and count
 * per document type and a quick download of the newest invoice.
 */
@Component({
  selector: 'cx-exd-order-history-documents',
  templateUrl: './order-history-documents.component.html',
  styleUrls: ['./order-history-documents.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ViewTransferTracker],
})
export class ExstreamOrderHistoryDocumentsComponent {
  /** the order's documents: `undefined` while loading, `null` after an error */
  @Input() summary: OrderDocumentsSummary | null | undefined;

  constructor(
    protected transferService: DocumentTransferService,
    readonly transfers: ViewTransferTracker
  ) {}

  downloadInvoice(invoice: ExstreamDocument, event?: Event): void {
    // the row itself navigates to the order
    event?.stopPropagation();
    this.transfers.start(invoice.id, () =>
      this.transferService.downloadDocument(invoice)
    );
  }
}

import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  Input,
  OnDestroy,
} from '@angular/core';
import {
  DocumentType,
  ExstreamDocument,
  OrderDocumentsSummary,
} from '@exstream-spartacus/documents/root';
import { DocumentTransferService } from '../download/document-transfer.service';
import { TransferTracker } from '../download/transfer-tracker';

/** Icon names (see the library's icon configuration) per document type. */
export const DOCUMENT_TYPE_ICONS: Record<string, string> = {
  [DocumentType.ORDER_CONFIRMATION]: 'EXD_ORDER_CONFIRMATION',
  [DocumentType.INVOICE]: 'EXD_INVOICE',
  [DocumentType.CREDIT_NOTE]: 'EXD_CREDIT_NOTE',
  [DocumentType.SHIPMENT_NOTICE]: 'EXD_SHIPMENT_NOTICE',
  [DocumentType.WARRANTY]: 'EXD_WARRANTY',
  [DocumentType.POLICY]: 'EXD_POLICY',
};
const DEFAULT_ICON = 'EXD_DOCUMENT';

/**
 * The documents cell of one order in the order history: an icon and count
 * per document type and a quick download of the newest invoice.
 */
@Component({
  selector: 'cx-exd-order-history-documents',
  templateUrl: './order-history-documents.component.html',
  styleUrls: ['./order-history-documents.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExstreamOrderHistoryDocumentsComponent implements OnDestroy {
  /** the order's documents: `undefined` while loading, `null` after an error */
  @Input() summary: OrderDocumentsSummary | null | undefined;

  readonly transfers = new TransferTracker(() => this.cd.markForCheck());

  constructor(
    protected transferService: DocumentTransferService,
    protected cd: ChangeDetectorRef
  ) {}

  ngOnDestroy(): void {
    this.transfers.destroy();
  }

  iconOf(type: string): string {
    return DOCUMENT_TYPE_ICONS[type] ?? DEFAULT_ICON;
  }

  downloadInvoice(invoice: ExstreamDocument, event?: Event): void {
    // the row itself navigates to the order
    event?.stopPropagation();
    this.transfers.start(invoice.id, () =>
      this.transferService.downloadDocument(invoice)
    );
  }
}

import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  EventEmitter,
  HostBinding,
  Input,
  OnDestroy,
  Output,
} from '@angular/core';
import {
  DocumentsError,
  ExstreamDocument,
  GeneratableDocument,
  OrderDocumentsFacade,
} from '@exstream-spartacus/documents/root';
import { GlobalMessageService, GlobalMessageType } from '@spartacus/core';
import {
  DocumentRequests,
  DocumentRequestState,
  requestErrorKey,
} from '../document-requests';

/**
 * One document of an order that Exstream can still generate: "Request
 * document" with progress, the outcome announced, and the reason when it
 * failed. Emits `created` with the new document.
 */
@Component({
  // a list item of its group's list
  // eslint-disable-next-line @angular-eslint/component-selector
  selector: '[cx-exd-document-request]',
  templateUrl: './document-request.component.html',
  styleUrls: ['../order-document-row.scss', './document-request.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExstreamDocumentRequestComponent implements OnDestroy {
  @Input() item!: GeneratableDocument;
  @Input() orderCode!: string;
  @Output() created = new EventEmitter<ExstreamDocument>();

  @HostBinding('class.cx-exd-requestable') readonly hostClass = true;
  @HostBinding('attr.data-type') get type(): string {
    return this.item?.type;
  }

  protected readonly requests = new DocumentRequests();
  /** text for the polite live region (progress of the request) */
  announcement = '';

  constructor(
    protected orderDocumentsFacade: OrderDocumentsFacade,
    protected globalMessageService: GlobalMessageService,
    protected cd: ChangeDetectorRef
  ) {}

  get state(): DocumentRequestState | undefined {
    return this.requests.state(this.item);
  }

  request(): void {
    if (this.requests.isPending(this.item)) {
      return;
    }
    this.announcement = 'exstreamOrderDocuments.requesting';
    this.requests.start(
      this.item,
      () => this.orderDocumentsFacade.requestDocument(this.orderCode, this.item),
      {
        done: (document) => {
          this.globalMessageService.add(
            { key: 'exstreamOrderDocuments.requestDone', params: { title: document.title } },
            GlobalMessageType.MSG_TYPE_CONFIRMATION
          );
          this.announcement = '';
          this.created.emit(document);
        },
        failed: () => {
          this.announcement = '';
          this.cd.markForCheck();
        },
      }
    );
  }

  /** Translation key of the message for a failed request. */
  errorKey(error: DocumentsError): string {
    return requestErrorKey(error);
  }

  ngOnDestroy(): void {
    this.requests.destroy();
  }
}

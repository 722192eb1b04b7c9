import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  OnDestroy,
} from '@angular/core';
import {
  DocumentsError,
  ExstreamDocument,
  GeneratableDocument,
  OrderDocuments,
  OrderDocumentsFacade,
} from '@exstream-spartacus/documents/root';
import {
  GlobalMessageService,
  GlobalMessageType,
  RoutingService,
} from '@spartacus/core';
import { OrderDetailsService } from '@spartacus/order/components';
import {
  BehaviorSubject,
  combineLatest,
  Observable,
  of,
  Subscription,
} from 'rxjs';
import {
  catchError,
  distinctUntilChanged,
  filter,
  map,
  shareReplay,
  startWith,
  switchMap,
} from 'rxjs/operators';
import { DocumentTransferService } from '../download/document-transfer.service';
import { ViewTransferTracker } from '../download/view-transfer-tracker';
import { DocumentViewerService } from '../viewer/document-viewer.service';
import {
  DocumentGroup,
  groupOrderDocuments,
  OrderOutline,
  requestKey,
} from './order-document-groups';

export interface OrderDocumentsView {
  orderCode: string;
  loading: boolean;
  error?: DocumentsError;
  documents?: OrderDocuments;
  groups: DocumentGroup[];
}

interface DocumentsState {
  orderCode: string;
  loading: boolean;
  documents?: OrderDocuments;
  error?: DocumentsError;
}

/** State of a "Request document" action. */
export interface DocumentRequestState {
  pending: boolean;
  /** set when the last request failed */
  error?: DocumentsError;
}

/** The key under which the "Download all" transfer is tracked. */
const ARCHIVE_KEY = '#archive';

/**
 * The documents of the order shown on the order details page (order code from
 * the `orderDetails` route), grouped by what they belong to, each with
 * preview and download; "Download all" as one ZIP where the backend offers
 * it; "Request document" for the types the backend can still generate.
 */
@Component({
  selector: 'cx-exd-order-documents',
  templateUrl: './order-documents.component.html',
  styleUrls: ['./order-documents.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ViewTransferTracker],
})
export class ExstreamOrderDocumentsComponent implements OnDestroy {
  /** "Request document" states by `requestKey` */
  readonly requests = new Map<string, DocumentRequestState>();
  /** text for the polite live region (request progress and results) */
  announcement = '';

  protected readonly reload$ = new BehaviorSubject<void>(undefined);
  protected readonly subscriptions = new Subscription();

  readonly orderCode$: Observable<string> = this.routingService
    .getRouterState()
    .pipe(
      map((state) => state?.state?.params?.orderCode as string | undefined),
      filter((code): code is string => !!code),
      distinctUntilChanged()
    );

  /** the order (consignments and entries), once Spartacus has it; tolerates none */
  protected readonly order$: Observable<OrderOutline | undefined> = combineLatest([
    this.orderCode$,
    this.orderDetailsService.getOrderDetails().pipe(startWith(undefined)),
  ]).pipe(
    map(([code, order]) => (order?.code === code ? order : undefined)),
    distinctUntilChanged()
  );

  protected readonly documents$: Observable<DocumentsState> = combineLatest([
    this.orderCode$,
    this.reload$,
  ]).pipe(
    switchMap(([orderCode]) =>
      this.orderDocumentsFacade.getOrderDocuments(orderCode).pipe(
        map((documents): DocumentsState => ({ orderCode, loading: false, documents })),
        catchError((error: DocumentsError) =>
          of<DocumentsState>({ orderCode, loading: false, error })
        ),
        startWith<DocumentsState>({ orderCode, loading: true })
      )
    ),
    shareReplay({ bufferSize: 1, refCount: true })
  );

  readonly view$: Observable<OrderDocumentsView> = combineLatest([
    this.documents$,
    this.order$,
  ]).pipe(
    map(([state, order]) => ({
      ...state,
      groups: state.documents ? groupOrderDocuments(state.documents, order) : [],
    }))
  );

  readonly archiveAvailable$: Observable<boolean> = this.documents$.pipe(
    switchMap((state) =>
      state.documents?.documents.length
        ? this.orderDocumentsFacade.isArchiveAvailable(state.orderCode)
        : of(false)
    ),
    distinctUntilChanged()
  );

  constructor(
    protected routingService: RoutingService,
    protected orderDetailsService: OrderDetailsService,
    protected orderDocumentsFacade: OrderDocumentsFacade,
    protected transferService: DocumentTransferService,
    protected viewerService: DocumentViewerService,
    protected globalMessageService: GlobalMessageService,
    protected cd: ChangeDetectorRef,
    readonly transfers: ViewTransferTracker
  ) {}

  ngOnDestroy(): void {
    this.subscriptions.unsubscribe();
  }

  retry(): void {
    this.reload$.next();
  }

  /** @param opener where the focus returns when the viewer closes */
  preview(document: ExstreamDocument, opener?: HTMLElement): void {
    this.viewerService.open(document, opener);
  }

  download(document: ExstreamDocument): void {
    this.transfers.start(document.id, () =>
      this.transferService.downloadDocument(document)
    );
  }

  downloadAll(orderCode: string): void {
    this.transfers.start(ARCHIVE_KEY, () =>
      this.transferService.downloadArchive(orderCode)
    );
  }

  get archiveKey(): string {
    return ARCHIVE_KEY;
  }

  requestState(item: GeneratableDocument): DocumentRequestState | undefined {
    return this.requests.get(requestKey(item));
  }

  request(orderCode: string, item: GeneratableDocument): void {
    const key = requestKey(item);
    if (this.requests.get(key)?.pending) {
      return;
    }
    this.requests.set(key, { pending: true });
    this.announce('exstreamOrderDocuments.requesting');
    this.subscriptions.add(
      this.orderDocumentsFacade.requestDocument(orderCode, item).subscribe({
        next: (document) => {
          this.requests.delete(key);
          this.globalMessageService.add(
            {
              key: 'exstreamOrderDocuments.requestDone',
              params: { title: document.title },
            },
            GlobalMessageType.MSG_TYPE_CONFIRMATION
          );
          this.announcement = '';
          // the new document shows up in its group
          this.reload$.next();
        },
        error: (error: DocumentsError) => {
          this.requests.set(key, { pending: false, error });
          this.announcement = '';
          this.cd.markForCheck();
        },
      })
    );
  }

  /** Translation key of the message for a failed request. */
  requestErrorKey(error: DocumentsError): string {
    if (error.status === 503) {
      return error.retryAfterSeconds
        ? 'exstreamOrderDocuments.unavailableRetry'
        : 'exstreamOrderDocuments.unavailable';
    }
    return 'exstreamOrderDocuments.requestFailed';
  }

  trackGroup(_index: number, group: DocumentGroup): string {
    return group.id;
  }

  trackDocument(_index: number, document: ExstreamDocument): string {
    return document.id;
  }

  trackRequest(_index: number, item: GeneratableDocument): string {
    return requestKey(item);
  }

  protected announce(key: string): void {
    this.announcement = key;
    this.cd.markForCheck();
  }
}

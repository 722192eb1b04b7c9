import { ChangeDetectionStrategy, Component } from '@angular/core';
import {
  DocumentsError,
  ExstreamDocument,
  GeneratableDocument,
  OrderDocuments,
  OrderDocumentsFacade,
} from '@exstream-spartacus/documents/root';
import { RoutingService } from '@spartacus/core';
import { OrderDetailsService } from '@spartacus/order/components';
import { BehaviorSubject, combineLatest, Observable, of } from 'rxjs';
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
  styleUrls: ['./order-documents.component.scss', './order-document-row.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
  providers: [ViewTransferTracker],
})
export class ExstreamOrderDocumentsComponent {
  protected readonly reload$ = new BehaviorSubject<void>(undefined);

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
    readonly transfers: ViewTransferTracker
  ) {}

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

  trackGroup(_index: number, group: DocumentGroup): string {
    return group.id;
  }

  trackDocument(_index: number, document: ExstreamDocument): string {
    return document.id;
  }

  trackRequest(_index: number, item: GeneratableDocument): string {
    return requestKey(item);
  }
}

import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  OnDestroy,
  OnInit,
} from '@angular/core';
import { DomSanitizer, SafeHtml, SafeResourceUrl } from '@angular/platform-browser';
import {
  DocumentFile,
  DocumentsFacade,
  ExstreamDocument,
} from '@exstream-spartacus/documents/root';
import { ModalService } from '@spartacus/storefront';
import { from, Observable, of } from 'rxjs';
import {
  catchError,
  map,
  shareReplay,
  startWith,
  switchMap,
} from 'rxjs/operators';
import { DocumentTransferService } from '../download/document-transfer.service';
import { TransferTracker } from '../download/transfer-tracker';

export const DOCUMENT_VIEWER_TITLE_ID = 'cx-exd-viewer-title';

export type ViewerState =
  | { status: 'loading' }
  /** shown inline from a signed URL (PDF in the browser's viewer, or HTML) */
  | { status: 'link'; url: string; frameUrl: SafeResourceUrl; html: boolean }
  /** an HTML notice fetched with the shopper's token, shown through `srcdoc` */
  | { status: 'html'; html: SafeHtml }
  /** cannot be shown inline here: offer the download */
  | { status: 'unavailable' }
  | { status: 'error' };

/**
 * Shows one document in a dialog: PDFs in the browser's own PDF viewer and
 * HTML notices in a sandboxed frame (no scripts, no same origin), both from a
 * signed link, never from a blob URL. "Open in new tab" is a plain link
 * created with the signed URL, so it works with popup blockers and on iOS
 * Safari. Without a signed link the dialog offers the download instead.
 *
 * The dialog (ng-bootstrap through Spartacus' `ModalService`) traps the focus,
 * closes on Escape and returns the focus to the element that opened it.
 */
@Component({
  selector: 'cx-exd-document-viewer',
  templateUrl: './document-viewer.component.html',
  styleUrls: ['./document-viewer.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExstreamDocumentViewerComponent implements OnInit, OnDestroy {
  /** set by `DocumentViewerService` right after the dialog was created */
  document!: ExstreamDocument;

  readonly titleId = DOCUMENT_VIEWER_TITLE_ID;
  state$: Observable<ViewerState> = of({ status: 'loading' });
  readonly transfers = new TransferTracker(() => this.cd.markForCheck());

  constructor(
    protected documentsFacade: DocumentsFacade,
    protected transferService: DocumentTransferService,
    protected modalService: ModalService,
    protected sanitizer: DomSanitizer,
    protected cd: ChangeDetectorRef
  ) {}

  ngOnInit(): void {
    // body and footer both read the state: one link request for both
    this.state$ = this.loadState().pipe(
      startWith<ViewerState>({ status: 'loading' }),
      shareReplay({ bufferSize: 1, refCount: true })
    );
  }

  ngOnDestroy(): void {
    this.transfers.destroy();
  }

  get isPdf(): boolean {
    return isPdf(this.document?.mimeType);
  }

  close(): void {
    this.modalService.dismissActiveModal('close');
  }

  download(): void {
    this.transfers.start(this.document.id, () =>
      this.transferService.downloadDocument(this.document)
    );
  }

  protected loadState(): Observable<ViewerState> {
    const html = isHtml(this.document?.mimeType);
    if (!html && !this.isPdf) {
      return of({ status: 'unavailable' });
    }
    return this.documentsFacade.getDocumentLink(this.document.id).pipe(
      switchMap((link): Observable<ViewerState> => {
        if (link && isHttpUrl(link.url)) {
          return of({
            status: 'link',
            url: link.url,
            // a signed http(s) URL from our own backend; HTML is sandboxed in the template
            frameUrl: this.sanitizer.bypassSecurityTrustResourceUrl(link.url),
            html,
          });
        }
        return html ? this.loadHtml() : of<ViewerState>({ status: 'unavailable' });
      }),
      catchError(() => of<ViewerState>({ status: 'error' }))
    );
  }

  /** HTML notices can still be shown without a signed link: as `srcdoc` of the sandboxed frame. */
  protected loadHtml(): Observable<ViewerState> {
    return this.documentsFacade
      .getDocumentContent(this.document.id, 'inline')
      .pipe(
        switchMap((file: DocumentFile) => from(file.blob.text())),
        map(
          (text): ViewerState => ({
            status: 'html',
            // rendered only inside <iframe sandbox="">: scripts cannot run
            html: this.sanitizer.bypassSecurityTrustHtml(text),
          })
        )
      );
  }
}

export function isPdf(mimeType: string | undefined): boolean {
  return /^application\/pdf\b/i.test(mimeType ?? '');
}

export function isHtml(mimeType: string | undefined): boolean {
  return /^(text\/html|application\/xhtml\+xml)\b/i.test(mimeType ?? '');
}

function isHttpUrl(url: string | undefined): url is string {
  return /^https?:\/\//i.test(url ?? '');
}

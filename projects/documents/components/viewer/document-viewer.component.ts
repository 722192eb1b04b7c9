import {
  ChangeDetectionStrategy,
  ChangeDetectorRef,
  Component,
  ElementRef,
  HostListener,
  OnDestroy,
  OnInit,
} from '@angular/core';
import { DomSanitizer, SafeHtml, SafeResourceUrl } from '@angular/platform-browser';
import { NavigationStart, Router } from '@angular/router';
import {
  DocumentFile,
  DocumentsFacade,
  ExstreamDocument,
} from '@exstream-spartacus/documents/root';
import { FocusConfig, LaunchDialogService } from '@spartacus/storefront';
import { from, Observable, of, Subscription } from 'rxjs';
import {
  catchError,
  filter,
  map,
  shareReplay,
  startWith,
  switchMap,
  take,
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
 * Opened by `DocumentViewerService` through Spartacus' `LaunchDialogService`,
 * which renders it into the app root and hands it the document as dialog
 * data. The focus stays inside; Escape, a click on the backdrop and leaving
 * the page close it.
 */
@Component({
  selector: 'cx-exd-document-viewer',
  templateUrl: './document-viewer.component.html',
  styleUrls: ['./document-viewer.component.scss'],
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExstreamDocumentViewerComponent implements OnInit, OnDestroy {
  readonly titleId = DOCUMENT_VIEWER_TITLE_ID;
  readonly focusConfig: FocusConfig = {
    trap: true,
    block: true,
    autofocus: true,
    focusOnEscape: true,
  };

  /**
   * The data of the launch dialog is shared by every dialog of the app: keep
   * the document this dialog was opened with.
   */
  readonly document$: Observable<ExstreamDocument> =
    this.launchDialogService.data$.pipe(
      filter(isExstreamDocument),
      take(1),
      shareReplay(1)
    );

  // body and footer both read the state: one link request for both
  readonly state$: Observable<ViewerState> = this.document$.pipe(
    switchMap((document) =>
      this.loadState(document).pipe(
        startWith<ViewerState>({ status: 'loading' })
      )
    ),
    shareReplay({ bufferSize: 1, refCount: true })
  );

  readonly transfers = new TransferTracker(() => this.cd.markForCheck());

  protected readonly subscriptions = new Subscription();
  /** a press that ends on the backdrop but began in the dialog (e.g. selecting text) is no backdrop click */
  protected pressedOnBackdrop = false;

  constructor(
    protected documentsFacade: DocumentsFacade,
    protected transferService: DocumentTransferService,
    protected launchDialogService: LaunchDialogService,
    protected sanitizer: DomSanitizer,
    protected cd: ChangeDetectorRef,
    protected elementRef: ElementRef<HTMLElement>,
    protected router: Router
  ) {}

  ngOnInit(): void {
    // rendered into the app root, the dialog would outlive the page it belongs to
    this.subscriptions.add(
      this.router.events
        .pipe(filter((event) => event instanceof NavigationStart))
        .subscribe(() => this.close('navigation'))
    );
  }

  ngOnDestroy(): void {
    this.transfers.destroy();
    this.subscriptions.unsubscribe();
  }

  @HostListener('mousedown', ['$event'])
  onPress(event: MouseEvent): void {
    this.pressedOnBackdrop = event.target === this.elementRef.nativeElement;
  }

  /** the host is the backdrop around the dialog */
  @HostListener('click', ['$event'])
  onClick(event: MouseEvent): void {
    if (this.pressedOnBackdrop && event.target === this.elementRef.nativeElement) {
      this.close('backdrop');
    }
    this.pressedOnBackdrop = false;
  }

  /** whether the document is shown in a frame, which then gets the dialog's full height */
  isFramed(state: ViewerState | null): boolean {
    return state?.status === 'link' || state?.status === 'html';
  }

  close(reason = 'close'): void {
    this.launchDialogService.closeDialog(reason);
  }

  protected loadState(document: ExstreamDocument): Observable<ViewerState> {
    const html = isHtml(document.mimeType);
    if (!html && !isPdf(document.mimeType)) {
      return of({ status: 'unavailable' });
    }
    return this.documentsFacade.getDocumentLink(document.id, 'inline', document.orgUnitId).pipe(
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
        return html
          ? this.loadHtml(document)
          : of<ViewerState>({ status: 'unavailable' });
      }),
      catchError(() => of<ViewerState>({ status: 'error' }))
    );
  }

  /** HTML notices can still be shown without a signed link: as `srcdoc` of the sandboxed frame. */
  protected loadHtml(document: ExstreamDocument): Observable<ViewerState> {
    return this.documentsFacade
      .getDocumentContent(document.id, 'inline', document.orgUnitId)
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

function isExstreamDocument(data: unknown): data is ExstreamDocument {
  return typeof (data as ExstreamDocument | undefined)?.id === 'string';
}

import {
  Component,
  ElementRef,
  EventEmitter,
  Input,
  OnChanges,
  OnDestroy,
  Optional,
  Output,
  ViewChild,
} from '@angular/core';
import { Router } from '@angular/router';
import {
  DocumentActionTarget,
  DocumentsFacade,
  ExstreamDocument,
  ExstreamDocumentsConfig,
  resolveDocumentActionUrl,
} from '@exstream-spartacus/documents/root';
import { WindowRef } from '@spartacus/core';
import {
  DocumentTransferService,
  TransferProgress,
} from '../download/document-transfer.service';
import { TransferTracker } from '../download/transfer-tracker';

/**
 * Where the actions are shown: `list` (a row of a document list, link-style
 * buttons) or `viewer` (the footer of the document viewer).
 */
export type DocumentActionsVariant = 'list' | 'viewer';

/**
 * The actions of one document: preview, download and — when the document
 * has a valid `actionUrl` — its call to action. Preview and download mark an
 * unread document read; the host opens the preview (`previewRequested`) and
 * hands the viewer `previewTrigger`, where the focus returns when it closes.
 *
 * Default change detection on purpose: a host passing its own
 * `TransferTracker` marks itself for check, which must refresh these buttons.
 */
@Component({
  selector: 'cx-exd-document-actions',
  templateUrl: './document-actions.component.html',
  styleUrls: ['./document-actions.component.scss'],
})
export class ExstreamDocumentActionsComponent implements OnChanges, OnDestroy {
  @Input() document!: ExstreamDocument;
  @Input() variant: DocumentActionsVariant = 'list';
  @Input() showPreview = true;
  @Input() showDownload = true;
  @Input() showAction = true;
  /**
   * Shares running downloads with the host (e.g. to disable a button the
   * host renders too); without one the component keeps its own.
   */
  @Input() transfers?: TransferTracker;
  /**
   * Emits the document when the shopper asks for its preview; the host opens
   * it (e.g. with `DocumentViewerService.open(document, previewTrigger)`, which
   * this component cannot use because the viewer itself shows these actions).
   */
  @Output() previewRequested = new EventEmitter<ExstreamDocument>();
  /** emits when the shopper follows the call to action (e.g. to close a dialog) */
  @Output() actionFollowed = new EventEmitter<DocumentActionTarget>();

  @ViewChild('previewButton') protected previewButton?: ElementRef<HTMLElement>;

  /** the preview button: the viewer returns the focus to it when it closes */
  get previewTrigger(): HTMLElement | undefined {
    return this.previewButton?.nativeElement;
  }

  /** the validated call to action; `undefined`: no button */
  action?: DocumentActionTarget;

  protected readonly ownTransfers = new TransferTracker(() => undefined);
  /** documents this component already marked read */
  protected readonly markedRead = new Set<string>();

  constructor(
    protected documentsFacade: DocumentsFacade,
    protected transferService: DocumentTransferService,
    protected config: ExstreamDocumentsConfig,
    protected winRef: WindowRef,
    @Optional() protected router?: Router
  ) {}

  ngOnChanges(): void {
    const origin = this.winRef.isBrowser()
      ? this.winRef.location?.origin
      : undefined;
    this.action = resolveDocumentActionUrl(
      this.document?.actionUrl,
      origin,
      this.config.exstreamDocuments?.actions?.allowedHosts ?? []
    );
  }

  ngOnDestroy(): void {
    this.ownTransfers.destroy();
  }

  get tracker(): TransferTracker {
    return this.transfers ?? this.ownTransfers;
  }

  get isDownloading(): boolean {
    return this.tracker.isRunning(this.document.id);
  }

  get progress(): TransferProgress | undefined {
    return this.tracker.progress(this.document.id);
  }

  /** `href` of the call to action */
  get actionHref(): string {
    if (!this.action) {
      return '';
    }
    return this.action.kind === 'internal' ? this.action.path : this.action.url;
  }

  preview(): void {
    this.markRead();
    this.previewRequested.emit(this.document);
  }

  download(): void {
    this.markRead();
    const document = this.document;
    // in the viewer (full screen on phones) through a signed link, which iOS Safari saves
    this.tracker.start(document.id, () =>
      this.variant === 'viewer'
        ? this.transferService.downloadThroughLink(document)
        : this.transferService.downloadDocument(document)
    );
  }

  /**
   * Same-site targets navigate inside the app; a click with a modifier key
   * (new tab or window) keeps the browser's own behaviour.
   */
  followAction(event: MouseEvent): void {
    if (this.action) {
      this.actionFollowed.emit(this.action);
    }
    if (
      this.action?.kind !== 'internal' ||
      !this.router ||
      event.button !== 0 ||
      event.ctrlKey ||
      event.metaKey ||
      event.shiftKey ||
      event.altKey
    ) {
      return;
    }
    event.preventDefault();
    this.router.navigateByUrl(this.action.path);
  }

  actionLabel(): string | undefined {
    return this.document.actionLabel?.trim() || undefined;
  }

  protected markRead(): void {
    const document = this.document;
    if (document.read !== false || this.markedRead.has(document.id)) {
      return;
    }
    this.markedRead.add(document.id);
    this.documentsFacade.markRead(document.id, document.orgUnitId);
  }
}

import { ElementRef, Injectable } from '@angular/core';
import { ExstreamDocument } from '@exstream-spartacus/documents/root';
import { WindowRef } from '@spartacus/core';
import { LaunchDialogService } from '@spartacus/storefront';
import { EXSTREAM_DOCUMENT_VIEWER } from './document-viewer-layout.config';

/** Opens the document viewer dialog. Does nothing outside the browser. */
@Injectable({ providedIn: 'root' })
export class DocumentViewerService {
  constructor(
    protected launchDialogService: LaunchDialogService,
    protected winRef: WindowRef
  ) {}

  /**
   * @param opener the element that receives the focus again when the dialog
   *   closes; without one, the element focused when the dialog opened
   */
  open(document: ExstreamDocument, opener?: HTMLElement): void {
    if (!this.winRef.isBrowser()) {
      return;
    }
    const focusReturn = opener ?? this.focusedElement();
    // subscribed here, not by the caller: the dialog must still close (and
    // return the focus) when the component that opened it is gone by then
    this.launchDialogService.openDialogAndSubscribe(
      EXSTREAM_DOCUMENT_VIEWER,
      focusReturn ? new ElementRef(focusReturn) : undefined,
      document
    );
  }

  protected focusedElement(): HTMLElement | undefined {
    const active = this.winRef.document?.activeElement;
    return active instanceof HTMLElement ? active : undefined;
  }
}

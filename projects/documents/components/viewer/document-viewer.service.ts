import { Injectable } from '@angular/core';
import { ExstreamDocument } from '@exstream-spartacus/documents/root';
import { WindowRef } from '@spartacus/core';
import { ModalRef, ModalService } from '@spartacus/storefront';
import {
  DOCUMENT_VIEWER_TITLE_ID,
  ExstreamDocumentViewerComponent,
} from './document-viewer.component';

/** Opens the document viewer dialog. Does nothing outside the browser. */
@Injectable({ providedIn: 'root' })
export class DocumentViewerService {
  constructor(
    protected modalService: ModalService,
    protected winRef: WindowRef
  ) {}

  open(document: ExstreamDocument): ModalRef | undefined {
    if (!this.winRef.isBrowser()) {
      return undefined;
    }
    const modal = this.modalService.open(ExstreamDocumentViewerComponent, {
      ariaLabelledBy: DOCUMENT_VIEWER_TITLE_ID,
      size: 'xl',
      centered: true,
      windowClass: 'cx-exd-viewer-window',
    });
    (modal.componentInstance as ExstreamDocumentViewerComponent).document =
      document;
    return modal;
  }
}

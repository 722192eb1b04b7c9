import { TestBed } from '@angular/core/testing';
import { ExstreamDocument } from '@exstream-spartacus/documents/root';
import { WindowRef } from '@spartacus/core';
import { ModalService } from '@spartacus/storefront';
import { ExstreamDocumentViewerComponent } from './document-viewer.component';
import { DocumentViewerService } from './document-viewer.service';

describe('DocumentViewerService', () => {
  let modal: jasmine.SpyObj<ModalService>;
  let browser: boolean;
  const document = { id: 'd-1', title: 'Invoice' } as ExstreamDocument;

  beforeEach(() => {
    browser = true;
    modal = jasmine.createSpyObj('ModalService', ['open']);
    modal.open.and.returnValue({ componentInstance: {} } as any);
    TestBed.configureTestingModule({
      providers: [
        { provide: ModalService, useValue: modal },
        { provide: WindowRef, useValue: { isBrowser: () => browser } },
      ],
    });
  });

  it('opens the viewer as a dialog labelled by its title and hands it the document', () => {
    const ref = TestBed.inject(DocumentViewerService).open(document);
    expect(modal.open).toHaveBeenCalledWith(
      ExstreamDocumentViewerComponent,
      jasmine.objectContaining({ ariaLabelledBy: 'cx-exd-viewer-title' })
    );
    expect((ref?.componentInstance as ExstreamDocumentViewerComponent).document).toBe(document);
  });

  it('does nothing on the server', () => {
    browser = false;
    expect(TestBed.inject(DocumentViewerService).open(document)).toBeUndefined();
    expect(modal.open).not.toHaveBeenCalled();
  });
});

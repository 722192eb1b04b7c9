import { ElementRef } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ExstreamDocument } from '@exstream-spartacus/documents/root';
import { WindowRef } from '@spartacus/core';
import { DIALOG_TYPE, LaunchDialogService } from '@spartacus/storefront';
import {
  defaultDocumentViewerLayoutConfig,
  EXSTREAM_DOCUMENT_VIEWER,
} from './document-viewer-layout.config';
import { ExstreamDocumentViewerComponent } from './document-viewer.component';
import { DocumentViewerService } from './document-viewer.service';

describe('DocumentViewerService', () => {
  let launchDialog: jasmine.SpyObj<LaunchDialogService>;
  let browser: boolean;
  const document = { id: 'd-1', title: 'Invoice' } as ExstreamDocument;
  let trigger: HTMLButtonElement;

  beforeEach(() => {
    browser = true;
    launchDialog = jasmine.createSpyObj('LaunchDialogService', [
      'openDialogAndSubscribe',
      'openDialog',
    ]);
    trigger = window.document.createElement('button');
    window.document.body.appendChild(trigger);
    TestBed.configureTestingModule({
      providers: [
        { provide: LaunchDialogService, useValue: launchDialog },
        {
          provide: WindowRef,
          useValue: { isBrowser: () => browser, document: window.document },
        },
      ],
    });
  });

  afterEach(() => trigger.remove());

  it('opens the viewer dialog with the document as its data', () => {
    TestBed.inject(DocumentViewerService).open(document, trigger);
    expect(launchDialog.openDialogAndSubscribe).toHaveBeenCalledWith(
      EXSTREAM_DOCUMENT_VIEWER,
      jasmine.any(ElementRef),
      document
    );
  });

  it('hands the dialog the element to return the focus to', () => {
    TestBed.inject(DocumentViewerService).open(document, trigger);
    const opener = launchDialog.openDialogAndSubscribe.calls.mostRecent()
      .args[1] as ElementRef;
    expect(opener.nativeElement).toBe(trigger);
  });

  it('returns the focus to the element focused at opening when no opener is given', () => {
    trigger.focus();
    TestBed.inject(DocumentViewerService).open(document);
    const opener = launchDialog.openDialogAndSubscribe.calls.mostRecent()
      .args[1] as ElementRef;
    expect(opener.nativeElement).toBe(trigger);
  });

  it('does nothing on the server', () => {
    browser = false;
    expect(TestBed.inject(DocumentViewerService).open(document, trigger)).toBeUndefined();
    expect(launchDialog.openDialogAndSubscribe).not.toHaveBeenCalled();
    expect(launchDialog.openDialog).not.toHaveBeenCalled();
  });

  it('configures the viewer as a dialog rendered into the app root', () => {
    expect(defaultDocumentViewerLayoutConfig.launch?.[EXSTREAM_DOCUMENT_VIEWER]).toEqual({
      inlineRoot: true,
      component: ExstreamDocumentViewerComponent,
      dialogType: DIALOG_TYPE.DIALOG,
    });
  });
});

import { TestBed } from '@angular/core/testing';
import { WindowRef } from '@spartacus/core';
import { FileDownloadService } from '@spartacus/storefront';
import { DocumentDownloadService } from './document-download.service';

describe('DocumentDownloadService', () => {
  let fileDownloadService: jasmine.SpyObj<FileDownloadService>;
  let fakeWindow: any;
  let isBrowser: boolean;

  beforeEach(() => {
    isBrowser = true;
    fakeWindow = {
      URL: {
        createObjectURL: jasmine.createSpy('createObjectURL').and.returnValue('blob:doc-1'),
        revokeObjectURL: jasmine.createSpy('revokeObjectURL'),
      },
      setTimeout: jasmine.createSpy('setTimeout').and.callFake((fn: () => void) => fn()),
    };
    fileDownloadService = jasmine.createSpyObj('FileDownloadService', ['download']);
    TestBed.configureTestingModule({
      providers: [
        { provide: FileDownloadService, useValue: fileDownloadService },
        {
          provide: WindowRef,
          useValue: {
            isBrowser: () => isBrowser,
            get nativeWindow() {
              return isBrowser ? fakeWindow : undefined;
            },
          },
        },
      ],
    });
  });

  it('saves the blob under the given file name and releases the URL', () => {
    const service = TestBed.inject(DocumentDownloadService);
    const blob = new Blob(['%PDF'], { type: 'application/pdf' });
    const saved = service.save({ blob, fileName: 'Invoice INV-1.pdf', mimeType: 'application/pdf' });
    expect(saved).toBe(true);
    expect(fakeWindow.URL.createObjectURL).toHaveBeenCalledWith(blob);
    expect(fileDownloadService.download).toHaveBeenCalledWith('blob:doc-1', 'Invoice INV-1.pdf');
    expect(fakeWindow.URL.revokeObjectURL).toHaveBeenCalledWith('blob:doc-1');
  });

  it('adds the MIME type to an untyped blob', () => {
    const service = TestBed.inject(DocumentDownloadService);
    service.save({ blob: new Blob(['%PDF']), fileName: 'a.pdf', mimeType: 'application/pdf' });
    const passed: Blob = fakeWindow.URL.createObjectURL.calls.mostRecent().args[0];
    expect(passed.type).toBe('application/pdf');
  });

  it('does nothing outside the browser', () => {
    isBrowser = false;
    const service = TestBed.inject(DocumentDownloadService);
    expect(
      service.save({ blob: new Blob([]), fileName: 'a.pdf', mimeType: 'application/pdf' })
    ).toBe(false);
    expect(fileDownloadService.download).not.toHaveBeenCalled();
  });
});

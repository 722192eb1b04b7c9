import { TestBed } from '@angular/core/testing';
import {
  DocumentBulkFacade,
  DocumentFile,
  DocumentsFacade,
  DocumentTransferEvent,
  ExstreamDocument,
  OrderDocumentsFacade,
} from '@exstream-spartacus/documents/root';
import { GlobalMessageService, GlobalMessageType, WindowRef } from '@spartacus/core';
import { of, throwError } from 'rxjs';
import { DocumentDownloadService } from './document-download.service';
import { DocumentTransferService, TransferProgress } from './document-transfer.service';

const file: DocumentFile = {
  blob: new Blob(['%PDF']),
  fileName: 'Invoice INV-1.pdf',
  mimeType: 'application/pdf',
};
const invoice = { id: 'd-1', title: 'Invoice 1' } as ExstreamDocument;

describe('DocumentTransferService', () => {
  let service: DocumentTransferService;
  let documents: jasmine.SpyObj<DocumentsFacade>;
  let orders: jasmine.SpyObj<OrderDocumentsFacade>;
  let saver: jasmine.SpyObj<DocumentDownloadService>;
  let messages: jasmine.SpyObj<GlobalMessageService>;
  let location: jasmine.SpyObj<Location>;
  let bulk: jasmine.SpyObj<DocumentBulkFacade>;

  beforeEach(() => {
    bulk = jasmine.createSpyObj('DocumentBulkFacade', ['downloadArchive', 'downloadExport']);
    documents = jasmine.createSpyObj('DocumentsFacade', ['downloadDocumentContent', 'getDocumentLink']);
    location = jasmine.createSpyObj<Location>('Location', ['assign']);
    orders = jasmine.createSpyObj('OrderDocumentsFacade', ['downloadArchive']);
    saver = jasmine.createSpyObj('DocumentDownloadService', ['save']);
    saver.save.and.returnValue(true);
    messages = jasmine.createSpyObj('GlobalMessageService', ['add']);
    TestBed.configureTestingModule({
      providers: [
        { provide: DocumentsFacade, useValue: documents },
        { provide: OrderDocumentsFacade, useValue: orders },
        { provide: DocumentBulkFacade, useValue: bulk },
        { provide: DocumentDownloadService, useValue: saver },
        { provide: GlobalMessageService, useValue: messages },
        {
          provide: WindowRef,
          useValue: { isBrowser: () => true, nativeWindow: { location } },
        },
      ],
    });
    service = TestBed.inject(DocumentTransferService);
  });

  function run(events: DocumentTransferEvent[]): { progress: TransferProgress[]; completed: boolean } {
    documents.downloadDocumentContent.and.returnValue(of(...events));
    const progress: TransferProgress[] = [];
    let completed = false;
    service.downloadDocument(invoice).subscribe({
      next: (p) => progress.push(p),
      complete: () => (completed = true),
    });
    return { progress, completed };
  }

  it('reports progress in percent and saves the file', () => {
    const result = run([
      { kind: 'progress', loaded: 0 },
      { kind: 'progress', loaded: 512, total: 2048 },
      { kind: 'progress', loaded: 2048, total: 2048 },
      { kind: 'done', file },
    ]);
    expect(result.progress).toEqual([{}, { percent: 25 }, { percent: 100 }]);
    expect(result.completed).toBe(true);
    expect(saver.save).toHaveBeenCalledWith(file);
    expect(messages.add).not.toHaveBeenCalled();
  });

  it('reports a failed request through the global messages and completes', () => {
    documents.downloadDocumentContent.and.returnValue(throwError({ status: 500 }));
    let completed = false;
    service.downloadDocument(invoice).subscribe({ complete: () => (completed = true) });
    expect(completed).toBe(true);
    expect(messages.add).toHaveBeenCalledWith(
      { key: 'exstreamDocuments.downloadFailed', params: { title: 'Invoice 1' } },
      GlobalMessageType.MSG_TYPE_ERROR
    );
  });

  it('leaves an expired session (401) to Spartacus', () => {
    documents.downloadDocumentContent.and.returnValue(throwError({ status: 401 }));
    service.downloadDocument(invoice).subscribe();
    expect(messages.add).not.toHaveBeenCalled();
  });

  it('reports when the browser cannot save', () => {
    saver.save.and.returnValue(false);
    run([{ kind: 'done', file }]);
    expect(messages.add).toHaveBeenCalled();
  });

  it('downloads an order archive', () => {
    orders.downloadArchive.and.returnValue(of<DocumentTransferEvent>({ kind: 'done', file }));
    service.downloadArchive('100012').subscribe();
    expect(orders.downloadArchive).toHaveBeenCalledWith('100012');
    expect(saver.save).toHaveBeenCalledWith(file);

    orders.downloadArchive.and.returnValue(throwError({ status: 404 }));
    service.downloadArchive('100012').subscribe();
    expect(messages.add).toHaveBeenCalledWith(
      { key: 'exstreamOrderDocuments.downloadAllFailed', params: { code: '100012' } },
      GlobalMessageType.MSG_TYPE_ERROR
    );
  });

  describe('through a signed link', () => {
    it('opens an attachment link of the document, without fetching its bytes', () => {
      documents.getDocumentLink.and.returnValue(
        of({ url: 'https://shop.example.com/links/d-1?signature=s', expiresAt: 'x' })
      );
      let completed = false;
      service.downloadThroughLink(invoice).subscribe({ complete: () => (completed = true) });
      expect(documents.getDocumentLink).toHaveBeenCalledWith('d-1', 'attachment', undefined);
      expect(location.assign).toHaveBeenCalledWith('https://shop.example.com/links/d-1?signature=s');
      expect(documents.downloadDocumentContent).not.toHaveBeenCalled();
      expect(completed).toBe(true);
    });

    it('fetches and saves the bytes when the backend offers no signed links', () => {
      documents.getDocumentLink.and.returnValue(of(null));
      documents.downloadDocumentContent.and.returnValue(of<DocumentTransferEvent>({ kind: 'done', file }));
      service.downloadThroughLink(invoice).subscribe();
      expect(location.assign).not.toHaveBeenCalled();
      expect(saver.save).toHaveBeenCalledWith(file);
    });

    it('reports a link that could not be made, and leaves a 401 to Spartacus', () => {
      documents.getDocumentLink.and.returnValue(throwError({ status: 404 }));
      service.downloadThroughLink(invoice).subscribe();
      expect(messages.add).toHaveBeenCalledWith(
        { key: 'exstreamDocuments.downloadFailed', params: { title: 'Invoice 1' } },
        GlobalMessageType.MSG_TYPE_ERROR
      );
      messages.add.calls.reset();
      documents.getDocumentLink.and.returnValue(throwError({ status: 401 }));
      service.downloadThroughLink(invoice).subscribe();
      expect(messages.add).not.toHaveBeenCalled();
      expect(location.assign).not.toHaveBeenCalled();
    });
  });

  describe('many documents at once', () => {
    const zip: DocumentFile = { blob: new Blob(['PK']), fileName: 'documents-2026-12-02.zip', mimeType: 'application/zip' };

    it('saves the ZIP of the selected documents', () => {
      bulk.downloadArchive.and.returnValue(of<DocumentTransferEvent>({ kind: 'done', file: zip }));
      service.downloadSelection({ ids: ['a', 'b'] }).subscribe();
      expect(bulk.downloadArchive).toHaveBeenCalledWith({ ids: ['a', 'b'] }, undefined);
      expect(saver.save).toHaveBeenCalledWith(zip);
    });

    it('says how many documents matched and the limit when the ZIP is refused as too large', () => {
      bulk.downloadArchive.and.returnValue(
        throwError({
          status: 400,
          type: 'ArchiveTooLargeError',
          archiveLimit: { count: 2345, limit: 2000, totalBytes: 1, byteLimit: 2 },
        })
      );
      service.downloadSelection({ filter: { query: 'INV' } }).subscribe();
      expect(messages.add).toHaveBeenCalledWith(
        { key: 'exstreamDocuments.bulk.tooMany', params: { count: 2345, limit: 2000 } },
        GlobalMessageType.MSG_TYPE_ERROR
      );
    });

    it('reports a failed export', () => {
      bulk.downloadExport.and.returnValue(throwError({ status: 503 }));
      service.exportList({ unread: true }).subscribe();
      expect(bulk.downloadExport).toHaveBeenCalledWith({ unread: true }, undefined);
      expect(messages.add).toHaveBeenCalledWith(
        { key: 'exstreamDocuments.bulk.exportFailed' },
        GlobalMessageType.MSG_TYPE_ERROR
      );
    });
  });
});

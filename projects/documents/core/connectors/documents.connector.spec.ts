import { TestBed } from '@angular/core/testing';
import { DocumentList, DocumentType } from '@exstream-spartacus/documents/root';
import { of } from 'rxjs';
import { DocumentsAdapter } from './documents.adapter';
import { DocumentsConnector } from './documents.connector';

const list: DocumentList = {
  documents: [],
  pagination: { currentPage: 0, pageSize: 10, totalPages: 0, totalResults: 0 },
  sorts: [],
  facets: { types: [] },
};

describe('DocumentsConnector', () => {
  let connector: DocumentsConnector;
  let adapter: jasmine.SpyObj<DocumentsAdapter>;

  beforeEach(() => {
    adapter = jasmine.createSpyObj<DocumentsAdapter>('DocumentsAdapter', [
      'loadList',
      'load',
      'loadContent',
      'markRead',
      'resend',
    ]);
    TestBed.configureTestingModule({
      providers: [
        DocumentsConnector,
        { provide: DocumentsAdapter, useValue: adapter },
      ],
    });
    connector = TestBed.inject(DocumentsConnector);
  });

  it('getList delegates to the adapter', () => {
    adapter.loadList.and.returnValue(of(list));
    const params = { types: [DocumentType.INVOICE], currentPage: 1 };
    let result: DocumentList | undefined;
    connector.getList('current', params).subscribe((r) => (result = r));
    expect(adapter.loadList).toHaveBeenCalledWith('current', params);
    expect(result).toBe(list);
  });

  it('get delegates to the adapter', () => {
    adapter.load.and.returnValue(of({} as any));
    connector.get('current', 'd-1').subscribe();
    expect(adapter.load).toHaveBeenCalledWith('current', 'd-1', undefined);
  });

  it('getContent delegates to the adapter', () => {
    const file = { blob: new Blob([]), fileName: 'a.pdf', mimeType: 'application/pdf' };
    adapter.loadContent.and.returnValue(of(file));
    let result: unknown;
    connector.getContent('current', 'd-1', 'inline').subscribe((r) => (result = r));
    expect(adapter.loadContent).toHaveBeenCalledWith('current', 'd-1', 'inline', undefined);
    expect(result).toBe(file);
  });
  it('markRead delegates to the adapter', () => {
    const marked = { id: 'd-1', type: DocumentType.INVOICE, title: 'Invoice', number: 'INV-1', createdAt: '2026-11-01T00:00:00Z', mimeType: 'application/pdf', size: 10, read: true };
    adapter.markRead.and.returnValue(of(marked));
    let answer: unknown;
    connector.markRead('current', 'd-1').subscribe((document) => (answer = document));
    expect(adapter.markRead).toHaveBeenCalledWith('current', 'd-1', undefined);
    expect(answer).toBe(marked);
  });
  it('resend delegates to the adapter', () => {
    const receipt = { documentId: 'd-1', channel: 'EMAIL' as const, requestedAt: '2026-12-01T10:00:00Z' };
    adapter.resend.and.returnValue(of(receipt));
    let answer: unknown;
    connector.resend('current', 'd-1', 'EMAIL').subscribe((r) => (answer = r));
    expect(adapter.resend).toHaveBeenCalledWith('current', 'd-1', 'EMAIL');
    expect(answer).toBe(receipt);
  });
});

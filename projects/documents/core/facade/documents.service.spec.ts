import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import {
  DocumentLink,
  DocumentList,
  DocumentsError,
  DocumentTransferEvent,
  DocumentSearchParams,
  DocumentType,
  ExstreamDocumentsConfig,
} from '@exstream-spartacus/documents/root';
import { OCC_USER_ID_ANONYMOUS, UserIdService } from '@spartacus/core';
import { of, Subject, Subscription, throwError } from 'rxjs';
import { DocumentsConnector } from '../connectors/documents.connector';
import { DocumentsService } from './documents.service';
import { documentListOf, fakeDocument } from '../../testing/document-fixtures';
import { MockUserIdService } from '../../testing/mock-user-id.service';

function listOf(page: number): DocumentList {
  return documentListOf([fakeDocument({ id: `d-${page}`, number: `INV-${page}` })], {
    pagination: { currentPage: page, pageSize: 10, totalPages: 3, totalResults: 21 },
    facets: { types: [{ code: 'INVOICE', count: 21 }] },
  });
}

describe('DocumentsService', () => {
  let service: DocumentsService;
  let connector: jasmine.SpyObj<DocumentsConnector>;
  let userIdService: MockUserIdService;
  let config: ExstreamDocumentsConfig;
  let subscriptions: Subscription;

  function configure(documentTypes?: string[]) {
    config = {
      exstreamDocuments: { pageSize: 10, documentTypes, defaultSort: 'byDateDesc' },
    };
    connector = jasmine.createSpyObj<DocumentsConnector>('DocumentsConnector', [
      'getList',
      'get',
      'getContent',
      'getContentWithProgress',
      'createLink',
    ]);
    connector.getList.and.callFake((_u, params: DocumentSearchParams) =>
      of(listOf(params.currentPage ?? 0))
    );
    TestBed.configureTestingModule({
      providers: [
        DocumentsService,
        { provide: DocumentsConnector, useValue: connector },
        { provide: UserIdService, useClass: MockUserIdService },
        { provide: ExstreamDocumentsConfig, useValue: config },
      ],
    });
    service = TestBed.inject(DocumentsService);
    userIdService = TestBed.inject(UserIdService) as unknown as MockUserIdService;
  }

  beforeEach(() => (subscriptions = new Subscription()));
  afterEach(() => subscriptions.unsubscribe());

  describe('with all types configured', () => {
    beforeEach(() => configure());

    it('loads the first page with configured defaults on subscription', () => {
      let result: DocumentList | undefined;
      subscriptions.add(service.getDocuments().subscribe((r) => (result = r)));
      expect(connector.getList).toHaveBeenCalledTimes(1);
      expect(connector.getList).toHaveBeenCalledWith('current', {
        types: [],
        currentPage: 0,
        pageSize: 10,
        sort: 'byDateDesc',
      });
      expect(result?.pagination.currentPage).toBe(0);
    });

    it('does not load before anyone subscribes', () => {
      service.search({ currentPage: 1 });
      expect(connector.getList).not.toHaveBeenCalled();
    });

    it('reloads when the search params change, not when they stay the same', () => {
      const results: (DocumentList | undefined)[] = [];
      subscriptions.add(service.getDocuments().subscribe((r) => results.push(r)));
      service.search({ currentPage: 0 }); // same as the defaults
      expect(connector.getList).toHaveBeenCalledTimes(1);

      service.search({ types: [DocumentType.INVOICE], currentPage: 2, sort: 'byNumber' });
      expect(connector.getList).toHaveBeenCalledTimes(2);
      expect(connector.getList.calls.mostRecent().args[1]).toEqual({
        types: [DocumentType.INVOICE],
        currentPage: 2,
        pageSize: 10,
        sort: 'byNumber',
      });
      expect(results[results.length - 1]?.pagination.currentPage).toBe(2);
    });

    it('exposes the effective search params', () => {
      let params: DocumentSearchParams | undefined;
      subscriptions.add(service.getSearchParams().subscribe((p) => (params = p)));
      service.search({ currentPage: 1, pageSize: 25 });
      expect(params).toEqual({ types: [], currentPage: 1, pageSize: 25, sort: 'byDateDesc' });
    });

    it('reports loading while a request is in flight and keeps the previous list', () => {
      const pending = new Subject<DocumentList>();
      const loading: boolean[] = [];
      let list: DocumentList | undefined;
      subscriptions.add(service.getLoading().subscribe((l) => loading.push(l)));
      subscriptions.add(service.getDocuments().subscribe((r) => (list = r)));
      expect(loading).toEqual([true, false]);

      connector.getList.and.returnValue(pending);
      service.search({ currentPage: 1 });
      expect(loading).toEqual([true, false, true]);
      expect(list?.pagination.currentPage).toBe(0);

      pending.next(listOf(1));
      pending.complete();
      expect(loading).toEqual([true, false, true, false]);
      expect(list?.pagination.currentPage).toBe(1);
    });

    it('exposes errors and clears them after a successful reload', () => {
      connector.getList.and.returnValue(
        throwError(
          new HttpErrorResponse({
            status: 500,
            error: { errors: [{ type: 'ServerError', message: 'boom' }] },
          })
        )
      );
      let error: DocumentsError | undefined;
      let loading: boolean | undefined;
      subscriptions.add(service.getError().subscribe((e) => (error = e)));
      subscriptions.add(service.getLoading().subscribe((l) => (loading = l)));
      expect(error).toEqual({ status: 500, message: 'boom', type: 'ServerError' });
      expect(loading).toBe(false);

      connector.getList.and.returnValue(of(listOf(0)));
      service.reload();
      expect(connector.getList).toHaveBeenCalledTimes(2);
      expect(error).toBeUndefined();
    });

    it('reload loads the same params again', () => {
      subscriptions.add(service.getDocuments().subscribe());
      service.search({ currentPage: 2 });
      service.reload();
      expect(connector.getList).toHaveBeenCalledTimes(3);
      expect(connector.getList.calls.mostRecent().args[1].currentPage).toBe(2);
    });

    it('fails without a logged-in user', () => {
      userIdService.userId$.next(OCC_USER_ID_ANONYMOUS);
      let error: DocumentsError | undefined;
      subscriptions.add(service.getError().subscribe((e) => (error = e)));
      expect(connector.getList).not.toHaveBeenCalled();
      expect(error?.message).toContain('not logged in');
    });

    it('getDocumentContent loads the content for the current user', () => {
      const file = { blob: new Blob([]), fileName: 'a.pdf', mimeType: 'application/pdf' };
      connector.getContent.and.returnValue(of(file));
      let result: unknown;
      service.getDocumentContent('d-1').subscribe((f) => (result = f));
      expect(connector.getContent).toHaveBeenCalledWith('current', 'd-1', 'attachment', undefined);
      expect(result).toBe(file);
    });

    it('getDocument loads the metadata for the current user', () => {
      connector.get.and.returnValue(of(listOf(0).documents[0]));
      service.getDocument('d-0').subscribe();
      expect(connector.get).toHaveBeenCalledWith('current', 'd-0', undefined);
    });
  });

  describe('signed links and downloads', () => {
    beforeEach(() => configure());

    it('returns the signed link of the backend', () => {
      connector.createLink.and.returnValue(
        of({ url: 'https://shop.example.com/l/abc', expiresAt: '2026-10-02T10:00:00Z' })
      );
      let link: DocumentLink | null | undefined;
      service.getDocumentLink('d-1').subscribe((l) => (link = l));
      expect(connector.createLink).toHaveBeenCalledWith('current', 'd-1', undefined, undefined);
      expect(link?.url).toBe('https://shop.example.com/l/abc');
      service.getDocumentLink('d-1', 'attachment').subscribe();
      expect(connector.createLink).toHaveBeenCalledWith('current', 'd-1', 'attachment', undefined);
    });

    it('answers null, and stops asking, when the backend has no links endpoint', () => {
      connector.createLink.and.returnValue(
        throwError(
          new HttpErrorResponse({
            status: 404,
            error: { errors: [{ type: 'UnknownResourceError', message: 'no route' }] },
          })
        )
      );
      const links: (DocumentLink | null)[] = [];
      service.getDocumentLink('d-1').subscribe((l) => links.push(l));
      service.getDocumentLink('d-2').subscribe((l) => links.push(l));
      expect(links).toEqual([null, null]);
      expect(connector.createLink).toHaveBeenCalledTimes(1);
    });

    it('fails for an unknown document', () => {
      connector.createLink.and.returnValue(
        throwError(
          new HttpErrorResponse({
            status: 404,
            error: { errors: [{ type: 'UnknownIdentifierError', message: 'no such document' }] },
          })
        )
      );
      let failed = false;
      service.getDocumentLink('d-1').subscribe({ error: () => (failed = true) });
      expect(failed).toBe(true);
    });

    it('downloads with progress for the current user', () => {
      const events: DocumentTransferEvent[] = [{ kind: 'progress', loaded: 1, total: 2 }];
      connector.getContentWithProgress.and.returnValue(of(...events));
      const seen: DocumentTransferEvent[] = [];
      service.downloadDocumentContent('d-1').subscribe((e) => seen.push(e));
      expect(connector.getContentWithProgress).toHaveBeenCalledWith('current', 'd-1', undefined);
      expect(seen).toEqual(events);
    });
  });

  describe('with a configured subset of types', () => {
    beforeEach(() => configure([DocumentType.INVOICE, DocumentType.CREDIT_NOTE]));

    it('limits the list to the configured types', () => {
      subscriptions.add(service.getDocuments().subscribe());
      expect(connector.getList.calls.mostRecent().args[1].types).toEqual([
        DocumentType.INVOICE,
        DocumentType.CREDIT_NOTE,
      ]);
    });

    it('drops picked types that are not configured', () => {
      subscriptions.add(service.getDocuments().subscribe());
      service.search({ types: [DocumentType.CREDIT_NOTE, DocumentType.POLICY] });
      expect(connector.getList.calls.mostRecent().args[1].types).toEqual([
        DocumentType.CREDIT_NOTE,
      ]);
    });
  });

  describe('scopes', () => {
    beforeEach(() => configure());

    it('keeps an independent list per scope', () => {
      connector.getList.and.callFake((_userId: string, params: DocumentSearchParams) =>
        of(listOf(params.currentPage ?? 0))
      );
      const invoices: (DocumentList | undefined)[] = [];
      const statements: (DocumentList | undefined)[] = [];
      subscriptions.add(service.getDocuments('invoices').subscribe((l) => invoices.push(l)));
      subscriptions.add(service.getDocuments('statements').subscribe((l) => statements.push(l)));
      service.search({ types: [DocumentType.INVOICE], pageSize: 5, currentPage: 2 }, 'invoices');
      service.search({ types: [DocumentType.STATEMENT] }, 'statements');

      const calls = connector.getList.calls.allArgs().map(([, params]) => params);
      expect(calls).toContain(
        jasmine.objectContaining({ types: [DocumentType.INVOICE], pageSize: 5, currentPage: 2 })
      );
      expect(calls).toContain(
        jasmine.objectContaining({ types: [DocumentType.STATEMENT], pageSize: 10, currentPage: 0 })
      );
      expect(invoices[invoices.length - 1]?.pagination.currentPage).toBe(2);
      expect(statements[statements.length - 1]?.pagination.currentPage).toBe(0);
    });

    it('reloads only the named scope', () => {
      connector.getList.and.returnValue(of(listOf(0)));
      subscriptions.add(service.getDocuments('a').subscribe());
      subscriptions.add(service.getDocuments('b').subscribe());
      connector.getList.calls.reset();
      service.reload('a');
      expect(connector.getList).toHaveBeenCalledTimes(1);
    });

    it('shares one list between callers that name no scope', () => {
      connector.getList.and.returnValue(of(listOf(0)));
      subscriptions.add(service.getDocuments().subscribe());
      subscriptions.add(service.getLoading().subscribe());
      expect(connector.getList).toHaveBeenCalledTimes(1);
    });
  });
});

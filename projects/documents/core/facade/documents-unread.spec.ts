import { TestBed } from '@angular/core/testing';
import { NavigationEnd, NavigationStart, Router } from '@angular/router';
import {
  DocumentList,
  DocumentSearchParams,
  DocumentType,
  ExstreamDocument,
  ExstreamDocumentsConfig,
} from '@exstream-spartacus/documents/root';
import { OCC_USER_ID_ANONYMOUS, UserIdService, WindowRef } from '@spartacus/core';
import { of, Subject, Subscription, throwError } from 'rxjs';
import { DocumentsConnector } from '../connectors/documents.connector';
import { DocumentsService } from './documents.service';
import { documentListOf, fakeDocument } from '../../testing/document-fixtures';
import { MockUserIdService } from '../../testing/mock-user-id.service';

function listWith(unread: number, read = false): DocumentList {
  const reminder = fakeDocument({
    type: DocumentType.CORRESPONDENCE,
    title: 'Payment failed',
    number: 'COR-1',
    createdAt: '2026-11-20T09:00:00Z',
    read,
  });
  return documentListOf([reminder], {
    facets: { types: [{ code: 'CORRESPONDENCE', count: 1 }], unread },
  });
}

function readDocument(id: string): ExstreamDocument {
  return { ...listWith(0, true).documents[0], id };
}

describe('DocumentsService unread count and read state', () => {
  let service: DocumentsService;
  let connector: jasmine.SpyObj<DocumentsConnector>;
  let userIdService: MockUserIdService;
  let routerEvents: Subject<unknown>;
  let unread: number;
  let subscriptions: Subscription;

  function configure(options: { refreshOnFocus?: boolean; browser?: boolean } = {}) {
    unread = 3;
    routerEvents = new Subject();
    connector = jasmine.createSpyObj<DocumentsConnector>('DocumentsConnector', [
      'getList',
      'markRead',
    ]);
    connector.getList.and.callFake((_userId: string, params: DocumentSearchParams) =>
      of(listWith(unread))
    );
    connector.markRead.and.callFake((_userId: string, documentId: string) => {
      unread--;
      return of(readDocument(documentId));
    });
    const browser = options.browser !== false;
    const winRef: Partial<WindowRef> = {
      isBrowser: () => browser,
      nativeWindow: browser ? window : undefined,
    };
    TestBed.configureTestingModule({
      providers: [
        DocumentsService,
        { provide: DocumentsConnector, useValue: connector },
        { provide: UserIdService, useClass: MockUserIdService },
        { provide: Router, useValue: { events: routerEvents } },
        { provide: WindowRef, useValue: winRef },
        {
          provide: ExstreamDocumentsConfig,
          useValue: {
            exstreamDocuments: {
              pageSize: 10,
              notices: { refreshOnFocus: options.refreshOnFocus ?? true },
            },
          },
        },
      ],
    });
    service = TestBed.inject(DocumentsService);
    userIdService = TestBed.inject(UserIdService) as unknown as MockUserIdService;
  }

  beforeEach(() => (subscriptions = new Subscription()));
  afterEach(() => subscriptions.unsubscribe());

  function countCalls(): number {
    return connector.getList.calls.all().filter((call) => call.args[1].pageSize === 1).length;
  }

  it('reads the count from facets.unread of a one-document page', () => {
    configure();
    let count: number | undefined;
    subscriptions.add(service.getUnreadCount().subscribe((c) => (count = c)));
    expect(count).toBe(3);
    expect(connector.getList).toHaveBeenCalledWith(
      'current',
      jasmine.objectContaining({ pageSize: 1, currentPage: 0 })
    );
    expect(connector.getList.calls.mostRecent().args[1].unread).toBeUndefined();
  });

  it('is 0 without a request while nobody is logged in', () => {
    configure();
    userIdService.userId$.next(OCC_USER_ID_ANONYMOUS);
    let count: number | undefined;
    subscriptions.add(service.getUnreadCount().subscribe((c) => (count = c)));
    expect(count).toBe(0);
    expect(connector.getList).not.toHaveBeenCalled();
  });

  it('refreshes on request, after each navigation and on window focus', () => {
    configure();
    const counts: number[] = [];
    subscriptions.add(service.getUnreadCount().subscribe((c) => counts.push(c)));
    expect(countCalls()).toBe(1);

    unread = 4;
    service.refreshUnreadCount();
    expect(countCalls()).toBe(2);

    unread = 5;
    routerEvents.next(new NavigationStart(1, '/my-account/orders'));
    expect(countCalls()).toBe(2);
    routerEvents.next(new NavigationEnd(1, '/my-account/orders', '/my-account/orders'));
    expect(countCalls()).toBe(3);

    unread = 6;
    window.dispatchEvent(new Event('focus'));
    expect(countCalls()).toBe(4);
    expect(counts).toEqual([3, 4, 5, 6]);
  });

  it('does not listen to the window focus when configured off', () => {
    configure({ refreshOnFocus: false });
    subscriptions.add(service.getUnreadCount().subscribe());
    window.dispatchEvent(new Event('focus'));
    expect(countCalls()).toBe(1);
  });

  it('does not listen to the window outside the browser', () => {
    configure({ browser: false });
    subscriptions.add(service.getUnreadCount().subscribe());
    window.dispatchEvent(new Event('focus'));
    expect(countCalls()).toBe(1);
  });

  it('keeps the last count when a refresh fails', () => {
    configure();
    const counts: number[] = [];
    subscriptions.add(service.getUnreadCount().subscribe((c) => counts.push(c)));
    connector.getList.and.returnValue(throwError({ status: 500 }));
    service.refreshUnreadCount();
    connector.getList.and.returnValue(of(listWith(2)));
    service.refreshUnreadCount();
    expect(counts).toEqual([3, 2]);
  });

  it('marks a document read once, then refreshes the count', () => {
    configure();
    const counts: number[] = [];
    subscriptions.add(service.getUnreadCount().subscribe((c) => counts.push(c)));
    service.markRead('d-1');
    service.markRead('d-1');
    expect(connector.markRead).toHaveBeenCalledTimes(1);
    expect(connector.markRead).toHaveBeenCalledWith('current', 'd-1', undefined);
    expect(counts).toEqual([3, 2]);
  });

  it('tries again after a failed attempt', () => {
    configure();
    connector.markRead.and.returnValue(throwError({ status: 503 }));
    service.markRead('d-1');
    connector.markRead.and.returnValue(of(readDocument('d-1')));
    service.markRead('d-1');
    expect(connector.markRead).toHaveBeenCalledTimes(2);
  });

  it('keeps the list entry unread when the answer says the document stays unread (an agent looked at it)', () => {
    configure();
    connector.getList.and.returnValue(of(listWith(1)));
    connector.markRead.and.returnValue(of({ ...readDocument('d-1'), read: false }));
    let list: DocumentList | undefined;
    subscriptions.add(service.getDocuments('letters').subscribe((l) => (list = l)));
    service.markRead('d-1');
    expect(connector.markRead).toHaveBeenCalledTimes(1);
    expect(list?.documents[0].read).toBe(false);
    expect(list?.facets?.unread).toBe(1);
  });

  it('updates a loaded list without loading it again', () => {
    configure();
    connector.getList.and.returnValue(of(listWith(1)));
    let list: DocumentList | undefined;
    subscriptions.add(service.getDocuments('letters').subscribe((l) => (list = l)));
    expect(list?.documents[0].read).toBe(false);
    const listCalls = connector.getList.calls.count();

    service.markRead('d-1');
    expect(list?.documents[0].read).toBe(true);
    expect(list?.facets.unread).toBe(0);
    expect(connector.getList.calls.count()).toBe(listCalls);
  });
});

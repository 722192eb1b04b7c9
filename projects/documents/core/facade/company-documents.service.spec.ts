import { HttpErrorResponse } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import {
  AccountSummary,
  DocumentsLoadState,
  DocumentUnitNode,
  ExstreamDocumentsConfig,
  OrgDocumentList,
} from '@exstream-spartacus/documents/root';
import { OCC_USER_ID_ANONYMOUS, UserIdService } from '@spartacus/core';
import { of, Subject, throwError } from 'rxjs';
import { MockUserIdService } from '../../testing/mock-user-id.service';
import { CompanyDocumentsConnector } from '../connectors/company-documents.connector';
import { CompanyDocumentsService } from './company-documents.service';

function listOf(...numbers: string[]): OrgDocumentList {
  return {
    orgDocumentTypes: [],
    orgDocuments: numbers.map((id) => ({
      id,
      document: {
        id: `doc-${id}`, type: 'INVOICE', title: id, number: id,
        createdAt: '2026-10-01T00:00:00Z', mimeType: 'application/pdf', size: 1,
      },
    })),
    pagination: { currentPage: 0, pageSize: 10, totalPages: 1, totalResults: numbers.length },
    sorts: [],
  };
}

describe('CompanyDocumentsService', () => {
  let service: CompanyDocumentsService;
  let connector: jasmine.SpyObj<CompanyDocumentsConnector>;
  let userIds: MockUserIdService;

  beforeEach(() => {
    connector = jasmine.createSpyObj<CompanyDocumentsConnector>('CompanyDocumentsConnector', [
      'getUnits',
      'getAccountSummary',
      'getOrgDocuments',
    ]);
    connector.getUnits.and.returnValue(of<DocumentUnitNode[]>([{ id: 'Rustic', name: 'Rustic', active: true }]));
    connector.getOrgDocuments.and.callFake((_user, unit) => of(listOf(`${unit}-1`)));
    connector.getAccountSummary.and.returnValue(of<AccountSummary>({ balances: [] }));
    TestBed.configureTestingModule({
      providers: [
        CompanyDocumentsService,
        { provide: CompanyDocumentsConnector, useValue: connector },
        { provide: UserIdService, useClass: MockUserIdService },
        { provide: ExstreamDocumentsConfig, useValue: { exstreamDocuments: { companyDocuments: { pageSize: 5 } } } },
      ],
    });
    service = TestBed.inject(CompanyDocumentsService);
    userIds = TestBed.inject(UserIdService) as unknown as MockUserIdService;
  });

  it('loads the units once for all subscribers', () => {
    const states: DocumentsLoadState<DocumentUnitNode[]>[] = [];
    service.getUnits().subscribe((state) => states.push(state));
    service.getUnits().subscribe();
    expect(connector.getUnits).toHaveBeenCalledTimes(1);
    expect(states.map((state) => state.loading)).toEqual([true, false]);
    expect(states[1].value?.[0].id).toBe('Rustic');
  });

  it('has no units for an anonymous visitor and loads them again after login', () => {
    userIds.userId$.next(OCC_USER_ID_ANONYMOUS);
    let state: DocumentsLoadState<DocumentUnitNode[]> | undefined;
    service.getUnits().subscribe((value) => (state = value));
    expect(state).toEqual({ value: [], loading: false });
    expect(connector.getUnits).not.toHaveBeenCalled();
    userIds.userId$.next('current');
    expect(connector.getUnits).toHaveBeenCalledWith('current');
    expect(state?.value?.length).toBe(1);
  });

  it('keeps the error of the units and loads them again on reload', () => {
    connector.getUnits.and.returnValue(throwError(new HttpErrorResponse({ status: 503 })));
    let state: DocumentsLoadState<DocumentUnitNode[]> | undefined;
    service.getUnits().subscribe((value) => (state = value));
    expect(state?.error?.status).toBe(503);
    connector.getUnits.and.returnValue(of([]));
    service.reload();
    expect(state).toEqual({ value: [], loading: false });
  });

  it('loads each unit with its own criteria, the defaults filled in', () => {
    let rustic: OrgDocumentList | undefined;
    let retail: OrgDocumentList | undefined;
    service.getOrgDocuments('Rustic').subscribe((state) => (rustic = state.value));
    service.getOrgDocuments('Rustic Retail').subscribe((state) => (retail = state.value));
    service.search('Rustic Retail', { overdue: true });
    expect(connector.getOrgDocuments).toHaveBeenCalledWith('current', 'Rustic', {
      status: 'open', currentPage: 0, pageSize: 5, sort: 'byCreatedAtDateDesc',
    });
    expect(connector.getOrgDocuments).toHaveBeenCalledWith('current', 'Rustic Retail', {
      overdue: true, status: 'open', currentPage: 0, pageSize: 5, sort: 'byCreatedAtDateDesc',
    });
    expect(rustic?.orgDocuments[0].id).toBe('Rustic-1');
    expect(retail?.orgDocuments[0].id).toBe('Rustic Retail-1');
  });

  it('marks the documents as the unit\'s, for preview and download', () => {
    let list: OrgDocumentList | undefined;
    service.getOrgDocuments('Custom Retail').subscribe((state) => (list = state.value));
    expect(list?.orgDocuments[0].document?.orgUnitId).toBe('Custom Retail');
  });

  it('does not ask again for the same criteria, and keeps the previous page while the next loads', () => {
    const next$ = new Subject<OrgDocumentList>();
    const states: DocumentsLoadState<OrgDocumentList>[] = [];
    service.getOrgDocuments('Rustic').subscribe((state) => states.push(state));
    service.search('Rustic', { status: 'open' });
    expect(connector.getOrgDocuments).toHaveBeenCalledTimes(1);
    connector.getOrgDocuments.and.returnValue(next$);
    service.search('Rustic', { currentPage: 1 });
    const loading = states[states.length - 1];
    expect(loading.loading).toBe(true);
    expect(loading.value?.orgDocuments[0].id).toBe('Rustic-1');
    next$.next(listOf('INV-11'));
    expect(states[states.length - 1]).toEqual(jasmine.objectContaining({ loading: false }));
    expect(states[states.length - 1].value?.orgDocuments[0].id).toBe('INV-11');
  });

  it('reports a rejected filter with its OCC type and subject', () => {
    connector.getOrgDocuments.and.returnValue(
      throwError(
        new HttpErrorResponse({
          status: 400,
          error: { errors: [{ type: 'ValidationError', subject: 'startRange', message: 'bad date' }] },
        })
      )
    );
    let state: DocumentsLoadState<OrgDocumentList> | undefined;
    service.getOrgDocuments('Rustic').subscribe((value) => (state = value));
    expect(state?.loading).toBe(false);
    expect(state?.error).toEqual(
      jasmine.objectContaining({ status: 400, type: 'ValidationError', subject: 'startRange' })
    );
  });

  it('reloads the summary and the list of a unit', () => {
    service.getAccountSummary('Rustic').subscribe();
    service.getOrgDocuments('Rustic').subscribe();
    service.reload('Rustic');
    expect(connector.getAccountSummary).toHaveBeenCalledTimes(2);
    expect(connector.getOrgDocuments).toHaveBeenCalledTimes(2);
    expect(connector.getAccountSummary).toHaveBeenCalledWith('current', 'Rustic');
  });
});

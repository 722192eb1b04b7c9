import { Injectable } from '@angular/core';
import {
  AccountSummary,
  CompanyDocumentsFacade,
  DocumentsLoadState,
  DocumentUnitNode,
  ExstreamDocumentsConfig,
  OrgDocumentList,
  OrgDocumentSearchParams,
  OrgDocumentSortCode,
} from '@exstream-spartacus/documents/root';
import { OCC_USER_ID_ANONYMOUS, UserIdService } from '@spartacus/core';
import { Observable, of, Subject } from 'rxjs';
import {
  catchError,
  distinctUntilChanged,
  map,
  shareReplay,
  startWith,
  switchMap,
} from 'rxjs/operators';
import { CompanyDocumentsConnector } from '../connectors/company-documents.connector';
import { sameSearchParams } from './document-search-params';
import { toDocumentsError } from './documents-error';
import { createLoadScope, LoadScope } from './load-scope';

/** What one unit keeps: its summary and its list with the criteria. */
interface UnitScopes {
  summary: LoadScope<Record<string, never>, AccountSummary>;
  documents: LoadScope<OrgDocumentSearchParams, OrgDocumentList>;
}

/**
 * The documents of the caller's B2B units. The units are loaded once per
 * login (again after a logout); each unit has its own summary, criteria and
 * list, loaded on first use, so switching units never shows another unit's
 * figures and switching back shows the kept list at once.
 */
@Injectable()
export class CompanyDocumentsService implements CompanyDocumentsFacade {
  protected readonly unitScopes = new Map<string, UnitScopes>();
  protected readonly unitsReload$ = new Subject<void>();
  protected units$?: Observable<DocumentsLoadState<DocumentUnitNode[]>>;

  constructor(
    protected userIdService: UserIdService,
    protected connector: CompanyDocumentsConnector,
    protected config: ExstreamDocumentsConfig
  ) {}

  getUnits(): Observable<DocumentsLoadState<DocumentUnitNode[]>> {
    this.units$ ??= this.userIdService.getUserId().pipe(
      distinctUntilChanged(),
      switchMap((userId) =>
        userId === OCC_USER_ID_ANONYMOUS
          ? of<DocumentsLoadState<DocumentUnitNode[]>>({ value: [], loading: false })
          : this.unitsReload$.pipe(
              startWith(undefined),
              switchMap(() => this.loadUnits(userId))
            )
      ),
      shareReplay({ bufferSize: 1, refCount: false })
    );
    return this.units$;
  }

  getAccountSummary(orgUnitId: string): Observable<DocumentsLoadState<AccountSummary>> {
    return this.scopes(orgUnitId).summary.state$;
  }

  getOrgDocuments(orgUnitId: string): Observable<DocumentsLoadState<OrgDocumentList>> {
    return this.scopes(orgUnitId).documents.state$.pipe(distinctUntilChanged());
  }

  search(orgUnitId: string, params: OrgDocumentSearchParams): void {
    this.scopes(orgUnitId).documents.params$.next({ ...params });
  }

  /** With a unit: its summary and list again; without: the units. */
  reload(orgUnitId?: string): void {
    if (orgUnitId === undefined) {
      this.unitsReload$.next();
      return;
    }
    const scopes = this.scopes(orgUnitId);
    scopes.summary.reload$.next();
    scopes.documents.reload$.next();
  }

  protected loadUnits(userId: string): Observable<DocumentsLoadState<DocumentUnitNode[]>> {
    return this.connector.getUnits(userId).pipe(
      map((value): DocumentsLoadState<DocumentUnitNode[]> => ({ value, loading: false })),
      catchError((error: unknown) =>
        of<DocumentsLoadState<DocumentUnitNode[]>>({
          loading: false,
          error: toDocumentsError(error),
        })
      ),
      startWith<DocumentsLoadState<DocumentUnitNode[]>>({ loading: true })
    );
  }

  protected scopes(orgUnitId: string): UnitScopes {
    let scopes = this.unitScopes.get(orgUnitId);
    if (!scopes) {
      scopes = this.createScopes(orgUnitId);
      this.unitScopes.set(orgUnitId, scopes);
    }
    return scopes;
  }

  protected createScopes(orgUnitId: string): UnitScopes {
    const withUser = <T>(load: (userId: string) => Observable<T>) =>
      this.userIdService.takeUserId(true).pipe(switchMap(load));
    return {
      summary: createLoadScope<Record<string, never>, AccountSummary>(
        {
          withDefaults: (params) => params,
          same: () => true,
          load: () =>
            withUser((userId) => this.connector.getAccountSummary(userId, orgUnitId)),
        },
        {}
      ),
      documents: createLoadScope<OrgDocumentSearchParams, OrgDocumentList>(
        {
          withDefaults: (params) => this.withDefaults(params),
          same: sameSearchParams,
          load: (params) =>
            withUser((userId) => this.connector.getOrgDocuments(userId, orgUnitId, params)).pipe(
              map((list) => withOrgUnit(list, orgUnitId))
            ),
        },
        {}
      ),
    };
  }

  /** Status, page size and sort from the configuration; the first page. */
  protected withDefaults(params: OrgDocumentSearchParams): OrgDocumentSearchParams {
    const options = this.config.exstreamDocuments?.companyDocuments ?? {};
    return {
      ...params,
      status: params.status ?? options.defaultStatus ?? 'open',
      currentPage: params.currentPage ?? 0,
      pageSize: params.pageSize ?? options.pageSize ?? 10,
      sort: params.sort ?? options.defaultSort ?? OrgDocumentSortCode.BY_CREATED_DESC,
    };
  }
}

/** The list with each document marked as the unit's, so preview and download use the unit's endpoints. */
export function withOrgUnit(list: OrgDocumentList, orgUnitId: string): OrgDocumentList {
  return {
    ...list,
    orgDocuments: (list.orgDocuments ?? []).map((row) =>
      row.document ? { ...row, document: { ...row.document, orgUnitId } } : row
    ),
  };
}

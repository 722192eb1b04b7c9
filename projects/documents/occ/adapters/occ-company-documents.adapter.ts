import { HttpClient } from '@angular/common/http';
import { Injectable } from '@angular/core';
import { CompanyDocumentsAdapter, isMissingEndpoint } from '@exstream-spartacus/documents/core';
import {
  AccountSummary,
  DocumentUnitNode,
  OrgDocumentList,
  OrgDocumentSearchParams,
} from '@exstream-spartacus/documents/root';
import { Observable, of, throwError } from 'rxjs';
import { catchError, map } from 'rxjs/operators';
import { DocumentsUrlBuilder } from './documents-url';

/**
 * The proxy's B2B unit endpoints: `users/{userId}/documentUnits` and SAP's
 * account summary API (`users/{userId}/orgUnits/{orgUnitId}/accountSummary`,
 * `…/orgDocuments`). Responses are completed so components need no null checks.
 */
@Injectable()
export class OccCompanyDocumentsAdapter implements CompanyDocumentsAdapter {
  constructor(protected http: HttpClient, protected urlBuilder: DocumentsUrlBuilder) {}

  /** An older proxy without the endpoint: no units, as for a B2C shopper. */
  loadUnits(userId: string): Observable<DocumentUnitNode[]> {
    const url = this.urlBuilder.buildUrl('exstreamDocumentUnits', { urlParams: { userId } });
    return this.http.get<{ unitNodes?: DocumentUnitNode[] }>(url).pipe(
      map((body) => (Array.isArray(body?.unitNodes) ? body.unitNodes : [])),
      catchError((error: unknown) => (isMissingEndpoint(error) ? of([]) : throwError(error)))
    );
  }

  loadAccountSummary(userId: string, orgUnitId: string): Observable<AccountSummary> {
    const url = this.urlBuilder.buildUrl('exstreamAccountSummary', {
      urlParams: { userId, orgUnitId },
    });
    return this.http.get<Partial<AccountSummary>>(url).pipe(
      map((body) => ({
        ...body,
        balances: (Array.isArray(body?.balances) ? body.balances : []).map((balance) => ({
          ...balance,
          dueBalances: Array.isArray(balance.dueBalances) ? balance.dueBalances : [],
        })),
      }))
    );
  }

  loadOrgDocuments(
    userId: string,
    orgUnitId: string,
    params: OrgDocumentSearchParams
  ): Observable<OrgDocumentList> {
    const url = this.urlBuilder.buildUrl('exstreamOrgDocuments', {
      urlParams: { userId, orgUnitId },
      queryParams: orgDocumentQueryParams(params),
    });
    return this.http.get<Partial<OrgDocumentList>>(url).pipe(map(normalizeOrgDocumentList));
  }
}

/**
 * The query of SAP's `orgDocuments` for these criteria: `page` (0-based),
 * `pageSize`, `sort`, `status`, one `filterByKey` with its value or range,
 * and `paymentStatus=OVERDUE` for the overdue toggle.
 */
export function orgDocumentQueryParams(
  params: OrgDocumentSearchParams
): Record<string, string | number> {
  const query: Record<string, string | number> = {};
  if (params.currentPage !== undefined) query.page = params.currentPage;
  if (params.pageSize !== undefined) query.pageSize = params.pageSize;
  if (params.sort) query.sort = params.sort;
  if (params.status) query.status = params.status;
  if (params.filterByKey) {
    query.filterByKey = params.filterByKey;
    if (params.filterByValue) query.filterByValue = params.filterByValue;
    if (params.startRange) query.startRange = params.startRange;
    if (params.endRange) query.endRange = params.endRange;
  }
  if (params.overdue) query.paymentStatus = 'OVERDUE';
  return query;
}

export function normalizeOrgDocumentList(source: Partial<OrgDocumentList> | null): OrgDocumentList {
  const orgDocuments = Array.isArray(source?.orgDocuments) ? source!.orgDocuments : [];
  const pagination = source?.pagination ?? ({} as Partial<OrgDocumentList['pagination']>);
  return {
    orgDocumentTypes: Array.isArray(source?.orgDocumentTypes) ? source!.orgDocumentTypes : [],
    orgDocuments,
    pagination: {
      ...pagination,
      currentPage: pagination.currentPage ?? 0,
      pageSize: pagination.pageSize ?? orgDocuments.length,
      totalPages: pagination.totalPages ?? (orgDocuments.length ? 1 : 0),
      totalResults: pagination.totalResults ?? orgDocuments.length,
    },
    sorts: Array.isArray(source?.sorts) ? source!.sorts : [],
  };
}

import { Injectable } from '@angular/core';
import {
  AccountSummary,
  DocumentUnitNode,
  OrgDocumentList,
  OrgDocumentSearchParams,
} from '@exstream-spartacus/documents/root';
import { Observable } from 'rxjs';
import { CompanyDocumentsAdapter } from './company-documents.adapter';

@Injectable()
export class CompanyDocumentsConnector {
  constructor(protected adapter: CompanyDocumentsAdapter) {}

  getUnits(userId: string): Observable<DocumentUnitNode[]> {
    return this.adapter.loadUnits(userId);
  }

  getAccountSummary(userId: string, orgUnitId: string): Observable<AccountSummary> {
    return this.adapter.loadAccountSummary(userId, orgUnitId);
  }

  getOrgDocuments(
    userId: string,
    orgUnitId: string,
    params: OrgDocumentSearchParams
  ): Observable<OrgDocumentList> {
    return this.adapter.loadOrgDocuments(userId, orgUnitId, params);
  }
}

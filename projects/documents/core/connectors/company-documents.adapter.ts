import {
  AccountSummary,
  DocumentUnitNode,
  OrgDocumentList,
  OrgDocumentSearchParams,
} from '@exstream-spartacus/documents/root';
import { Observable } from 'rxjs';

/** Talks to the backend that serves the documents of B2B units. */
export abstract class CompanyDocumentsAdapter {
  /** The units whose documents the user reads (empty for a B2C shopper). */
  abstract loadUnits(userId: string): Observable<DocumentUnitNode[]>;

  abstract loadAccountSummary(userId: string, orgUnitId: string): Observable<AccountSummary>;

  abstract loadOrgDocuments(
    userId: string,
    orgUnitId: string,
    params: OrgDocumentSearchParams
  ): Observable<OrgDocumentList>;
}

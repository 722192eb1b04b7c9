import { Injectable } from '@angular/core';
import { facadeFactory } from '@spartacus/core';
import { Observable } from 'rxjs';
import { EXSTREAM_DOCUMENTS_CORE_FEATURE } from '../feature-name';
import {
  AccountSummary,
  DocumentsLoadState,
  DocumentUnitNode,
  OrgDocumentList,
  OrgDocumentSearchParams,
} from '../model/company-documents.model';

export function companyDocumentsFacadeFactory(): CompanyDocumentsFacade {
  return facadeFactory({
    facade: CompanyDocumentsFacade,
    feature: EXSTREAM_DOCUMENTS_CORE_FEATURE,
    methods: ['getUnits', 'getAccountSummary', 'getOrgDocuments', 'search', 'reload'],
    async: true,
  });
}

/**
 * The documents of the B2B units the caller reads ("Company documents"): the
 * units, each unit's account summary and its documents with amounts and due
 * dates. Every unit keeps its own criteria and list, so switching back to a
 * unit shows its list at once.
 *
 * Preview, download, ZIP and CSV of a unit's documents go through
 * `DocumentsFacade` / `DocumentBulkFacade` with the unit's id
 * (`ExstreamDocument.orgUnitId`, set on the documents this facade returns).
 */
@Injectable({
  providedIn: 'root',
  useFactory: companyDocumentsFacadeFactory,
})
export abstract class CompanyDocumentsFacade {
  /**
   * The units whose documents the caller reads: their own unit first, then
   * the ones they administer (`parent` gives the tree). Empty for a B2C
   * shopper. Loaded once per login.
   */
  abstract getUnits(): Observable<DocumentsLoadState<DocumentUnitNode[]>>;

  /** The unit's open balances per currency and their aging. */
  abstract getAccountSummary(orgUnitId: string): Observable<DocumentsLoadState<AccountSummary>>;

  /** The unit's documents for its current criteria (see `search`). */
  abstract getOrgDocuments(orgUnitId: string): Observable<DocumentsLoadState<OrgDocumentList>>;

  /** Replaces the unit's criteria; its list reloads. */
  abstract search(orgUnitId: string, params: OrgDocumentSearchParams): void;

  /**
   * Loads the unit's summary and list again (e.g. after an error); without a
   * unit, the units.
   */
  abstract reload(orgUnitId?: string): void;
}

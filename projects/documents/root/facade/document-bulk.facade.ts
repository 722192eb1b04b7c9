import { Injectable } from '@angular/core';
import { facadeFactory } from '@spartacus/core';
import { Observable } from 'rxjs';
import { EXSTREAM_DOCUMENTS_CORE_FEATURE } from '../feature-name';
import { OrgDocumentSearchParams } from '../model/company-documents.model';
import { DocumentFilter, DocumentSelection } from '../model/document-bulk.model';
import { DocumentTransferEvent } from '../model/order-documents.model';

export function documentBulkFacadeFactory(): DocumentBulkFacade {
  return facadeFactory({
    facade: DocumentBulkFacade,
    feature: EXSTREAM_DOCUMENTS_CORE_FEATURE,
    methods: ['downloadArchive', 'downloadExport', 'downloadOrgArchive', 'downloadOrgExport'],
    async: true,
  });
}

/**
 * Many of the shopper's documents at once: one ZIP of several, the list as CSV.
 * With an `orgUnitId`, a B2B unit's documents (its archive and export endpoints).
 */
@Injectable({
  providedIn: 'root',
  useFactory: documentBulkFacadeFactory,
})
export abstract class DocumentBulkFacade {
  /**
   * Streams one ZIP of the selected documents, with progress; errors are
   * `DocumentsError`s (`archiveLimit` set when the selection is too large).
   */
  abstract downloadArchive(
    selection: DocumentSelection,
    orgUnitId?: string
  ): Observable<DocumentTransferEvent>;

  /** Streams the documents a filter matches as a CSV file, with progress. */
  abstract downloadExport(
    filter: DocumentFilter,
    orgUnitId?: string
  ): Observable<DocumentTransferEvent>;

  /**
   * One ZIP of every document of a B2B unit that SAP's account summary
   * filters match (status, overdue, one filter-by; paging ignored).
   */
  abstract downloadOrgArchive(
    orgUnitId: string,
    filter: OrgDocumentSearchParams
  ): Observable<DocumentTransferEvent>;

  /** A B2B unit's documents that the account summary filters match, as CSV with amounts and due dates. */
  abstract downloadOrgExport(
    orgUnitId: string,
    filter: OrgDocumentSearchParams
  ): Observable<DocumentTransferEvent>;
}

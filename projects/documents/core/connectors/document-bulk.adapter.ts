import {
  DocumentFilter,
  DocumentSelection,
  DocumentTransferEvent,
  OrgDocumentSearchParams,
} from '@exstream-spartacus/documents/root';
import { Observable } from 'rxjs';

/** Fetches many documents at once from the backend; with an `orgUnitId`, a B2B unit's. */
export abstract class DocumentBulkAdapter {
  /** One ZIP of the selected documents, as transfer events. */
  abstract loadArchive(
    userId: string,
    selection: DocumentSelection,
    orgUnitId?: string
  ): Observable<DocumentTransferEvent>;

  /** The filtered list as CSV, as transfer events. */
  abstract loadExport(
    userId: string,
    filter: DocumentFilter,
    orgUnitId?: string
  ): Observable<DocumentTransferEvent>;

  /** One ZIP of a unit's documents that SAP's account summary filters match. */
  abstract loadOrgArchive(
    userId: string,
    orgUnitId: string,
    filter: OrgDocumentSearchParams
  ): Observable<DocumentTransferEvent>;

  /** A unit's documents that SAP's account summary filters match, as CSV. */
  abstract loadOrgExport(
    userId: string,
    orgUnitId: string,
    filter: OrgDocumentSearchParams
  ): Observable<DocumentTransferEvent>;
}

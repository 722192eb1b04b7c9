import {
  DocumentFilter,
  DocumentSelection,
  DocumentTransferEvent,
} from '@exstream-spartacus/documents/root';
import { Observable } from 'rxjs';

/** Fetches many documents at once from the backend. */
export abstract class DocumentBulkAdapter {
  /** One ZIP of the selected documents, as transfer events. */
  abstract loadArchive(
    userId: string,
    selection: DocumentSelection
  ): Observable<DocumentTransferEvent>;

  /** The filtered list as CSV, as transfer events. */
  abstract loadExport(
    userId: string,
    filter: DocumentFilter
  ): Observable<DocumentTransferEvent>;
}

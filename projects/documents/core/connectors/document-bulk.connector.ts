import { Injectable } from '@angular/core';
import {
  DocumentFilter,
  DocumentSelection,
  DocumentTransferEvent,
} from '@exstream-spartacus/documents/root';
import { Observable } from 'rxjs';
import { DocumentBulkAdapter } from './document-bulk.adapter';

@Injectable()
export class DocumentBulkConnector {
  constructor(protected adapter: DocumentBulkAdapter) {}

  getArchive(
    userId: string,
    selection: DocumentSelection
  ): Observable<DocumentTransferEvent> {
    return this.adapter.loadArchive(userId, selection);
  }

  getExport(userId: string, filter: DocumentFilter): Observable<DocumentTransferEvent> {
    return this.adapter.loadExport(userId, filter);
  }
}

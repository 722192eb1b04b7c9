import { Injectable } from '@angular/core';
import {
  DocumentFilter,
  DocumentSelection,
  DocumentTransferEvent,
  OrgDocumentSearchParams,
} from '@exstream-spartacus/documents/root';
import { Observable } from 'rxjs';
import { DocumentBulkAdapter } from './document-bulk.adapter';

@Injectable()
export class DocumentBulkConnector {
  constructor(protected adapter: DocumentBulkAdapter) {}

  getArchive(
    userId: string,
    selection: DocumentSelection,
    orgUnitId?: string
  ): Observable<DocumentTransferEvent> {
    return this.adapter.loadArchive(userId, selection, orgUnitId);
  }

  getExport(
    userId: string,
    filter: DocumentFilter,
    orgUnitId?: string
  ): Observable<DocumentTransferEvent> {
    return this.adapter.loadExport(userId, filter, orgUnitId);
  }

  getOrgArchive(
    userId: string,
    orgUnitId: string,
    filter: OrgDocumentSearchParams
  ): Observable<DocumentTransferEvent> {
    return this.adapter.loadOrgArchive(userId, orgUnitId, filter);
  }

  getOrgExport(
    userId: string,
    orgUnitId: string,
    filter: OrgDocumentSearchParams
  ): Observable<DocumentTransferEvent> {
    return this.adapter.loadOrgExport(userId, orgUnitId, filter);
  }
}

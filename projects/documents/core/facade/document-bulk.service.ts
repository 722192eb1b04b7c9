import { Injectable } from '@angular/core';
import {
  DocumentBulkFacade,
  DocumentFilter,
  DocumentSelection,
  DocumentTransferEvent,
  OrgDocumentSearchParams,
} from '@exstream-spartacus/documents/root';
import { UserIdService } from '@spartacus/core';
import { Observable, throwError } from 'rxjs';
import { catchError, switchMap } from 'rxjs/operators';
import { DocumentBulkConnector } from '../connectors/document-bulk.connector';
import { toDocumentsError } from './documents-error';

@Injectable()
export class DocumentBulkService implements DocumentBulkFacade {
  constructor(
    protected userIdService: UserIdService,
    protected connector: DocumentBulkConnector
  ) {}

  downloadArchive(
    selection: DocumentSelection,
    orgUnitId?: string
  ): Observable<DocumentTransferEvent> {
    return this.withUser((userId) => this.connector.getArchive(userId, selection, orgUnitId));
  }

  downloadExport(filter: DocumentFilter, orgUnitId?: string): Observable<DocumentTransferEvent> {
    return this.withUser((userId) => this.connector.getExport(userId, filter, orgUnitId));
  }

  downloadOrgArchive(orgUnitId: string, filter: OrgDocumentSearchParams): Observable<DocumentTransferEvent> {
    return this.withUser((userId) => this.connector.getOrgArchive(userId, orgUnitId, filter));
  }

  downloadOrgExport(orgUnitId: string, filter: OrgDocumentSearchParams): Observable<DocumentTransferEvent> {
    return this.withUser((userId) => this.connector.getOrgExport(userId, orgUnitId, filter));
  }

  protected withUser(
    load: (userId: string) => Observable<DocumentTransferEvent>
  ): Observable<DocumentTransferEvent> {
    return this.userIdService.takeUserId(true).pipe(
      switchMap(load),
      catchError((error: unknown) => throwError(toDocumentsError(error)))
    );
  }
}

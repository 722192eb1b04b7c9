import { Injectable } from '@angular/core';
import {
  DocumentBulkFacade,
  DocumentFilter,
  DocumentSelection,
  DocumentTransferEvent,
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
    return this.userIdService.takeUserId(true).pipe(
      switchMap((userId) => this.connector.getArchive(userId, selection, orgUnitId)),
      catchError((error: unknown) => throwError(toDocumentsError(error)))
    );
  }

  downloadExport(filter: DocumentFilter, orgUnitId?: string): Observable<DocumentTransferEvent> {
    return this.userIdService.takeUserId(true).pipe(
      switchMap((userId) => this.connector.getExport(userId, filter, orgUnitId)),
      catchError((error: unknown) => throwError(toDocumentsError(error)))
    );
  }
}

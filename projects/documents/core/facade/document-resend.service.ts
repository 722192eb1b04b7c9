import { Injectable } from '@angular/core';
import {
  DocumentResendChannel,
  DocumentResendFacade,
  DocumentResendReceipt,
} from '@exstream-spartacus/documents/root';
import { UserIdService } from '@spartacus/core';
import { Observable, throwError } from 'rxjs';
import { catchError, switchMap } from 'rxjs/operators';
import { DocumentsConnector } from '../connectors/documents.connector';
import { toDocumentsError } from './documents-error';

@Injectable()
export class DocumentResendService implements DocumentResendFacade {
  constructor(
    protected userIdService: UserIdService,
    protected connector: DocumentsConnector
  ) {}

  resend(
    documentId: string,
    channel: DocumentResendChannel = 'EMAIL'
  ): Observable<DocumentResendReceipt> {
    return this.userIdService.takeUserId(true).pipe(
      switchMap((userId) => this.connector.resend(userId, documentId, channel)),
      catchError((error: unknown) => throwError(toDocumentsError(error)))
    );
  }
}

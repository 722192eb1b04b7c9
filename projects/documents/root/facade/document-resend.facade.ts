import { Injectable } from '@angular/core';
import { facadeFactory } from '@spartacus/core';
import { Observable } from 'rxjs';
import { EXSTREAM_DOCUMENTS_CORE_FEATURE } from '../feature-name';
import {
  DocumentResendChannel,
  DocumentResendReceipt,
} from '../model/document-resend.model';

export function documentResendFacadeFactory(): DocumentResendFacade {
  return facadeFactory({
    facade: DocumentResendFacade,
    feature: EXSTREAM_DOCUMENTS_CORE_FEATURE,
    methods: ['resend'],
    async: true,
  });
}

/**
 * Asks Exstream to send one of the current shopper's documents again (for a
 * customer-service agent: to the customer they act for).
 */
@Injectable({
  providedIn: 'root',
  useFactory: documentResendFacadeFactory,
})
export abstract class DocumentResendFacade {
  /** Completes after one answer; fails with a `DocumentsError`. */
  abstract resend(
    documentId: string,
    channel?: DocumentResendChannel
  ): Observable<DocumentResendReceipt>;
}

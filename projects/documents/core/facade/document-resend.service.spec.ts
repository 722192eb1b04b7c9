import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { TestBed } from '@angular/core/testing';
import { DocumentResendReceipt, DocumentsError } from '@exstream-spartacus/documents/root';
import { UserIdService } from '@spartacus/core';
import { of, throwError } from 'rxjs';
import { DocumentsConnector } from '../connectors/documents.connector';
import { DocumentResendService } from './document-resend.service';

describe('DocumentResendService', () => {
  let service: DocumentResendService;
  let connector: jasmine.SpyObj<DocumentsConnector>;

  beforeEach(() => {
    connector = jasmine.createSpyObj<DocumentsConnector>('DocumentsConnector', ['resend']);
    const userId = jasmine.createSpyObj<UserIdService>('UserIdService', ['takeUserId']);
    // an agent emulating a customer: Spartacus' user id is the customer's
    userId.takeUserId.and.returnValue(of('4f1c2a7e-customer-id'));
    TestBed.configureTestingModule({
      providers: [
        DocumentResendService,
        { provide: DocumentsConnector, useValue: connector },
        { provide: UserIdService, useValue: userId },
      ],
    });
    service = TestBed.inject(DocumentResendService);
  });

  it("asks for the document of the current (or emulated) user to be sent again by e-mail", () => {
    const receipt: DocumentResendReceipt = { documentId: 'd-1', channel: 'EMAIL', requestedAt: '2026-12-01T10:00:00Z' };
    connector.resend.and.returnValue(of(receipt));
    let answer: DocumentResendReceipt | undefined;
    service.resend('d-1').subscribe((r) => (answer = r));
    expect(connector.resend).toHaveBeenCalledWith('4f1c2a7e-customer-id', 'd-1', 'EMAIL');
    expect(answer).toBe(receipt);
  });

  it('fails with a DocumentsError that keeps the retry time', () => {
    connector.resend.and.returnValue(
      throwError(
        new HttpErrorResponse({
          status: 503,
          headers: new HttpHeaders({ 'Retry-After': '5' }),
          error: { errors: [{ type: 'ServiceUnavailableError', message: 'Exstream is not available' }] },
        })
      )
    );
    let failure: DocumentsError | undefined;
    service.resend('d-1', 'POST').subscribe({ error: (e) => (failure = e) });
    expect(connector.resend).toHaveBeenCalledWith('4f1c2a7e-customer-id', 'd-1', 'POST');
    expect(failure).toEqual(jasmine.objectContaining({ status: 503, retryAfterSeconds: 5, type: 'ServiceUnavailableError' }));
  });
});

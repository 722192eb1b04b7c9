import { DocumentsError, ExstreamDocument } from '@exstream-spartacus/documents/root';
import { Subject } from 'rxjs';
import { fakeDocument } from '../../testing/document-fixtures';
import { DocumentRequests, requestErrorKey } from './document-requests';

describe('DocumentRequests', () => {
  const warranty = { type: 'WARRANTY', entryNumber: 0 };

  it('is pending until the document arrives, then forgets the request', () => {
    const requests = new DocumentRequests();
    const result = new Subject<ExstreamDocument>();
    const done = jasmine.createSpy('done');
    requests.start(warranty, () => result, { done, failed: fail });
    expect(requests.isPending(warranty)).toBe(true);
    const created = fakeDocument({ id: 'war', type: 'WARRANTY' });
    result.next(created);
    expect(done).toHaveBeenCalledWith(created);
    expect(requests.state(warranty)).toBeUndefined();
  });

  it('keeps the error of a failed request until the next attempt', () => {
    const requests = new DocumentRequests();
    const result = new Subject<ExstreamDocument>();
    const failed = jasmine.createSpy('failed');
    requests.start(warranty, () => result, { done: fail, failed });
    const error: DocumentsError = { status: 500 } as DocumentsError;
    result.error(error);
    expect(failed).toHaveBeenCalled();
    expect(requests.state(warranty)).toEqual({ pending: false, error });
    expect(requests.isPending(warranty)).toBe(false);
  });

  it('stops running requests when destroyed', () => {
    const requests = new DocumentRequests();
    const result = new Subject<ExstreamDocument>();
    requests.start(warranty, () => result, { done: fail, failed: fail });
    requests.destroy();
    expect(result.observers.length).toBe(0);
  });

  it('names the message of a failed request', () => {
    expect(requestErrorKey({ status: 503, retryAfterSeconds: 30 } as DocumentsError)).toBe(
      'exstreamOrderDocuments.unavailableRetry'
    );
    expect(requestErrorKey({ status: 503 } as DocumentsError)).toBe('exstreamOrderDocuments.unavailable');
    expect(requestErrorKey({ status: 500 } as DocumentsError)).toBe('exstreamOrderDocuments.requestFailed');
  });
});

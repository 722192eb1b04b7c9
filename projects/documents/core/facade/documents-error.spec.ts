import { HttpErrorResponse, HttpHeaders } from '@angular/common/http';
import { isMissingEndpoint, toDocumentsError } from './documents-error';

function httpError(status: number, body: unknown, headers?: Record<string, string>) {
  return new HttpErrorResponse({
    status,
    error: body,
    headers: new HttpHeaders(headers ?? {}),
    url: '/x',
  });
}

describe('documents errors', () => {
  describe('toDocumentsError', () => {
    it('takes type and message from the OCC body', () => {
      expect(
        toDocumentsError(
          httpError(404, { errors: [{ type: 'UnknownIdentifierError', message: 'gone' }] })
        )
      ).toEqual({ status: 404, type: 'UnknownIdentifierError', message: 'gone' });
    });

    it('reads Retry-After in seconds', () => {
      const error = toDocumentsError(
        httpError(
          503,
          { errors: [{ type: 'ServiceUnavailableError', message: 'later' }] },
          { 'Retry-After': '30' }
        )
      );
      expect(error.status).toBe(503);
      expect(error.retryAfterSeconds).toBe(30);
    });

    it('reads Retry-After as an HTTP date', () => {
      const inOneMinute = new Date(Date.now() + 60_000).toUTCString();
      const error = toDocumentsError(httpError(503, null, { 'Retry-After': inOneMinute }));
      expect(error.retryAfterSeconds).toBeGreaterThan(50);
      expect(error.retryAfterSeconds).toBeLessThanOrEqual(60);
    });

    it('ignores an unreadable Retry-After', () => {
      expect(
        toDocumentsError(httpError(503, null, { 'Retry-After': 'soon' })).retryAfterSeconds
      ).toBeUndefined();
    });

    it('keeps the message of other errors', () => {
      expect(toDocumentsError(new Error('boom'))).toEqual({ message: 'boom' });
      expect(toDocumentsError('text')).toEqual({ message: 'text' });
    });
  });

  describe('isMissingEndpoint', () => {
    it('is true for the proxy answer to an unknown path', () => {
      expect(
        isMissingEndpoint(
          httpError(404, { errors: [{ type: 'UnknownResourceError', message: 'no route' }] })
        )
      ).toBe(true);
    });

    it('is true for a 404 without an OCC body, 405 and 501', () => {
      expect(isMissingEndpoint(httpError(404, { message: 'Not Found' }))).toBe(true);
      expect(isMissingEndpoint(httpError(405, null))).toBe(true);
      expect(isMissingEndpoint(httpError(501, null))).toBe(true);
    });

    it('is false for an unknown document or order and for other errors', () => {
      expect(
        isMissingEndpoint(
          httpError(404, { errors: [{ type: 'UnknownIdentifierError', message: 'no doc' }] })
        )
      ).toBe(false);
      expect(isMissingEndpoint(httpError(500, null))).toBe(false);
      expect(isMissingEndpoint(httpError(401, null))).toBe(false);
      expect(isMissingEndpoint(new Error('x'))).toBe(false);
    });
  });
});

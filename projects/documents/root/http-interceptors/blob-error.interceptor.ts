import {
  HttpErrorResponse,
  HttpEvent,
  HttpHandler,
  HttpInterceptor,
  HttpRequest,
} from '@angular/common/http';
import { Injectable } from '@angular/core';
import { from, Observable, throwError } from 'rxjs';
import { catchError, switchMap } from 'rxjs/operators';

/**
 * Requests with `responseType: 'blob'` receive their error bodies as a Blob,
 * too. Spartacus' `AuthInterceptor` inspects the JSON error body to recognise
 * an expired token (`InvalidTokenError`) and refresh it, so this interceptor
 * turns JSON error blobs back into objects before they reach it.
 */
@Injectable({ providedIn: 'root' })
export class DocumentsBlobErrorInterceptor implements HttpInterceptor {
  intercept(
    request: HttpRequest<unknown>,
    next: HttpHandler
  ): Observable<HttpEvent<unknown>> {
    if (request.responseType !== 'blob') {
      return next.handle(request);
    }
    return next.handle(request).pipe(
      catchError((error: unknown) => {
        if (
          error instanceof HttpErrorResponse &&
          isBlob(error.error) &&
          /json/i.test(error.error.type || '')
        ) {
          return from(readBlobAsText(error.error)).pipe(
            switchMap((text) => throwError(withParsedBody(error, text)))
          );
        }
        return throwError(error);
      })
    );
  }
}

function isBlob(value: unknown): value is Blob {
  return typeof Blob !== 'undefined' && value instanceof Blob;
}

function readBlobAsText(blob: Blob): Promise<string> {
  if (typeof blob.text === 'function') {
    return blob.text();
  }
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });
}

function withParsedBody(
  error: HttpErrorResponse,
  text: string
): HttpErrorResponse {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return error;
  }
  return new HttpErrorResponse({
    error: body,
    headers: error.headers,
    status: error.status,
    statusText: error.statusText,
    url: error.url ?? undefined,
  });
}

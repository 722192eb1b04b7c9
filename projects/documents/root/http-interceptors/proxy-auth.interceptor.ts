import {
  HttpErrorResponse,
  HttpEvent,
  HttpHandler,
  HttpInterceptor,
  HttpRequest,
} from '@angular/common/http';
import { Injectable } from '@angular/core';
import {
  AuthHttpHeaderService,
  AuthStorageService,
  AuthToken,
  OccEndpointsService,
  WindowRef,
} from '@spartacus/core';
import { Observable, throwError } from 'rxjs';
import { catchError, switchMap, take } from 'rxjs/operators';
import { ExstreamDocumentsConfig } from '../config/documents-config';
import { isUnderBaseUrl } from './proxy-url';

/**
 * Attaches the shopper's Commerce token to requests for the document proxy
 * when it runs under its own base URL (`exstreamDocuments.proxyBaseUrl`).
 *
 * Only URLs under that base URL get the header: never another host, and never
 * OCC URLs, which Spartacus' own `AuthInterceptor` handles. An expired token
 * (401 `InvalidTokenError`) is refreshed and the request retried, as
 * Spartacus does for OCC calls.
 */
@Injectable({ providedIn: 'root' })
export class DocumentsProxyAuthInterceptor implements HttpInterceptor {
  constructor(
    protected config: ExstreamDocumentsConfig,
    protected occEndpoints: OccEndpointsService,
    protected authStorageService: AuthStorageService,
    protected authHttpHeaderService: AuthHttpHeaderService,
    protected winRef: WindowRef
  ) {}

  intercept(
    request: HttpRequest<unknown>,
    next: HttpHandler
  ): Observable<HttpEvent<unknown>> {
    if (!this.isProxyRequest(request)) {
      return next.handle(request);
    }
    return this.authStorageService.getToken().pipe(
      take(1),
      switchMap((token) =>
        next.handle(this.withToken(request, token)).pipe(
          catchError((error: unknown) =>
            this.isExpiredToken(error) && token?.access_token
              ? this.authHttpHeaderService.handleExpiredAccessToken(
                  request,
                  next,
                  token
                )
              : throwError(error)
          )
        )
      )
    );
  }

  /** Requests under the configured proxy base URL that Spartacus does not cover. */
  protected isProxyRequest(request: HttpRequest<unknown>): boolean {
    const proxyBaseUrl = this.config.exstreamDocuments?.proxyBaseUrl;
    if (!proxyBaseUrl || request.headers.has('Authorization')) {
      return false;
    }
    const origin = this.winRef.nativeWindow?.location?.origin;
    return (
      isUnderBaseUrl(request.url, proxyBaseUrl, origin) &&
      !request.url.includes(this.occEndpoints.getBaseUrl())
    );
  }

  protected withToken(
    request: HttpRequest<unknown>,
    token: AuthToken | undefined
  ): HttpRequest<unknown> {
    if (!token?.access_token) {
      return request;
    }
    return request.clone({
      setHeaders: {
        Authorization: `${token.token_type || 'Bearer'} ${token.access_token}`,
      },
    });
  }

  protected isExpiredToken(error: unknown): boolean {
    if (!(error instanceof HttpErrorResponse) || error.status !== 401) {
      return false;
    }
    const body = error.error as { errors?: { type?: string }[] } | null;
    return body?.errors?.[0]?.type === 'InvalidTokenError';
  }
}


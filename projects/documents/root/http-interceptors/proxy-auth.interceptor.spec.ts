import { HTTP_INTERCEPTORS, HttpClient, HttpRequest } from '@angular/common/http';
import {
  HttpClientTestingModule,
  HttpTestingController,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  AuthHttpHeaderService,
  AuthStorageService,
  AuthToken,
  OccEndpointsService,
} from '@spartacus/core';
import { BehaviorSubject, EMPTY } from 'rxjs';
import { ExstreamDocumentsConfig } from '../config/documents-config';
import { DocumentsProxyAuthInterceptor } from './proxy-auth.interceptor';
import { isUnderBaseUrl } from './proxy-url';

const PROXY = 'https://documents.example.com';
const OCC = 'https://shop.example.com/occ/v2/electronics-spa';

describe('DocumentsProxyAuthInterceptor', () => {
  let http: HttpClient;
  let httpMock: HttpTestingController;
  let token$: BehaviorSubject<AuthToken>;
  let headerService: jasmine.SpyObj<AuthHttpHeaderService>;

  function setUp(proxyBaseUrl: string | undefined) {
    token$ = new BehaviorSubject<AuthToken>({
      access_token: 'token-1',
      token_type: 'bearer',
      refresh_token: 'refresh-1',
    } as AuthToken);
    headerService = jasmine.createSpyObj('AuthHttpHeaderService', ['handleExpiredAccessToken']);
    headerService.handleExpiredAccessToken.and.returnValue(EMPTY);
    TestBed.configureTestingModule({
      imports: [HttpClientTestingModule],
      providers: [
        { provide: ExstreamDocumentsConfig, useValue: { exstreamDocuments: { proxyBaseUrl } } },
        { provide: OccEndpointsService, useValue: { getBaseUrl: () => OCC } },
        { provide: AuthStorageService, useValue: { getToken: () => token$ } },
        { provide: AuthHttpHeaderService, useValue: headerService },
        { provide: HTTP_INTERCEPTORS, useExisting: DocumentsProxyAuthInterceptor, multi: true },
      ],
    });
    http = TestBed.inject(HttpClient);
    httpMock = TestBed.inject(HttpTestingController);
  }

  function authorizationOf(url: string): string | null {
    http.get(url).subscribe({ error: () => undefined });
    const request = httpMock.expectOne(url);
    const header = request.request.headers.get('Authorization');
    request.flush({});
    return header;
  }

  afterEach(() => httpMock.verify());

  describe('with a proxy on another origin', () => {
    beforeEach(() => setUp(PROXY));

    it('attaches the token to requests for the proxy', () => {
      expect(
        authorizationOf(`${PROXY}/occ/v2/electronics-spa/users/current/documents`)
      ).toBe('bearer token-1');
    });

    it('never attaches it to another host', () => {
      for (const url of [
        'https://evil.example.com/occ/v2/electronics-spa/users/current/documents',
        'https://documents.example.com.evil.example/occ/v2/x',
        'http://documents.example.com/occ/v2/x',
        'https://documents.example.com:8443/occ/v2/x',
        'https://user@evil.example/?documents.example.com',
      ]) {
        expect(authorizationOf(url)).withContext(url).toBeNull();
      }
    });

    it('leaves OCC requests to Spartacus', () => {
      expect(authorizationOf(`${OCC}/users/current`)).toBeNull();
    });

    it('keeps an Authorization header the request already has', () => {
      const url = `${PROXY}/occ/v2/electronics-spa/users/current/documents`;
      http.get(url, { headers: { Authorization: 'Basic abc' } }).subscribe();
      const request = httpMock.expectOne(url);
      expect(request.request.headers.get('Authorization')).toBe('Basic abc');
      request.flush({});
    });

    it('sends no header while nobody is logged in', () => {
      token$.next({} as AuthToken);
      expect(authorizationOf(`${PROXY}/occ/v2/electronics-spa/users/anonymous/documents`)).toBeNull();
    });

    it('refreshes an expired token through Spartacus and retries', () => {
      const url = `${PROXY}/occ/v2/electronics-spa/users/current/documents`;
      http.get(url).subscribe();
      httpMock.expectOne(url).flush(
        { errors: [{ type: 'InvalidTokenError', message: 'expired' }] },
        { status: 401, statusText: 'Unauthorized' }
      );
      expect(headerService.handleExpiredAccessToken).toHaveBeenCalledTimes(1);
      const [request, , token] = headerService.handleExpiredAccessToken.calls.mostRecent().args;
      expect((request as HttpRequest<unknown>).url).toBe(url);
      expect(token?.access_token).toBe('token-1');
    });

    it('passes other errors on', () => {
      const url = `${PROXY}/occ/v2/electronics-spa/users/current/documents/x`;
      let status: number | undefined;
      http.get(url).subscribe({ error: (e) => (status = e.status) });
      httpMock.expectOne(url).flush(
        { errors: [{ type: 'UnknownIdentifierError', message: 'no' }] },
        { status: 404, statusText: 'Not Found' }
      );
      expect(status).toBe(404);
      expect(headerService.handleExpiredAccessToken).not.toHaveBeenCalled();
    });
  });

  describe('without a proxy base URL', () => {
    beforeEach(() => setUp(undefined));

    it('attaches nothing anywhere', () => {
      expect(authorizationOf(`${PROXY}/occ/v2/electronics-spa/users/current/documents`)).toBeNull();
      expect(authorizationOf('https://other.example.com/x')).toBeNull();
    });
  });

  describe('with a proxy base URL that has a path', () => {
    beforeEach(() => setUp('https://api.example.com/exstream'));

    it('covers only that path', () => {
      expect(authorizationOf('https://api.example.com/exstream/occ/v2/s/users/current/documents')).toBe(
        'bearer token-1'
      );
      expect(authorizationOf('https://api.example.com/exstream-other/x')).toBeNull();
      expect(authorizationOf('https://api.example.com/other')).toBeNull();
    });
  });
});

describe('isUnderBaseUrl', () => {
  it('resolves relative URLs against the page origin', () => {
    expect(isUnderBaseUrl('/docs/x', 'https://a.example/docs', 'https://a.example')).toBe(true);
    expect(isUnderBaseUrl('/docs/x', 'https://a.example/docs', 'https://b.example')).toBe(false);
  });

  it('rejects unparsable URLs', () => {
    expect(isUnderBaseUrl('http://[', 'https://a.example')).toBe(false);
  });
});

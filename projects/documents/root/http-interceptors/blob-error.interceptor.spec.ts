import { HTTP_INTERCEPTORS, HttpClient, HttpErrorResponse } from '@angular/common/http';
import {
  HttpClientTestingModule,
  HttpTestingController,
} from '@angular/common/http/testing';
import { fakeAsync, flushMicrotasks, TestBed } from '@angular/core/testing';
import { DocumentsBlobErrorInterceptor } from './blob-error.interceptor';

describe('DocumentsBlobErrorInterceptor', () => {
  let http: HttpClient;
  let httpMock: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [HttpClientTestingModule],
      providers: [
        {
          provide: HTTP_INTERCEPTORS,
          useExisting: DocumentsBlobErrorInterceptor,
          multi: true,
        },
      ],
    });
    http = TestBed.inject(HttpClient);
    httpMock = TestBed.inject(HttpTestingController);
  });

  afterEach(() => httpMock.verify());

  it('parses JSON error bodies of blob requests', (done) => {
    http.get('/content', { responseType: 'blob' }).subscribe({
      error: (error: HttpErrorResponse) => {
        expect(error.status).toBe(401);
        expect(error.error).toEqual({
          errors: [{ type: 'InvalidTokenError', message: 'expired' }],
        });
        done();
      },
    });
    httpMock.expectOne('/content').flush(
      new Blob([JSON.stringify({ errors: [{ type: 'InvalidTokenError', message: 'expired' }] })], {
        type: 'application/json',
      }),
      { status: 401, statusText: 'Unauthorized' }
    );
  });

  it('leaves non-JSON blob errors alone', fakeAsync(() => {
    let error: HttpErrorResponse | undefined;
    http.get('/content', { responseType: 'blob' }).subscribe({ error: (e) => (error = e) });
    const body = new Blob(['oops'], { type: 'text/plain' });
    httpMock.expectOne('/content').flush(body, { status: 500, statusText: 'Error' });
    flushMicrotasks();
    expect(error?.error).toBe(body);
  }));

  it('leaves JSON requests alone', () => {
    let error: HttpErrorResponse | undefined;
    http.get('/list').subscribe({ error: (e) => (error = e) });
    httpMock.expectOne('/list').flush({ errors: [] }, { status: 400, statusText: 'Bad' });
    expect(error?.error).toEqual({ errors: [] });
  });
});

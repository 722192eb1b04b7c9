import { HttpEventType, HttpHeaders } from '@angular/common/http';
import {
  HttpClientTestingModule,
  HttpTestingController,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  DocumentTransferEvent,
  ExstreamDocument,
} from '@exstream-spartacus/documents/root';
import { BaseSiteService, OccConfig } from '@spartacus/core';
import { of } from 'rxjs';
import { OrderDocumentsResponse } from '@exstream-spartacus/documents/core';
import { defaultOccExstreamDocumentsConfig } from '../config/default-occ-documents-config';
import { OccOrderDocumentsAdapter } from './occ-order-documents.adapter';

const BASE = 'https://shop.example.com/occ/v2/electronics-spa';

describe('OccOrderDocumentsAdapter', () => {
  let adapter: OccOrderDocumentsAdapter;
  let httpMock: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [HttpClientTestingModule],
      providers: [
        OccOrderDocumentsAdapter,
        {
          provide: OccConfig,
          useValue: {
            backend: {
              occ: {
                baseUrl: 'https://shop.example.com',
                prefix: '/occ/v2/',
                endpoints: { ...defaultOccExstreamDocumentsConfig.backend?.occ?.endpoints },
              },
            },
            context: { baseSite: ['electronics-spa'] },
          } as OccConfig,
        },
        { provide: BaseSiteService, useValue: { getActive: () => of('electronics-spa') } },
      ],
    });
    adapter = TestBed.inject(OccOrderDocumentsAdapter);
    httpMock = TestBed.inject(HttpTestingController);
  });

  afterEach(() => httpMock.verify());

  it('loads the order documents and fills in missing lists', () => {
    let result: OrderDocumentsResponse | undefined;
    adapter.loadOrderDocuments('current', '100012').subscribe((r) => (result = r));
    const req = httpMock.expectOne(`${BASE}/users/current/orders/100012/documents`);
    expect(req.request.method).toBe('GET');
    req.flush({ documents: [{ id: 'd-1' }] });
    expect(result).toEqual({ documents: [{ id: 'd-1' } as ExstreamDocument], generatable: [] });
  });

  it('posts a generation request with only the given fields', () => {
    let created: ExstreamDocument | undefined;
    adapter
      .generate('current', '100012', { type: 'WARRANTY', entryNumber: 0 })
      .subscribe((d) => (created = d));
    const req = httpMock.expectOne(`${BASE}/users/current/orders/100012/documents`);
    expect(req.request.method).toBe('POST');
    expect(req.request.body).toEqual({ type: 'WARRANTY', entryNumber: 0 });
    req.flush({ id: 'd-9', type: 'WARRANTY' }, { status: 201, statusText: 'Created' });
    expect(created?.id).toBe('d-9');
  });

  it('probes the archive with HEAD', () => {
    const answers: boolean[] = [];
    adapter.probeArchive('current', '100012').subscribe((a) => answers.push(a));
    adapter.probeArchive('current', '100013').subscribe((a) => answers.push(a));
    const [ok, missing] = httpMock.match((r) => r.url.includes('/documents/archive'));
    expect(ok.request.method).toBe('HEAD');
    expect(ok.request.url).toBe(`${BASE}/users/current/orders/100012/documents/archive`);
    ok.flush(null);
    missing.flush(null, { status: 404, statusText: 'Not Found' });
    expect(answers).toEqual([true, false]);
  });

  it('downloads the archive with progress and a fallback file name', () => {
    const events: DocumentTransferEvent[] = [];
    adapter.loadArchive('current', '100012').subscribe((e) => events.push(e));
    const req = httpMock.expectOne(`${BASE}/users/current/orders/100012/documents/archive`);
    expect(req.request.reportProgress).toBe(true);
    req.event({ type: HttpEventType.DownloadProgress, loaded: 10 });
    req.flush(new Blob(['PK']), { headers: new HttpHeaders({ 'Content-Type': 'application/zip' }) });
    expect(events[0]).toEqual({ kind: 'progress', loaded: 10 });
    const done = events[events.length - 1];
    expect(done.kind === 'done' && done.file.fileName).toBe('Order 100012 documents.zip');
    expect(done.kind === 'done' && done.file.mimeType).toBe('application/zip');
  });
});

import {
  HttpClientTestingModule,
  HttpTestingController,
} from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import {
  CommunicationPreferenceHistory,
  CommunicationPreferences,
  ExstreamDocumentsConfig,
} from '@exstream-spartacus/documents/root';
import { BaseSiteService, OccConfig } from '@spartacus/core';
import { of } from 'rxjs';
import { defaultOccExstreamDocumentsConfig } from '../config/default-occ-documents-config';
import { OccCommunicationPreferencesAdapter } from './occ-communication-preferences.adapter';

const BASE = 'https://shop.example.com/occ/v2/electronics-spa';

const occConfig: OccConfig = {
  backend: {
    occ: {
      baseUrl: 'https://shop.example.com',
      prefix: '/occ/v2/',
      endpoints: { ...defaultOccExstreamDocumentsConfig.backend?.occ?.endpoints },
    },
  },
  context: { baseSite: ['electronics-spa'] },
};

const stored: CommunicationPreferences = {
  preferences: [
    {
      category: 'BILLING',
      documentTypes: ['INVOICE'],
      channel: 'EMAIL',
      paperless: true,
      format: 'PDF',
      language: 'en',
    },
  ],
  options: { channels: ['EMAIL', 'POST'], formats: ['PDF'], languages: ['en', 'de'] },
  updatedAt: '2026-11-20T10:00:00Z',
  updatedBy: 'anna.schmidt@example.com',
};

describe('OccCommunicationPreferencesAdapter', () => {
  let adapter: OccCommunicationPreferencesAdapter;
  let httpMock: HttpTestingController;

  function configure(proxyBaseUrl?: string) {
    TestBed.configureTestingModule({
      imports: [HttpClientTestingModule],
      providers: [
        OccCommunicationPreferencesAdapter,
        { provide: OccConfig, useValue: occConfig },
        {
          provide: ExstreamDocumentsConfig,
          useValue: { exstreamDocuments: { proxyBaseUrl } },
        },
        { provide: BaseSiteService, useValue: { getActive: () => of('electronics-spa') } },
      ],
    });
    adapter = TestBed.inject(OccCommunicationPreferencesAdapter);
    httpMock = TestBed.inject(HttpTestingController);
  }

  afterEach(() => httpMock.verify());

  it('loads the preferences from the endpoint config', () => {
    configure();
    let result: CommunicationPreferences | undefined;
    adapter.load('current').subscribe((r) => (result = r));
    const request = httpMock.expectOne(`${BASE}/users/current/communicationPreferences`);
    expect(request.request.method).toBe('GET');
    request.flush(stored);
    expect(result).toEqual(stored);
  });

  it('fills in missing lists', () => {
    configure();
    let result: CommunicationPreferences | undefined;
    adapter.load('current').subscribe((r) => (result = r));
    httpMock.expectOne(`${BASE}/users/current/communicationPreferences`).flush({});
    expect(result?.preferences).toEqual([]);
    expect(result?.options).toEqual({ channels: [], formats: [], languages: [] });
  });

  it('puts only the changeable fields', () => {
    configure();
    let result: CommunicationPreferences | undefined;
    adapter
      .update('current', [{ ...stored.preferences[0], channel: 'POST', paperless: false }])
      .subscribe((r) => (result = r));
    const request = httpMock.expectOne(`${BASE}/users/current/communicationPreferences`);
    expect(request.request.method).toBe('PUT');
    expect(request.request.body).toEqual({
      preferences: [
        { category: 'BILLING', channel: 'POST', paperless: false, format: 'PDF', language: 'en' },
      ],
    });
    request.flush(stored);
    expect(result?.updatedBy).toBe('anna.schmidt@example.com');
  });

  it('asks for one page of the history', () => {
    configure();
    let result: CommunicationPreferenceHistory | undefined;
    adapter.loadHistory('current', 2, 10).subscribe((r) => (result = r));
    const request = httpMock.expectOne((r) =>
      r.url.startsWith(`${BASE}/users/current/communicationPreferences/history?`)
    );
    const query = new URL(request.request.url).searchParams;
    expect(query.get('currentPage')).toBe('2');
    expect(query.get('pageSize')).toBe('10');
    request.flush({
      changes: [
        {
          changedAt: '2026-11-20T10:00:00Z',
          changedBy: 'anna.schmidt@example.com',
          category: 'BILLING',
          field: 'channel',
          from: 'EMAIL',
          to: 'POST',
        },
      ],
      pagination: { currentPage: 2, pageSize: 10, totalPages: 3, totalResults: 21 },
    });
    expect(result?.changes.length).toBe(1);
    expect(result?.pagination.totalPages).toBe(3);
  });

  it('uses the proxy base URL when one is configured', () => {
    configure('https://documents.example.com/');
    let result: CommunicationPreferences | undefined;
    adapter.load('current').subscribe((r) => (result = r));
    httpMock
      .expectOne('https://documents.example.com/occ/v2/electronics-spa/users/current/communicationPreferences')
      .flush(stored);
    expect(result?.updatedAt).toBe(stored.updatedAt);
  });
});

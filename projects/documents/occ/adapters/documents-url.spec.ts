import { TestBed } from '@angular/core/testing';
import { ExstreamDocumentsConfig } from '@exstream-spartacus/documents/root';
import { BaseSiteService, OccConfig } from '@spartacus/core';
import { of } from 'rxjs';
import { defaultOccExstreamDocumentsConfig } from '../config/default-occ-documents-config';
import { DocumentsUrlBuilder } from './documents-url';

const occConfig: OccConfig = {
  backend: {
    occ: {
      baseUrl: 'https://shop.example.com',
      prefix: '/occ/v2/',
      endpoints: { ...defaultOccExstreamDocumentsConfig.backend?.occ?.endpoints },
    },
  },
};

function builderWith(proxyBaseUrl?: string): DocumentsUrlBuilder {
  TestBed.configureTestingModule({
    providers: [
      { provide: OccConfig, useValue: occConfig },
      { provide: ExstreamDocumentsConfig, useValue: { exstreamDocuments: { proxyBaseUrl } } },
      { provide: BaseSiteService, useValue: { getActive: () => of('electronics-spa') } },
    ],
  });
  return TestBed.inject(DocumentsUrlBuilder);
}

describe('DocumentsUrlBuilder', () => {
  const attributes = {
    urlParams: { userId: 'current', documentId: 'd 1' },
    queryParams: { disposition: 'inline' },
  };

  it('uses the OCC base URL when no proxy base URL is configured', () => {
    expect(builderWith().buildUrl('exstreamDocumentContent', attributes)).toBe(
      'https://shop.example.com/occ/v2/electronics-spa/users/current/documents/d%201/content?disposition=inline'
    );
  });

  it('puts the OCC path under the configured proxy base URL', () => {
    expect(
      builderWith('https://documents.example.com/').buildUrl('exstreamDocumentContent', attributes)
    ).toBe(
      'https://documents.example.com/occ/v2/electronics-spa/users/current/documents/d%201/content?disposition=inline'
    );
  });

  it('keeps a path in the proxy base URL', () => {
    expect(
      builderWith('https://api.example.com/exstream').buildUrl('exstreamDocuments', {
        urlParams: { userId: 'current' },
      })
    ).toBe('https://api.example.com/exstream/occ/v2/electronics-spa/users/current/documents');
  });
});

import { DocumentList } from '@exstream-spartacus/documents/root';
import { allowedDocumentTypes, documentTypeOptions } from './document-type-options';

function listWithFacets(types: { code: string; count: number }[]): DocumentList {
  return {
    documents: [],
    pagination: { currentPage: 0, pageSize: 10, totalPages: 0, totalResults: 0 },
    sorts: [],
    facets: { types },
  };
}

describe('document type options', () => {
  describe('allowedDocumentTypes', () => {
    it('takes the configured types when the slot names none', () => {
      expect(allowedDocumentTypes(['INVOICE', 'STATEMENT'], [])).toEqual(['INVOICE', 'STATEMENT']);
    });

    it('limits the slot types to the configured ones', () => {
      expect(allowedDocumentTypes(['INVOICE', 'STATEMENT'], ['STATEMENT', 'WARRANTY'])).toEqual([
        'STATEMENT',
      ]);
    });

    it('takes the slot types when nothing is configured, and all types when neither is', () => {
      expect(allowedDocumentTypes([], ['WARRANTY'])).toEqual(['WARRANTY']);
      expect(allowedDocumentTypes([], [])).toEqual([]);
    });
  });

  describe('documentTypeOptions', () => {
    const list = listWithFacets([
      { code: 'INVOICE', count: 4 },
      { code: 'WARRANTY', count: 0 },
      { code: 'STATEMENT', count: 6 },
    ]);

    it('offers the facet types that have documents, in facet order, when all are allowed', () => {
      expect(documentTypeOptions(list, [], [])).toEqual([
        { code: 'INVOICE', count: 4, selected: false },
        { code: 'STATEMENT', count: 6, selected: false },
      ]);
    });

    it('follows the allowed order and keeps a selected type without documents', () => {
      expect(documentTypeOptions(list, ['STATEMENT', 'WARRANTY', 'INVOICE'], ['WARRANTY'])).toEqual([
        { code: 'STATEMENT', count: 6, selected: false },
        { code: 'WARRANTY', count: 0, selected: true },
        { code: 'INVOICE', count: 4, selected: false },
      ]);
    });
  });
});

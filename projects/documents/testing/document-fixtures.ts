import {
  DocumentBulkFacade,
  DocumentList,
  DocumentTransferEvent,
  DocumentType,
  ExstreamDocument,
} from '@exstream-spartacus/documents/root';
import { of } from 'rxjs';
import { DocumentTransferService } from '../components/download/document-transfer.service';

/** A stored PDF invoice; `overrides` set what a spec depends on. */
export function fakeDocument(overrides: Partial<ExstreamDocument> = {}): ExstreamDocument {
  return {
    id: 'd-1',
    type: DocumentType.INVOICE,
    title: 'Invoice',
    number: 'INV-1',
    createdAt: '2026-10-02T09:14:00Z',
    mimeType: 'application/pdf',
    size: 1000,
    ...overrides,
  };
}

/** One page holding `documents`, no sorts and no facets unless overridden. */
export function documentListOf(
  documents: ExstreamDocument[],
  overrides: Partial<DocumentList> = {}
): DocumentList {
  return {
    documents,
    pagination: {
      currentPage: 0,
      pageSize: 10,
      totalPages: 1,
      totalResults: documents.length,
    },
    sorts: [],
    facets: { types: [] },
    ...overrides,
  };
}

/** Every transfer ends at once without progress, unless a spec says otherwise. */
export function documentTransferServiceSpy(): jasmine.SpyObj<DocumentTransferService> {
  const transfer = jasmine.createSpyObj<DocumentTransferService>('DocumentTransferService', [
    'downloadDocument',
    'downloadThroughLink',
    'downloadArchive',
    'downloadSelection',
    'exportList',
  ]);
  transfer.downloadDocument.and.returnValue(of({}));
  transfer.downloadThroughLink.and.returnValue(of({}));
  transfer.downloadArchive.and.returnValue(of({}));
  transfer.downloadSelection.and.returnValue(of({}));
  transfer.exportList.and.returnValue(of({}));
  return transfer;
}

/** A `DocumentBulkFacade` whose ZIP and export end at once without a file. */
export function bulkFacadeSpy(): jasmine.SpyObj<DocumentBulkFacade> {
  const spy = jasmine.createSpyObj<DocumentBulkFacade>('DocumentBulkFacade', [
    'downloadArchive',
    'downloadExport',
    'downloadOrgArchive',
    'downloadOrgExport',
  ]);
  spy.downloadArchive.and.returnValue(of<DocumentTransferEvent>());
  spy.downloadExport.and.returnValue(of<DocumentTransferEvent>());
  spy.downloadOrgArchive.and.returnValue(of<DocumentTransferEvent>());
  spy.downloadOrgExport.and.returnValue(of<DocumentTransferEvent>());
  return spy;
}

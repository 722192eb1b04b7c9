import { Injectable } from '@angular/core';
import { DocumentList } from '@exstream-spartacus/documents/root';
import { Converter } from '@spartacus/core';

/**
 * Makes sure every part of a list response is present, so components need no
 * null checks for `documents`, `sorts` or `facets`.
 */
@Injectable({ providedIn: 'root' })
export class OccDocumentListNormalizer implements Converter<any, DocumentList> {
  convert(source: any, target?: DocumentList): DocumentList {
    const documents = Array.isArray(source?.documents) ? source.documents : [];
    const pagination = source?.pagination ?? {};
    const result: DocumentList = {
      ...(target ?? {}),
      ...source,
      documents,
      pagination: {
        ...pagination,
        currentPage: pagination.currentPage ?? 0,
        pageSize: pagination.pageSize ?? documents.length,
        totalPages: pagination.totalPages ?? (documents.length ? 1 : 0),
        totalResults: pagination.totalResults ?? documents.length,
      },
      sorts: Array.isArray(source?.sorts) ? source.sorts : [],
      facets: {
        ...(source?.facets ?? {}),
        types: Array.isArray(source?.facets?.types) ? source.facets.types : [],
      },
    };
    return result;
  }
}

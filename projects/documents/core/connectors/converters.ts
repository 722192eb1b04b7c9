import { InjectionToken } from '@angular/core';
import { Converter } from '@spartacus/core';
import { DocumentList, ExstreamDocument } from '@exstream-spartacus/documents/root';

export const DOCUMENT_LIST_NORMALIZER = new InjectionToken<
  Converter<any, DocumentList>
>('DocumentListNormalizer');

export const DOCUMENT_NORMALIZER = new InjectionToken<
  Converter<any, ExstreamDocument>
>('DocumentNormalizer');

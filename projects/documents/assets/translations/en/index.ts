import {
  exstreamDocuments,
  exstreamDocumentSorts,
  exstreamDocumentTypes,
} from './exstream-documents';

export const en = {
  exstreamDocuments: {
    exstreamDocuments,
    exstreamDocumentTypes,
    exstreamDocumentSorts,
  },
};

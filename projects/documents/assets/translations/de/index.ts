import {
  exstreamDocuments,
  exstreamDocumentSorts,
  exstreamDocumentTypes,
} from './exstream-documents';

export const de = {
  exstreamDocuments: {
    exstreamDocuments,
    exstreamDocumentTypes,
    exstreamDocumentSorts,
  },
};

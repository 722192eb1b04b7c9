import {
  exstreamDocuments,
  exstreamDocumentSorts,
  exstreamDocumentTypes,
} from './exstream-documents';
import {
  exstreamDocumentViewer,
  exstreamOrderDocuments,
  exstreamOrderHistory,
} from './exstream-order-documents';

export const de = {
  exstreamDocuments: {
    exstreamDocuments,
    exstreamDocumentTypes,
    exstreamDocumentSorts,
    exstreamOrderDocuments,
    exstreamOrderHistory,
    exstreamDocumentViewer,
  },
};

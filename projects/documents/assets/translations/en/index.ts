import { EXSTREAM_DOCUMENTS_TRANSLATION_CHUNK } from '@exstream-spartacus/documents/root';
import {
  exstreamDocuments,
  exstreamDocumentSorts,
  exstreamDocumentTypes,
} from './exstream-documents';
import {
  exstreamDocumentResend,
  exstreamDocumentViewer,
  exstreamOrderDocuments,
  exstreamOrderHistory,
} from './exstream-order-documents';
import {
  exstreamCorrespondenceEvents,
  exstreamDeliveryChannels,
  exstreamDeliveryStatuses,
  exstreamDocumentNotices,
} from './exstream-notices';
import { exstreamCommunicationPreferences } from './exstream-preferences';
import { exstreamCompanyDocuments, exstreamPaymentStatuses } from './exstream-company-documents';

export const en = {
  [EXSTREAM_DOCUMENTS_TRANSLATION_CHUNK]: {
    exstreamDocuments,
    exstreamDocumentTypes,
    exstreamDocumentSorts,
    exstreamOrderDocuments,
    exstreamOrderHistory,
    exstreamDocumentViewer,
    exstreamDocumentResend,
    exstreamDocumentNotices,
    exstreamCorrespondenceEvents,
    exstreamDeliveryChannels,
    exstreamDeliveryStatuses,
    exstreamCommunicationPreferences,
    exstreamCompanyDocuments,
    exstreamPaymentStatuses,
  },
};

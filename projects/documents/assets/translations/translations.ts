import { TranslationChunksConfig, TranslationResources } from '@spartacus/core';
import { de } from './de/index';
import { en } from './en/index';

export const exstreamDocumentsTranslations: TranslationResources = {
  en,
  de,
};

export const exstreamDocumentsTranslationChunksConfig: TranslationChunksConfig = {
  exstreamDocuments: [
    'exstreamDocuments',
    'exstreamDocumentTypes',
    'exstreamDocumentSorts',
    'exstreamOrderDocuments',
    'exstreamOrderHistory',
    'exstreamDocumentViewer',
    'exstreamDocumentNotices',
    'exstreamCorrespondenceEvents',
    'exstreamDeliveryChannels',
    'exstreamDeliveryStatuses',
    'exstreamCommunicationPreferences',
  ],
};

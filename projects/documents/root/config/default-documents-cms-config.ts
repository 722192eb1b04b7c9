import { CmsConfig } from '@spartacus/core';
import {
  EXSTREAM_DOCUMENTS_CORE_FEATURE,
  EXSTREAM_DOCUMENTS_FEATURE,
} from '../feature-name';

/** CMS components that the lazily loaded `exstreamDocuments` feature provides. */
export const EXSTREAM_DOCUMENTS_CMS_COMPONENTS = [
  'ExstreamMyDocumentsComponent',
  'ExstreamOrderDocumentsComponent',
  'ExstreamOrderHistoryComponent',
  'ExstreamDocumentNoticesComponent',
  'ExstreamCommunicationPreferencesComponent',
  'ExstreamCompanyDocumentsComponent',
];

// a factory (not a constant) keeps the computed keys compatible with older View Engine builds
export function defaultExstreamDocumentsCmsConfig(): CmsConfig {
  return {
    featureModules: {
      [EXSTREAM_DOCUMENTS_FEATURE]: {
        cmsComponents: [...EXSTREAM_DOCUMENTS_CMS_COMPONENTS],
      },
      // by default the core is bundled with the components
      [EXSTREAM_DOCUMENTS_CORE_FEATURE]: EXSTREAM_DOCUMENTS_FEATURE,
    },
  };
}

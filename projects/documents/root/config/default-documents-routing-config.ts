import { RoutingConfig } from '@spartacus/core';

export const defaultExstreamDocumentsRoutingConfig: RoutingConfig = {
  routing: {
    routes: {
      myDocuments: {
        paths: ['my-account/documents'],
      },
      documentPreferences: {
        paths: ['my-account/document-preferences'],
      },
    },
  },
};

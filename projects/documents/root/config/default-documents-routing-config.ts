import { RoutingConfig } from '@spartacus/core';

export const defaultExstreamDocumentsRoutingConfig: RoutingConfig = {
  routing: {
    routes: {
      myDocuments: {
        paths: ['my-account/documents'],
      },
      companyDocuments: {
        paths: ['organization/documents'],
      },
      documentPreferences: {
        paths: ['my-account/document-preferences'],
      },
      // Spartacus 4.3 serves the profile's e-mail page as a CMS content page
      // without a route name; the bounced e-mail hint links to it by this name.
      // An app (or a later Spartacus) that names it wins over this default.
      updateEmail: {
        paths: ['my-account/update-email'],
      },
    },
  },
};

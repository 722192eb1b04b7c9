import {
  CommunicationPreferenceHistory,
  CommunicationPreferences,
  CommunicationPreferencesFacade,
} from '@exstream-spartacus/documents/root';

/** Two categories, both by e-mail, as a shopper who never saved sees them. */
export function storedPreferences(
  overrides: Partial<CommunicationPreferences> = {}
): CommunicationPreferences {
  return {
    preferences: [
      {
        category: 'ORDER_UPDATES',
        documentTypes: ['ORDER_CONFIRMATION', 'SHIPMENT_NOTICE'],
        channel: 'EMAIL',
        paperless: false,
        format: 'PDF',
        language: 'en',
      },
      {
        category: 'BILLING',
        documentTypes: ['INVOICE', 'CREDIT_NOTE'],
        channel: 'EMAIL',
        paperless: false,
        format: 'PDF',
        language: 'en',
      },
    ],
    options: {
      channels: ['EMAIL', 'POST', 'ACCOUNT_ONLY'],
      formats: ['PDF', 'HTML'],
      languages: ['en', 'de'],
    },
    ...overrides,
  };
}

/** One change per page: a channel change on page 0, paperless consent after. */
export function preferenceHistoryPage(
  page: number,
  totalPages: number
): CommunicationPreferenceHistory {
  return {
    changes: [
      {
        changedAt: `2026-11-2${page}T10:00:00Z`,
        changedBy: 'anna.schmidt@example.com',
        category: 'BILLING',
        field: page === 0 ? 'channel' : 'paperless',
        from: page === 0 ? 'EMAIL' : false,
        to: page === 0 ? 'POST' : true,
      },
    ],
    pagination: { currentPage: page, pageSize: 10, totalPages, totalResults: totalPages },
  };
}

export function communicationPreferencesFacadeSpy(): jasmine.SpyObj<CommunicationPreferencesFacade> {
  return jasmine.createSpyObj<CommunicationPreferencesFacade>(
    'CommunicationPreferencesFacade',
    ['getPreferences', 'updatePreferences', 'getHistory']
  );
}

export const exstreamDocuments = {
  heading: 'My Documents',
  caption:
    'Your documents, page {{ page }} of {{ pages }} ({{ count }} documents)',
  captionSingle: 'Your documents ({{ count }} documents)',
  columns: {
    type: 'Type',
    title: 'Title',
    number: 'Number',
    order: 'Order',
    date: 'Date',
    size: 'Size',
    actions: 'Actions',
  },
  filter: {
    label: 'Filter by type',
    all: 'All types',
    optionWithCount: '{{ label }} ({{ count }})',
    clear: 'Show all documents',
  },
  sortBy: 'Sort by',
  noOrder: 'Not linked to an order',
  orderLinkLabel: 'Order {{ code }}, open order details',
  loading: 'Loading your documents',
  empty: 'You have no documents yet.',
  emptyFiltered: 'No documents match the selected types.',
  error: 'Your documents could not be loaded.',
  retry: 'Try again',
  download: 'Download',
  downloadLabel: 'Download {{ title }} ({{ number }}), PDF, {{ size }}',
  downloading: 'Downloading…',
  downloadFailed: 'The document "{{ title }}" could not be downloaded. Please try again.',
  preview: 'Preview',
  previewLabel: 'Preview {{ title }} ({{ number }})',
  downloadingPercent: 'Downloading… {{ percent }}%',
  unread: 'New',
  unreadLabel: 'Not opened yet',
};

export const exstreamDocumentTypes = {
  ORDER_CONFIRMATION: 'Order confirmation',
  INVOICE: 'Invoice',
  CREDIT_NOTE: 'Credit note',
  SHIPMENT_NOTICE: 'Shipment notice',
  WARRANTY: 'Warranty certificate',
  POLICY: 'Policy',
  TERMS: 'Terms and conditions',
  STATEMENT: 'Account statement',
  PAYMENT_REMINDER: 'Payment reminder',
  CORRESPONDENCE: 'Letter',
  RENEWAL_OFFER: 'Renewal offer',
};

export const exstreamDocumentSorts = {
  byDateDesc: 'Newest first',
  byDateAsc: 'Oldest first',
  byNumber: 'Document number',
  byType: 'Document type',
};

export const exstreamOrderDocuments = {
  heading: 'Documents for this order',
  loading: 'Loading the documents of this order',
  error: 'The documents of this order could not be loaded.',
  empty: 'There are no documents for this order yet.',
  downloadAll: 'Download all (ZIP)',
  downloadAllLabel:
    'Download all {{ count }} documents of order {{ code }} as one ZIP file',
  downloadAllFailed:
    'The documents of order {{ code }} could not be downloaded. Please try again.',
  groups: {
    confirmation: 'Order confirmation',
    invoices: 'Invoices and credit notes',
    shipment: 'Shipment {{ code }}',
    shipments: 'Shipment notices',
    product: 'Warranty and policy documents for {{ product }}',
    other: 'Other documents',
  },
  entry: 'item {{ number }}',
  trackingId: 'Tracking ID:',
  notYetCreated: 'Not created yet',
  request: 'Request document',
  requestLabel: 'Request document: {{ type }} for order {{ code }}',
  requesting: 'Requesting the document…',
  requestDone: '"{{ title }}" is ready.',
  requestFailed: 'The document could not be requested. Please try again.',
  unavailable:
    'The document service is unavailable right now. Please try again later.',
  unavailableRetry:
    'The document service is unavailable right now. Please try again in {{ seconds }} seconds.',
};

export const exstreamOrderHistory = {
  caption: 'Your orders with their documents',
  loadFailed: 'Your orders could not be loaded.',
  documents: 'Documents',
  loadingDocuments: 'Loading documents',
  documentsUnavailable: 'Documents could not be loaded',
  documentCount: '{{ count }} documents',
  typeCount: '{{ type }}: {{ count }}',
  downloadInvoice: 'Invoice',
  downloadInvoiceLabel: 'Download invoice {{ number }} of order {{ code }}',
  noDocuments: 'None yet',
};

export const exstreamDocumentViewer = {
  close: 'Close',
  loading: 'Loading the document',
  frameTitle: 'Preview of {{ title }}',
  inlineUnavailable:
    'This document cannot be shown here. Please download it instead.',
  error: 'The document could not be opened. Please download it instead.',
  openInNewTab: 'Open in new tab',
  openInNewTabLabel: 'Open in new tab: {{ title }}',
  downloadLabel: 'Download {{ title }} ({{ number }})',
};

export const exstreamDocumentResend = {
  send: 'Send again by e-mail',
  sendLabel: 'Send {{ title }} ({{ number }}) again by e-mail',
  sending: 'Sending…',
  sent: 'We have asked for {{ title }} to be sent again by e-mail.',
  unavailable: 'Sending documents again is not available.',
  retryLater: 'Sending again is not possible right now. Please try again in {{ seconds }} seconds.',
  failed: 'The document could not be sent again. Please try again.',
};

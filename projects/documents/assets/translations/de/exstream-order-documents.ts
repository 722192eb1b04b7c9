export const exstreamOrderDocuments = {
  heading: 'Dokumente zu dieser Bestellung',
  loading: 'Die Dokumente dieser Bestellung werden geladen',
  error: 'Die Dokumente dieser Bestellung konnten nicht geladen werden.',
  empty: 'Zu dieser Bestellung gibt es noch keine Dokumente.',
  downloadAll: 'Alle herunterladen (ZIP)',
  downloadAllLabel:
    'Alle {{ count }} Dokumente der Bestellung {{ code }} als eine ZIP-Datei herunterladen',
  downloadAllFailed:
    'Die Dokumente der Bestellung {{ code }} konnten nicht heruntergeladen werden. Bitte versuchen Sie es erneut.',
  groups: {
    confirmation: 'Auftragsbestätigung',
    invoices: 'Rechnungen und Gutschriften',
    shipment: 'Sendung {{ code }}',
    shipments: 'Versandmitteilungen',
    product: 'Garantie- und Versicherungsunterlagen für {{ product }}',
    other: 'Weitere Dokumente',
  },
  entry: 'Position {{ number }}',
  trackingId: 'Sendungsnummer:',
  notYetCreated: 'Noch nicht erstellt',
  request: 'Dokument anfordern',
  requestLabel: 'Dokument anfordern: {{ type }} für Bestellung {{ code }}',
  requesting: 'Dokument wird angefordert…',
  requestDone: '„{{ title }}“ ist bereit.',
  requestFailed:
    'Das Dokument konnte nicht angefordert werden. Bitte versuchen Sie es erneut.',
  unavailable:
    'Der Dokumentenservice ist gerade nicht erreichbar. Bitte versuchen Sie es später erneut.',
  unavailableRetry:
    'Der Dokumentenservice ist gerade nicht erreichbar. Bitte versuchen Sie es in {{ seconds }} Sekunden erneut.',
};

export const exstreamOrderHistory = {
  caption: 'Ihre Bestellungen mit ihren Dokumenten',
  loadFailed: 'Ihre Bestellungen konnten nicht geladen werden.',
  documents: 'Dokumente',
  loadingDocuments: 'Dokumente werden geladen',
  documentsUnavailable: 'Dokumente konnten nicht geladen werden',
  documentCount: '{{ count }} Dokumente',
  typeCount: '{{ type }}: {{ count }}',
  downloadInvoice: 'Rechnung',
  downloadInvoiceLabel: 'Rechnung {{ number }} der Bestellung {{ code }} herunterladen',
  noDocuments: 'Noch keine',
};

export const exstreamDocumentViewer = {
  close: 'Schließen',
  loading: 'Das Dokument wird geladen',
  frameTitle: 'Vorschau: {{ title }}',
  inlineUnavailable:
    'Dieses Dokument kann hier nicht angezeigt werden. Bitte laden Sie es herunter.',
  error:
    'Das Dokument konnte nicht geöffnet werden. Bitte laden Sie es herunter.',
  openInNewTab: 'In neuem Tab öffnen',
  openInNewTabLabel: 'In neuem Tab öffnen: {{ title }}',
  downloadLabel: '{{ title }} ({{ number }}) herunterladen',
};

export const exstreamDocumentResend = {
  send: 'Erneut per E-Mail senden',
  sendLabel: '{{ title }} ({{ number }}) erneut per E-Mail senden',
  sending: 'Wird gesendet…',
  sent: 'Wir haben veranlasst, dass {{ title }} erneut per E-Mail gesendet wird.',
  unavailable: 'Dokumente erneut zu senden ist nicht verfügbar.',
  retryLater: 'Erneutes Senden ist gerade nicht möglich. Bitte versuchen Sie es in {{ seconds }} Sekunden noch einmal.',
  failed: 'Das Dokument konnte nicht erneut gesendet werden. Bitte versuchen Sie es noch einmal.',
};

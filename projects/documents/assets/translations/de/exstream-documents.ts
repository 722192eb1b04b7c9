export const exstreamDocuments = {
  heading: 'Meine Dokumente',
  caption:
    'Ihre Dokumente, Seite {{ page }} von {{ pages }} ({{ count }} Dokumente)',
  captionSingle: 'Ihre Dokumente ({{ count }} Dokumente)',
  columns: {
    type: 'Art',
    title: 'Titel',
    number: 'Nummer',
    order: 'Bestellung',
    date: 'Datum',
    size: 'Größe',
    actions: 'Aktionen',
  },
  filter: {
    label: 'Nach Art filtern',
    all: 'Alle Arten',
    optionWithCount: '{{ label }} ({{ count }})',
    unread: 'Ungelesen',
    clear: 'Alle Dokumente anzeigen',
  },
  sortBy: 'Sortieren nach',
  noOrder: 'Keiner Bestellung zugeordnet',
  orderLinkLabel: 'Bestellung {{ code }}, Bestelldetails öffnen',
  loading: 'Ihre Dokumente werden geladen',
  empty: 'Sie haben noch keine Dokumente.',
  emptyFiltered: 'Keine Dokumente der gewählten Arten gefunden.',
  error: 'Ihre Dokumente konnten nicht geladen werden.',
  retry: 'Erneut versuchen',
  download: 'Herunterladen',
  downloadLabel: '{{ title }} ({{ number }}) herunterladen, PDF, {{ size }}',
  downloading: 'Wird heruntergeladen…',
  downloadFailed:
    'Das Dokument „{{ title }}“ konnte nicht heruntergeladen werden. Bitte versuchen Sie es erneut.',
  preview: 'Ansehen',
  previewLabel: '{{ title }} ({{ number }}) ansehen',
  downloadingPercent: 'Wird heruntergeladen… {{ percent }} %',
  unread: 'Neu',
  unreadLabel: 'Noch nicht geöffnet',
  emptyUnread: 'Sie haben keine ungelesenen Dokumente.',
  action: 'Angebot ansehen',
  actionLabel: '{{ label }}: {{ title }}',
  correspondence: {
    event: 'Betreff: {{ event }}',
    nextStep: 'Nächster Schritt: {{ step }}',
  },
  delivery: {
    status: '{{ channel }}: {{ status }}',
    bouncedHint: 'Wir konnten Ihnen dieses Dokument nicht per E-Mail zustellen.',
    checkEmail: 'E-Mail-Adresse prüfen',
  },
};

export const exstreamDocumentTypes = {
  ORDER_CONFIRMATION: 'Auftragsbestätigung',
  INVOICE: 'Rechnung',
  CREDIT_NOTE: 'Gutschrift',
  SHIPMENT_NOTICE: 'Versandbenachrichtigung',
  WARRANTY: 'Garantiezertifikat',
  POLICY: 'Police',
  TERMS: 'Geschäftsbedingungen',
  STATEMENT: 'Kontoauszug',
  PAYMENT_REMINDER: 'Zahlungserinnerung',
  CORRESPONDENCE: 'Schreiben',
  RENEWAL_OFFER: 'Verlängerungsangebot',
};

export const exstreamDocumentSorts = {
  byDateDesc: 'Neueste zuerst',
  byDateAsc: 'Älteste zuerst',
  byNumber: 'Dokumentnummer',
  byType: 'Dokumentart',
};

export const exstreamDocumentNotices = {
  none: 'Keine neuen Dokumente',
  // follows the number badge, which screen readers read first
  one: 'ungelesenes Dokument',
  many: 'ungelesene Dokumente',
};

export const exstreamCorrespondenceEvents = {
  FAILED_PAYMENT: 'Zahlung fehlgeschlagen',
  BACKORDER: 'Artikel im Rückstand',
  SHIPMENT_DELAY: 'Lieferverzögerung',
  CANCELLATION: 'Bestellung storniert',
};

export const exstreamDeliveryChannels = {
  EMAIL: 'E-Mail',
  POST: 'Post',
  ACCOUNT: 'Kundenkonto',
};

export const exstreamDeliveryStatuses = {
  SENT: 'gesendet',
  DELIVERED: 'zugestellt',
  BOUNCED: 'nicht zugestellt (unzustellbar)',
  PRINTED: 'gedruckt',
  MAILED: 'per Post versandt',
};

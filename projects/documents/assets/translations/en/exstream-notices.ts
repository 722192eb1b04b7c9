export const exstreamDocumentNotices = {
  none: 'No new documents',
  // follows the number badge, which screen readers read first
  one: 'unread document',
  many: 'unread documents',
};

export const exstreamCorrespondenceEvents = {
  FAILED_PAYMENT: 'Failed payment',
  BACKORDER: 'Item on backorder',
  SHIPMENT_DELAY: 'Shipment delayed',
  CANCELLATION: 'Order cancelled',
};

export const exstreamDeliveryChannels = {
  EMAIL: 'E-mail',
  POST: 'Post',
  ACCOUNT: 'Online account',
};

export const exstreamDeliveryStatuses = {
  SENT: 'sent',
  DELIVERED: 'delivered',
  BOUNCED: 'not delivered (bounced)',
  PRINTED: 'printed',
  MAILED: 'mailed',
};

export * from './document-bulk.service';
export * from './documents-error';
export * from './documents.service';
export * from './order-documents.service';
export * from './order-documents-summary';
export * from './order-list.service';
export * from './communication-preferences-error';
export * from './communication-preferences.service';

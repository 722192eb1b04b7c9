export * from './converters';
export * from './documents.adapter';
export * from './documents.connector';
export * from './order-documents.adapter';
export * from './order-documents.connector';
export * from './communication-preferences.adapter';
export * from './communication-preferences.connector';

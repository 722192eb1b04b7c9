export * from './converters';
export * from './documents.adapter';
export * from './documents.connector';
export * from './order-documents.adapter';
export * from './order-documents.connector';

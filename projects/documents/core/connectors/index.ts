export * from './converters';
export * from './documents.adapter';
export * from './documents.connector';

/*
 * Public API of @exstream-spartacus/documents/components
 */
export * from './documents-components.module';
export * from './download/index';
export * from './my-documents/index';
export * from './order-documents/index';
export * from './order-history/index';
export * from './viewer/index';

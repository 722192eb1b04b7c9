/*
 * Public API of @exstream-spartacus/documents/components
 */
export * from './documents-components.module';
export * from './communication-preferences/index';
export * from './company-documents/index';
export * from './document-actions/index';
export * from './document-notices/index';
export * from './shared/index';
export * from './download/index';
export * from './my-documents/index';
export * from './order-documents/index';
export * from './order-history/index';
export * from './viewer/index';

/*
 * Public API of @exstream-spartacus/documents/components
 */
export * from './documents-components.module';
export * from './download/index';
export * from './my-documents/index';

/*
 * Public API of @exstream-spartacus/documents
 */
export * from './documents.module';

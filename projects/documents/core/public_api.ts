/*
 * Public API of @exstream-spartacus/documents/core
 */
export * from './connectors/index';
export * from './documents-core.module';
export * from './facade/index';

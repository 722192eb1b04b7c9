/*
 * Public API of @exstream-spartacus/documents/occ
 */
export * from './adapters/index';
export * from './config/default-occ-documents-config';
export * from './documents-occ.module';
export * from './model/index';

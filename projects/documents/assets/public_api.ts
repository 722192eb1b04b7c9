/*
 * Public API of @exstream-spartacus/documents/assets
 */
export * from './translations/translations';

/*
 * Public API of @exstream-spartacus/documents/root
 */
export * from './config/index';
export * from './documents-root.module';
export * from './facade/company-documents.facade';
export * from './facade/document-bulk.facade';
export * from './facade/document-resend.facade';
export * from './facade/documents.facade';
export * from './facade/order-documents.facade';
export * from './facade/order-list.facade';
export * from './feature-name';
export * from './http-interceptors/blob-error.interceptor';
export * from './http-interceptors/proxy-auth.interceptor';
export * from './http-interceptors/preferences-validation.handler';
export * from './http-interceptors/proxy-url';
export * from './guards/company-documents.guard';
export * from './model/cms-documents.model';
export * from './model/company-documents.model';
export * from './model/document-resend.model';
export * from './model/documents.model';
export * from './model/document-types';
export * from './model/document-bulk.model';
export * from './model/order-documents.model';
export * from './model/order-list.model';
export * from './facade/communication-preferences.facade';
export * from './model/communication-preferences.model';
export * from './utils/action-url';

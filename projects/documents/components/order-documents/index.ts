export * from './order-document-groups';
export * from './order-documents.component';
export * from './order-documents.module';
export * from './document-requests';
export * from './document-request/document-request.component';

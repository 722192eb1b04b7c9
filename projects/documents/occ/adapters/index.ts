export * from './content-disposition';
export * from './occ-document-list.normalizer';
export * from './occ-documents.adapter';
export * from './documents-url';
export * from './occ-order-documents.adapter';
export * from './occ-order-list.adapter';
export * from './transfer-events';
export * from './occ-communication-preferences.adapter';

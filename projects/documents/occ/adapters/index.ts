export * from './content-disposition';
export * from './occ-document-list.normalizer';
export * from './occ-documents.adapter';
export * from './documents-url';

export * from './my-documents.component';
export * from './my-documents.module';
export * from './document-filters/document-filters.component';
export * from './document-table/document-table.component';

export * from './file-size';
export * from './file-size.pipe';
export * from './my-documents.component';
export * from './my-documents.module';
export * from './file-size.module';
export * from './document-filters/document-filters.component';
export * from './document-table/document-table.component';

export * from './file-size';
export * from './file-size.pipe';
export * from './my-documents.component';
export * from './my-documents.module';
export * from './file-size.module';

export * from './file-size';
export * from './file-size.pipe';
export * from './file-size.module';

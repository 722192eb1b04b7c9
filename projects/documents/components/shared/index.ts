export * from './document-type/index';
export * from './file-size/index';

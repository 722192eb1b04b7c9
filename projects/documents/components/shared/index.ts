export * from './document-type/index';
export * from './file-size/index';
export * from './transfer-label/index';
export * from './load-error/index';
export * from './amount/index';

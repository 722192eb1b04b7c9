export * from './default-documents-cms-config';
export * from './default-documents-config';
export * from './default-documents-routing-config';
export * from './documents-config';
export * from './default-documents-icon-config';

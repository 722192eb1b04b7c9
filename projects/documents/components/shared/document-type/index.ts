export * from './document-type-display.pipes';
export * from './document-type.module';

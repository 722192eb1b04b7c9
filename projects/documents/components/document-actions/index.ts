export * from './document-actions.component';
export * from './document-actions.module';

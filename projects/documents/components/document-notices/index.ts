export * from './document-notices.component';
export * from './document-notices.module';

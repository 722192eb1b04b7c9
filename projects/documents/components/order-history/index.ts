export * from './order-history-documents.component';
export * from './order-history.component';
export * from './order-history.module';

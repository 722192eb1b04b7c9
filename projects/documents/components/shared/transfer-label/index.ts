export * from './transfer-label.module';
export * from './transfer-label.pipe';

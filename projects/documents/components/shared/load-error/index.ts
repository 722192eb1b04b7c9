export * from './load-error.component';
export * from './load-error.module';

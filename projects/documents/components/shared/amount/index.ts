export * from './amount.module';
export * from './amount.pipe';

export * from './communication-preferences.component';
export * from './communication-preferences.module';

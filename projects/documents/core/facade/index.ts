export * from './documents.service';

export * from './document-download.service';

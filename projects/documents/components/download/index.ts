export * from './document-download.service';
export * from './document-transfer.service';
export * from './transfer-tracker';
export * from './view-transfer-tracker';

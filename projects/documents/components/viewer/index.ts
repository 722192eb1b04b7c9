export * from './document-viewer-layout.config';
export * from './document-viewer.component';
export * from './document-viewer.module';
export * from './document-viewer.service';

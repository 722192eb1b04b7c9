import { NgModule } from '@angular/core';
import { DocumentsFacade } from '@exstream-spartacus/documents/root';
import { DocumentsConnector } from './connectors/documents.connector';
import { DocumentsService } from './facade/documents.service';

@NgModule({
  providers: [
    DocumentsService,
    { provide: DocumentsFacade, useExisting: DocumentsService },
    DocumentsConnector,
  ],
})
export class DocumentsCoreModule {}

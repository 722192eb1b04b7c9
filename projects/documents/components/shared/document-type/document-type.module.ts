import { NgModule } from '@angular/core';
import {
  DocumentTypeIconPipe,
  DocumentTypeLabelPipe,
} from './document-type-display.pipes';

@NgModule({
  declarations: [DocumentTypeLabelPipe, DocumentTypeIconPipe],
  exports: [DocumentTypeLabelPipe, DocumentTypeIconPipe],
})
export class DocumentTypeModule {}

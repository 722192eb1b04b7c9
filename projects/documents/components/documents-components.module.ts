import { NgModule } from '@angular/core';
import { MyDocumentsModule } from './my-documents/my-documents.module';

@NgModule({
  imports: [MyDocumentsModule],
})
export class DocumentsComponentsModule {}

import { NgModule } from '@angular/core';
import { CompanyDocumentsModule } from './company-documents/company-documents.module';
import { CommunicationPreferencesModule } from './communication-preferences/communication-preferences.module';
import { DocumentActionsModule } from './document-actions/document-actions.module';
import { DocumentNoticesModule } from './document-notices/document-notices.module';
import { MyDocumentsModule } from './my-documents/my-documents.module';
import { OrderDocumentsModule } from './order-documents/order-documents.module';
import { OrderHistoryModule } from './order-history/order-history.module';
import { DocumentViewerModule } from './viewer/document-viewer.module';

@NgModule({
  imports: [
    MyDocumentsModule,
    OrderDocumentsModule,
    OrderHistoryModule,
    DocumentViewerModule,
    DocumentActionsModule,
    DocumentNoticesModule,
    CommunicationPreferencesModule,
    CompanyDocumentsModule,
  ],
})
export class DocumentsComponentsModule {}

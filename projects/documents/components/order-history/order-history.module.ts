import { CommonModule } from '@angular/common';
import { LoadErrorModule } from '../shared/load-error/load-error.module';
import { NgModule } from '@angular/core';
import { RouterModule } from '@angular/router';
import {
  AuthGuard,
  CmsConfig,
  I18nModule,
  provideDefaultConfig,
  UrlModule,
} from '@spartacus/core';
import {
  IconModule,
  ListNavigationModule,
  SpinnerModule,
} from '@spartacus/storefront';
import { ExstreamOrderHistoryDocumentsComponent } from './order-history-documents.component';
import { ExstreamOrderHistoryComponent } from './order-history.component';
import { DocumentTypeModule } from '../shared/document-type/document-type.module';
import { TransferLabelModule } from '../shared/transfer-label/transfer-label.module';

@NgModule({
  imports: [
    LoadErrorModule,
    CommonModule,
    RouterModule,
    I18nModule,
    UrlModule,
    IconModule,
    ListNavigationModule,
    SpinnerModule,
    DocumentTypeModule,
    TransferLabelModule,
  ],
  declarations: [ExstreamOrderHistoryComponent, ExstreamOrderHistoryDocumentsComponent],
  exports: [ExstreamOrderHistoryComponent, ExstreamOrderHistoryDocumentsComponent],
  providers: [
    provideDefaultConfig(<CmsConfig>{
      cmsComponents: {
        ExstreamOrderHistoryComponent: {
          component: ExstreamOrderHistoryComponent,
          guards: [AuthGuard],
        },
      },
    }),
  ],
})
export class OrderHistoryModule {}

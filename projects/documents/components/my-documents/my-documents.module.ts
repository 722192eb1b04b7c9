import { CommonModule } from '@angular/common';
import { LoadErrorModule } from '../shared/load-error/load-error.module';
import { NgModule } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
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
import { DocumentActionsModule } from '../document-actions/document-actions.module';
import { DocumentTypeModule } from '../shared/document-type/document-type.module';
import { FileSizeModule } from '../shared/file-size/file-size.module';
import { DocumentViewerModule } from '../viewer/document-viewer.module';
import { DocumentFiltersComponent } from './document-filters/document-filters.component';
import { DocumentTableComponent } from './document-table/document-table.component';
import { ExstreamMyDocumentsComponent } from './my-documents.component';
import { DocumentSearchComponent } from './document-search/document-search.component';
import { DocumentDateRangeComponent } from './document-date-range/document-date-range.component';
import { DocumentBulkActionsComponent } from './document-bulk-actions/document-bulk-actions.component';
import { TransferLabelModule } from '../shared/transfer-label/transfer-label.module';

@NgModule({
  imports: [
    LoadErrorModule,
    CommonModule,
    RouterModule,
    ReactiveFormsModule,
    I18nModule,
    UrlModule,
    IconModule,
    ListNavigationModule,
    SpinnerModule,
    FileSizeModule,
    DocumentViewerModule,
    DocumentActionsModule,
    DocumentTypeModule,
    TransferLabelModule,
  ],
  declarations: [
    ExstreamMyDocumentsComponent,
    DocumentFiltersComponent,
    DocumentTableComponent,
    DocumentSearchComponent,
    DocumentDateRangeComponent,
    DocumentBulkActionsComponent,
  ],
  exports: [ExstreamMyDocumentsComponent, DocumentBulkActionsComponent],
  providers: [
    provideDefaultConfig(<CmsConfig>{
      cmsComponents: {
        ExstreamMyDocumentsComponent: {
          component: ExstreamMyDocumentsComponent,
          guards: [AuthGuard],
        },
      },
    }),
  ],
})
export class MyDocumentsModule {}

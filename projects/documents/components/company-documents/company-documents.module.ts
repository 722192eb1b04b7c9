import { CommonModule } from '@angular/common';
import { NgModule } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import { AuthGuard, CmsConfig, I18nModule, provideDefaultConfig } from '@spartacus/core';
import { IconModule, ListNavigationModule, SpinnerModule } from '@spartacus/storefront';
import { DocumentActionsModule } from '../document-actions/document-actions.module';
import { MyDocumentsModule } from '../my-documents/my-documents.module';
import { AmountModule } from '../shared/amount/amount.module';
import { DocumentTypeModule } from '../shared/document-type/document-type.module';
import { LoadErrorModule } from '../shared/load-error/load-error.module';
import { DocumentViewerModule } from '../viewer/document-viewer.module';
import { AccountSummaryComponent } from './account-summary/account-summary.component';
import { ExstreamCompanyDocumentsComponent } from './company-documents.component';
import { OrgDocumentFiltersComponent } from './org-document-filters/org-document-filters.component';
import { OrgDocumentTableComponent } from './org-document-table/org-document-table.component';
import { UnitPickerComponent } from './unit-picker/unit-picker.component';

@NgModule({
  imports: [
    CommonModule,
    ReactiveFormsModule,
    I18nModule,
    IconModule,
    ListNavigationModule,
    SpinnerModule,
    AmountModule,
    DocumentTypeModule,
    DocumentActionsModule,
    DocumentViewerModule,
    LoadErrorModule,
    // its bulk actions (ZIP of the selected documents, CSV export)
    MyDocumentsModule,
  ],
  declarations: [
    ExstreamCompanyDocumentsComponent,
    UnitPickerComponent,
    AccountSummaryComponent,
    OrgDocumentFiltersComponent,
    OrgDocumentTableComponent,
  ],
  exports: [ExstreamCompanyDocumentsComponent],
  providers: [
    provideDefaultConfig(<CmsConfig>{
      cmsComponents: {
        ExstreamCompanyDocumentsComponent: {
          component: ExstreamCompanyDocumentsComponent,
          guards: [AuthGuard],
        },
      },
    }),
  ],
})
export class CompanyDocumentsModule {}

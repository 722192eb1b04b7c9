import { CommonModule } from '@angular/common';
import { LoadErrorModule } from '../shared/load-error/load-error.module';
import { NgModule } from '@angular/core';
import { ReactiveFormsModule } from '@angular/forms';
import {
  AuthGuard,
  CmsConfig,
  I18nModule,
  provideDefaultConfig,
} from '@spartacus/core';
import { SpinnerModule } from '@spartacus/storefront';
import { ExstreamCommunicationPreferencesComponent } from './communication-preferences.component';
import { DocumentTypeModule } from '../shared/document-type/document-type.module';
import { PreferenceCategoryComponent } from './preference-category/preference-category.component';
import { PreferenceHistoryComponent } from './preference-history/preference-history.component';

@NgModule({
  imports: [
    LoadErrorModule,
    CommonModule,
    ReactiveFormsModule,
    I18nModule,
    SpinnerModule,
    DocumentTypeModule,
  ],
  declarations: [
    ExstreamCommunicationPreferencesComponent,
    PreferenceCategoryComponent,
    PreferenceHistoryComponent,
  ],
  exports: [ExstreamCommunicationPreferencesComponent],
  providers: [
    provideDefaultConfig(<CmsConfig>{
      cmsComponents: {
        ExstreamCommunicationPreferencesComponent: {
          component: ExstreamCommunicationPreferencesComponent,
          guards: [AuthGuard],
        },
      },
    }),
  ],
})
export class CommunicationPreferencesModule {}

import { CommonModule } from '@angular/common';
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

@NgModule({
  imports: [CommonModule, ReactiveFormsModule, I18nModule, SpinnerModule],
  declarations: [ExstreamCommunicationPreferencesComponent],
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

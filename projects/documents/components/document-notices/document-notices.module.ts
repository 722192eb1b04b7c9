import { CommonModule } from '@angular/common';
import { NgModule } from '@angular/core';
import { RouterModule } from '@angular/router';
import {
  CmsConfig,
  I18nModule,
  provideDefaultConfig,
  UrlModule,
} from '@spartacus/core';
import { ExstreamDocumentNoticesComponent } from './document-notices.component';

@NgModule({
  imports: [CommonModule, RouterModule, I18nModule, UrlModule],
  declarations: [ExstreamDocumentNoticesComponent],
  exports: [ExstreamDocumentNoticesComponent],
  providers: [
    provideDefaultConfig(<CmsConfig>{
      cmsComponents: {
        // no AuthGuard: it sits in shared header slots and hides itself when logged out
        ExstreamDocumentNoticesComponent: {
          component: ExstreamDocumentNoticesComponent,
        },
      },
    }),
  ],
})
export class DocumentNoticesModule {}

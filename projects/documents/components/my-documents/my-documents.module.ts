import { CommonModule } from '@angular/common';
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
import { FileSizePipe } from './file-size.pipe';
import { ExstreamMyDocumentsComponent } from './my-documents.component';

@NgModule({
  imports: [
    CommonModule,
    RouterModule,
    I18nModule,
    UrlModule,
    IconModule,
    ListNavigationModule,
    SpinnerModule,
  ],
  declarations: [ExstreamMyDocumentsComponent, FileSizePipe],
  exports: [ExstreamMyDocumentsComponent, FileSizePipe],
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

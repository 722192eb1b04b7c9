import { HTTP_INTERCEPTORS } from '@angular/common/http';
import { NgModule } from '@angular/core';
import { RouterModule } from '@angular/router';
import {
  AuthGuard,
  HttpErrorHandler,
  provideDefaultConfig,
  provideDefaultConfigFactory,
} from '@spartacus/core';
import { CmsPageGuard, PageLayoutComponent } from '@spartacus/storefront';
import { defaultExstreamDocumentsCmsConfig } from './config/default-documents-cms-config';
import { defaultExstreamDocumentsConfig } from './config/default-documents-config';
import { defaultExstreamDocumentsIconConfig } from './config/default-documents-icon-config';
import { defaultExstreamDocumentsRoutingConfig } from './config/default-documents-routing-config';
import { CompanyDocumentsGuard } from './guards/company-documents.guard';
import { DocumentsBlobErrorInterceptor } from './http-interceptors/blob-error.interceptor';
import { DocumentsProxyAuthInterceptor } from './http-interceptors/proxy-auth.interceptor';
import { CommunicationPreferencesValidationHandler } from './http-interceptors/preferences-validation.handler';

/**
 * The eagerly loaded part of the feature: configuration, the route of the
 * "My Documents" page and the CMS mapping that lazy-loads the components.
 */
@NgModule({
  imports: [
    RouterModule.forChild([
      {
        // @ts-ignore the path comes from the routing config (cxRoute)
        path: null,
        canActivate: [AuthGuard, CmsPageGuard],
        component: PageLayoutComponent,
        data: { cxRoute: 'myDocuments' },
      },
      {
        // @ts-ignore the path comes from the routing config (cxRoute)
        path: null,
        canActivate: [AuthGuard, CmsPageGuard],
        component: PageLayoutComponent,
        data: { cxRoute: 'documentPreferences' },
      },
      {
        // @ts-ignore the path comes from the routing config (cxRoute)
        path: null,
        canActivate: [AuthGuard, CompanyDocumentsGuard, CmsPageGuard],
        component: PageLayoutComponent,
        data: { cxRoute: 'companyDocuments' },
      },
    ]),
  ],
  providers: [
    provideDefaultConfigFactory(defaultExstreamDocumentsCmsConfig),
    provideDefaultConfig(defaultExstreamDocumentsRoutingConfig),
    provideDefaultConfig(defaultExstreamDocumentsConfig),
    provideDefaultConfig(defaultExstreamDocumentsIconConfig),
    // outer: sees the error bodies the blob-error interceptor has parsed
    {
      provide: HTTP_INTERCEPTORS,
      useExisting: DocumentsProxyAuthInterceptor,
      multi: true,
    },
    {
      provide: HTTP_INTERCEPTORS,
      useExisting: DocumentsBlobErrorInterceptor,
      multi: true,
    },
    {
      provide: HttpErrorHandler,
      useExisting: CommunicationPreferencesValidationHandler,
      multi: true,
    },
  ],
})
export class ExstreamDocumentsRootModule {}

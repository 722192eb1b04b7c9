import { NgModule } from '@angular/core';
import {
  exstreamDocumentsTranslationChunksConfig,
  exstreamDocumentsTranslations,
} from '@exstream-spartacus/documents/assets';
import {
  EXSTREAM_DOCUMENTS_FEATURE,
  ExstreamDocumentsRootModule,
} from '@exstream-spartacus/documents/root';
import { CmsConfig, I18nConfig, provideConfig, RoutingConfig } from '@spartacus/core';

@NgModule({
  declarations: [],
  imports: [ExstreamDocumentsRootModule],
  providers: [
    provideConfig(<CmsConfig>{
      featureModules: {
        [EXSTREAM_DOCUMENTS_FEATURE]: {
          module: () =>
            import('@exstream-spartacus/documents').then(
              (m) => m.ExstreamDocumentsModule
            ),
        },
      },
    }),
    // Opt-in: the order history page shows the documents column. Static CMS mappings win over the
    // order feature's own mapping; the dynamic import keeps the component in a lazily loaded chunk.
    provideConfig(<CmsConfig>{
      cmsComponents: {
        AccountOrderHistoryComponent: {
          component: () =>
            import('@exstream-spartacus/documents/components').then(
              (m) => m.ExstreamOrderHistoryComponent
            ),
        },
      },
    }),
    provideConfig(<I18nConfig>{
      i18n: {
        resources: exstreamDocumentsTranslations,
        chunks: exstreamDocumentsTranslationChunksConfig,
      },
    }),
    provideConfig(<RoutingConfig>{
      routing: {
        routes: {
          myDocuments: { paths: ['my-account/documents'] },
        },
      },
    }),
  ],
})
export class ExstreamDocumentsFeatureModule {}

import { NgModule } from '@angular/core';
import { translationChunksConfig, translations } from "@spartacus/assets";
import { FeaturesConfig, I18nConfig, OccConfig, provideConfig, provideConfigFactory, SiteContextConfig, WindowRef } from "@spartacus/core";
import { defaultCmsContentProviders, IconConfig, layoutConfig, mediaConfig } from "@spartacus/storefront";

/**
 * The demo is served same-origin by an ingress that path-routes OCC calls, so the OCC base URL is
 * the origin the app was loaded from (any port works; angular-oauth2-oidc accepts http only on localhost).
 * On the server that origin is the rendered request's (`SERVER_REQUEST_ORIGIN`, which WindowRef reads).
 */
export function demoOccConfig(windowRef: WindowRef): OccConfig {
  return { backend: { occ: { baseUrl: windowRef.location.origin } } };
}

@NgModule({
  declarations: [],
  imports: [
  ],
  providers: [provideConfig(layoutConfig), provideConfig(mediaConfig), ...defaultCmsContentProviders, provideConfigFactory(demoOccConfig, [WindowRef]), provideConfig(<SiteContextConfig>{
    context: {
      currency: ['USD'],
      language: ['en'],
      baseSite: ['electronics-spa'],
    },
  }), provideConfig(<I18nConfig>{
    i18n: {
      resources: translations,
      chunks: translationChunksConfig,
      fallbackLang: 'en'
    },
  }), provideConfig(<IconConfig>{
    icon: {
      // Font Awesome is bundled with the global styles (angular.json): no CDN link
      resources: [],
    },
  }), provideConfig(<FeaturesConfig>{
    features: {
      level: '4.3'
    }
  })]
})
export class SpartacusConfigurationModule { }

import { PACKAGE_NAME, FEATURE_MODULE_CLASS } from '../shared/constants';

export interface FeatureModuleOptions {
  lazy: boolean;
  /** written into the configuration when set */
  proxyBaseUrl?: string;
  /** maps Spartacus' order history CMS component to the one with the documents column */
  orderHistory: boolean;
}

/**
 * The source of `exstream-documents-feature.module.ts`, shaped like the
 * feature modules Spartacus' own schematics generate: the root module
 * eagerly, the rest lazily through `featureModules`, plus translations.
 */
export function featureModuleSource(options: FeatureModuleOptions): string {
  const rootImports = ['ExstreamDocumentsRootModule'];
  const coreImports = ['I18nConfig', 'provideConfig'];
  if (options.lazy) {
    rootImports.unshift('EXSTREAM_DOCUMENTS_FEATURE');
  }
  if (options.lazy || options.orderHistory) {
    coreImports.unshift('CmsConfig');
  }
  if (options.proxyBaseUrl) {
    rootImports.push('ExstreamDocumentsConfig');
  }

  const providers: string[] = [];
  if (options.lazy) {
    providers.push(`    provideConfig(<CmsConfig>{
      featureModules: {
        [EXSTREAM_DOCUMENTS_FEATURE]: {
          module: () =>
            import('${PACKAGE_NAME}').then((m) => m.ExstreamDocumentsModule),
        },
      },
    }),`);
  }
  if (options.orderHistory) {
    providers.push(`    // the order history page shows the documents column; a static mapping wins over the order
    // feature's own one (with or without My Account V2), the import keeps it in a lazy chunk
    provideConfig(<CmsConfig>{
      cmsComponents: {
        AccountOrderHistoryComponent: {
          component: () =>
            import('${PACKAGE_NAME}/components').then((m) => m.ExstreamOrderHistoryComponent),
        },
      },
    }),`);
  }
  providers.push(`    provideConfig(<I18nConfig>{
      i18n: {
        resources: exstreamDocumentsTranslations,
        chunks: exstreamDocumentsTranslationChunksConfig,
        fallbackLang: 'en',
      },
    }),`);
  if (options.proxyBaseUrl) {
    providers.push(`    provideConfig(<ExstreamDocumentsConfig>{
      exstreamDocuments: {
        // the document proxy; the library sends the shopper's token to this URL only
        proxyBaseUrl: ${quote(options.proxyBaseUrl)},
      },
    }),`);
  }

  const lines = [
    `import { NgModule } from '@angular/core';`,
    ...(options.lazy ? [] : [`import { ExstreamDocumentsModule } from '${PACKAGE_NAME}';`]),
    `import {`,
    `  exstreamDocumentsTranslationChunksConfig,`,
    `  exstreamDocumentsTranslations,`,
    `} from '${PACKAGE_NAME}/assets';`,
    `import {`,
    ...rootImports.map((name) => `  ${name},`),
    `} from '${PACKAGE_NAME}/root';`,
    `import { ${coreImports.join(', ')} } from '@spartacus/core';`,
    ``,
    `@NgModule({`,
    `  declarations: [],`,
    `  imports: [${options.lazy ? 'ExstreamDocumentsRootModule' : 'ExstreamDocumentsRootModule, ExstreamDocumentsModule'}],`,
    `  providers: [`,
    ...providers,
    `  ],`,
    `})`,
    `export class ${FEATURE_MODULE_CLASS} {}`,
    ``,
  ];
  return lines.join('\n');
}

function quote(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

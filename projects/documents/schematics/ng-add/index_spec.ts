import { Tree } from '@angular-devkit/schematics';
import { SchematicTestRunner, UnitTestTree } from '@angular-devkit/schematics/testing';
import * as path from 'path';
import { ExstreamDocumentsNgAddOptions } from './schema';

const collectionPath = path.join(__dirname, '../collection.json');
const APP = 'shop';
const SRC = 'src';
const SPARTACUS = `${SRC}/app/spartacus`;
const FEATURE_MODULE = `${SPARTACUS}/features/exstream-documents/exstream-documents-feature.module.ts`;
const FEATURES_MODULE = `${SPARTACUS}/spartacus-features.module.ts`;
const STYLES = `${SRC}/styles/spartacus/exstream-documents.scss`;

const runner = new SchematicTestRunner('@exstream-spartacus/documents', collectionPath);

/** A workspace with one app, made by Angular's and Spartacus' own schematics. */
async function spartacusApp(): Promise<UnitTestTree> {
  let tree = await runner
    .runExternalSchematicAsync(
      '@schematics/angular',
      'workspace',
      { name: 'workspace', version: '12.2.18', newProjectRoot: '' },
      Tree.empty()
    )
    .toPromise();
  tree = await runner
    .runExternalSchematicAsync(
      '@schematics/angular',
      'application',
      {
        name: APP,
        projectRoot: '',
        inlineStyle: false,
        inlineTemplate: false,
        routing: false,
        style: 'scss',
        skipTests: false,
      },
      tree
    )
    .toPromise();
  return runner
    .runExternalSchematicAsync(
      '@spartacus/schematics',
      'ng-add',
      { project: APP, lazy: true, features: [], baseUrl: 'https://commerce.example.com' },
      tree
    )
    .toPromise();
}

function text(tree: Tree, file: string): string {
  return tree.read(file)?.toString('utf-8') ?? '';
}

function snapshot(tree: Tree): Map<string, string> {
  const files = new Map<string, string>();
  tree.visit((file) => files.set(file, text(tree, file)));
  return files;
}

describe('ng add @exstream-spartacus/documents', () => {
  let app: UnitTestTree;

  beforeAll(async () => {
    app = await spartacusApp();
  }, 60_000);

  async function ngAdd(options: ExstreamDocumentsNgAddOptions = {}, tree: Tree = app) {
    return runner
      // on a copy: the runner changes the tree it is given
      .runSchematicAsync('ng-add', { project: APP, ...options }, Tree.branch(tree))
      .toPromise();
  }

  it('starts from an app that Spartacus set up', () => {
    expect(app.exists(FEATURES_MODULE)).toBe(true);
    expect(app.exists(FEATURE_MODULE)).toBe(false);
  });

  describe('with the defaults', () => {
    let tree: UnitTestTree;

    beforeAll(async () => {
      tree = await ngAdd();
    });

    it('adds a lazy-loaded feature module under spartacus/features', () => {
      const module = tree.readContent(FEATURE_MODULE);
      expect(module).toContain('export class ExstreamDocumentsFeatureModule {}');
      expect(module).toContain('imports: [ExstreamDocumentsRootModule]');
      expect(module).toContain('[EXSTREAM_DOCUMENTS_FEATURE]: {');
      expect(module).toMatch(
        /module: \(\) =>\s+import\('@exstream-spartacus\/documents'\)\.then\(\(m\) => m\.ExstreamDocumentsModule\)/
      );
      expect(module).not.toMatch(/^import \{ ExstreamDocumentsModule \}/m);
    });

    it('adds the translations with their chunks and a fallback language', () => {
      const module = tree.readContent(FEATURE_MODULE);
      expect(module).toContain('resources: exstreamDocumentsTranslations');
      expect(module).toContain('chunks: exstreamDocumentsTranslationChunksConfig');
      expect(module).toContain("fallbackLang: 'en'");
      expect(module).toContain("} from '@exstream-spartacus/documents/assets';");
    });

    it("sets the proxy base URL to the app's OCC base URL", () => {
      expect(tree.readContent(FEATURE_MODULE)).toContain(
        "proxyBaseUrl: 'https://commerce.example.com'"
      );
    });

    it("imports the feature module into the app's Spartacus features module", () => {
      const features = tree.readContent(FEATURES_MODULE);
      expect(features).toContain(
        "import { ExstreamDocumentsFeatureModule } from './features/exstream-documents/exstream-documents-feature.module';"
      );
      expect(features).toMatch(/imports: \[[\s\S]*ExstreamDocumentsFeatureModule[\s\S]*\]/);
    });

    it("adds the library's styles and lists them in angular.json for build and test", () => {
      expect(tree.readContent(STYLES)).toBe('@import "@exstream-spartacus/documents";\n');
      const project = JSON.parse(tree.readContent('angular.json')).projects[APP];
      expect(project.architect.build.options.styles).toContain(STYLES);
      expect(project.architect.test.options.styles).toContain(STYLES);
    });

    it('changes nothing when run a second time', async () => {
      const before = snapshot(tree);
      const again = await ngAdd({}, tree);
      const after = snapshot(again);
      expect(Array.from(after.keys()).sort()).toEqual(Array.from(before.keys()).sort());
      for (const [file, content] of before) {
        expect(after.get(file)).withContext(file).toBe(content);
      }
    });
  });

  it('writes the proxy base URL it is given', async () => {
    const tree = await ngAdd({ proxyBaseUrl: "https://documents.example.com/it's" });
    expect(tree.readContent(FEATURE_MODULE)).toContain(
      "proxyBaseUrl: 'https://documents.example.com/it\\'s'"
    );
    expect(tree.readContent(FEATURE_MODULE)).toContain('ExstreamDocumentsConfig,');
  });

  it('imports the whole feature eagerly when lazy is false', async () => {
    const module = (await ngAdd({ lazy: false })).readContent(FEATURE_MODULE);
    expect(module).toContain("import { ExstreamDocumentsModule } from '@exstream-spartacus/documents';");
    expect(module).toContain('imports: [ExstreamDocumentsRootModule, ExstreamDocumentsModule]');
    expect(module).not.toContain('featureModules');
  });

  it('omits the proxy base URL when neither the answer nor the app names one', async () => {
    const tree = await spartacusAppWithComputedBaseUrl();
    const module = (await ngAdd({}, tree)).readContent(FEATURE_MODULE);
    expect(module).not.toContain('proxyBaseUrl');
    expect(module).not.toContain('ExstreamDocumentsConfig');
  });

  it('keeps an existing styles file and adds the import once', async () => {
    const tree = Tree.branch(app);
    tree.create(STYLES, '// team overrides\n');
    const result = await ngAdd({}, tree);
    expect(result.readContent(STYLES)).toBe(
      '// team overrides\n@import "@exstream-spartacus/documents";\n'
    );
  });

  it("maps Spartacus' order history component to the one with the documents column", async () => {
    const module = (await ngAdd()).readContent(FEATURE_MODULE);
    expect(module).toMatch(
      /AccountOrderHistoryComponent: \{\s+component: \(\) =>\s+import\('@exstream-spartacus\/documents\/components'\)\.then\(\(m\) => m\.ExstreamOrderHistoryComponent\)/
    );
  });

  it("leaves Spartacus' order history alone when orderHistory is false", async () => {
    const module = (await ngAdd({ orderHistory: false })).readContent(FEATURE_MODULE);
    expect(module).not.toContain('AccountOrderHistoryComponent');
    expect(module).toContain('[EXSTREAM_DOCUMENTS_FEATURE]: {');
  });

  it('writes the same feature module into a composable storefront 2211 app', async () => {
    const tree = withSpartacusCore(app, 'file:../shared/spartacus-2211/spartacus-core-2211.30.0.tgz');
    const logs = await logsOf(() => ngAdd({}, tree));
    expect(logs).toContain('Exstream Documents: setting up for Spartacus 2211.30.0');
    const module = (await ngAdd({}, tree)).readContent(FEATURE_MODULE);
    expect(module).toBe((await ngAdd()).readContent(FEATURE_MODULE));
  });

  it('names the Spartacus version it set up for, from the installed package first', async () => {
    const tree = withSpartacusCore(app, '~4.3.0');
    tree.create('node_modules/@spartacus/core/package.json', JSON.stringify({ version: '4.3.8' }));
    expect(await logsOf(() => ngAdd({}, tree))).toContain(
      'Exstream Documents: setting up for Spartacus 4.3.8'
    );
  });

  for (const unsupported of ['~3.4.0', '5.2.0', '6.8.0']) {
    it(`refuses Spartacus ${unsupported}, naming the supported versions`, async () => {
      await expectAsync(ngAdd({}, withSpartacusCore(app, unsupported))).toBeRejectedWithError(
        /supports Spartacus 4\.3 \(Angular 12\) or composable storefront 2211 \(Angular 17 to 19\)/
      );
    });
  }

  it('warns when the app configures HttpClient without class interceptors', async () => {
    const tree = Tree.branch(app);
    const appModule = `${SRC}/app/app.module.ts`;
    tree.overwrite(
      appModule,
      text(tree, appModule).replace('providers: [', 'providers: [provideHttpClient(withFetch()), ')
    );
    expect(await logsOf(() => ngAdd({}, tree))).toContain('without withInterceptorsFromDi()');
    const withInterceptors = Tree.branch(app);
    withInterceptors.overwrite(
      appModule,
      text(withInterceptors, appModule).replace(
        'providers: [',
        'providers: [provideHttpClient(withFetch(), withInterceptorsFromDi()), '
      )
    );
    expect(await logsOf(() => ngAdd({}, withInterceptors))).not.toContain('withInterceptorsFromDi');
  });

  it('asks for Spartacus first in an app without it', async () => {
    const tree = Tree.branch(app);
    tree.delete(FEATURES_MODULE);
    await expectAsync(ngAdd({}, tree)).toBeRejectedWithError(/Add Spartacus first/);
  });

  it('rejects an unknown project', async () => {
    await expectAsync(ngAdd({ project: 'nope' })).toBeRejectedWithError(/"nope" is not an application/);
  });

  function withSpartacusCore(base: Tree, spec: string): Tree {
    const tree = Tree.branch(base);
    const manifest = JSON.parse(text(tree, 'package.json'));
    manifest.dependencies = { ...manifest.dependencies, '@spartacus/core': spec };
    tree.overwrite('package.json', JSON.stringify(manifest, null, 2));
    return tree;
  }

  async function logsOf(run: () => Promise<unknown>): Promise<string> {
    const lines: string[] = [];
    const subscription = runner.logger.subscribe((entry) => lines.push(entry.message));
    try {
      await run();
    } finally {
      subscription.unsubscribe();
    }
    return lines.join('\n');
  }

  async function spartacusAppWithComputedBaseUrl(): Promise<Tree> {
    const tree = Tree.branch(app);
    const configPath = `${SPARTACUS}/spartacus-configuration.module.ts`;
    tree.overwrite(
      configPath,
      text(tree, configPath)
        .replace("baseUrl: 'https://commerce.example.com'", 'baseUrl: window.location.origin')
    );
    return tree;
  }
});

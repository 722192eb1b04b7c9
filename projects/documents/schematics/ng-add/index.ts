import {
  chain,
  noop,
  Rule,
  SchematicContext,
  SchematicsException,
  Tree,
} from '@angular-devkit/schematics';
import { updateWorkspace } from '@schematics/angular/utility/workspace';
import {
  FEATURE_FOLDER,
  FEATURE_MODULE_CLASS,
  FEATURE_MODULE_FILE,
  PACKAGE_NAME,
  SPARTACUS_CONFIGURATION_MODULE_FILE,
  SPARTACUS_FEATURES_MODULE_FILE,
  STYLES_FILE,
} from '../shared/constants';
import { findOccBaseUrl, importIntoNgModule } from '../shared/ng-module';
import { detectSpartacusVersion, SUPPORTED_SPARTACUS_TEXT } from '../shared/spartacus-version';
import { AppProject, resolveAppProject } from '../shared/workspace';
import { featureModuleSource } from './feature-module';
import { ExstreamDocumentsNgAddOptions } from './schema';

/**
 * `ng add @exstream-spartacus/documents`: installs the feature into an app
 * that Spartacus' schematics set up, 4.3 or 2211 (the generated files are the
 * same for both). Every step checks what is already there, so a second run
 * changes nothing.
 */
export function addExstreamDocuments(options: ExstreamDocumentsNgAddOptions): Rule {
  return async (tree: Tree, context: SchematicContext) => {
    const project = await resolveAppProject(tree, options.project);
    const paths = appPaths(project);
    if (!tree.exists(paths.spartacusFeaturesModule)) {
      throw new SchematicsException(
        `${paths.spartacusFeaturesModule} not found. Add Spartacus first (${SUPPORTED_SPARTACUS_TEXT}): ng add @spartacus/schematics`
      );
    }
    const spartacus = detectSpartacusVersion(tree);
    context.logger.info(`Exstream Documents: setting up for Spartacus ${spartacus.version}`);
    warnWithoutClassInterceptors(tree, `${project.sourceRoot}/app/app.module.ts`, context);
    const log = (message: string) =>
      options.debug ? context.logger.info(message) : undefined;
    return chain([
      addFeatureModule(paths, options, log),
      registerFeatureModule(paths, log),
      addStyles(project, paths, log),
    ]);
  };
}

interface AppPaths {
  spartacusFolder: string;
  spartacusFeaturesModule: string;
  spartacusConfigurationModule: string;
  featureModule: string;
  styles: string;
}

function appPaths(project: AppProject): AppPaths {
  const spartacusFolder = `${project.sourceRoot}/app/spartacus`;
  return {
    spartacusFolder,
    spartacusFeaturesModule: `${spartacusFolder}/${SPARTACUS_FEATURES_MODULE_FILE}`,
    spartacusConfigurationModule: `${spartacusFolder}/${SPARTACUS_CONFIGURATION_MODULE_FILE}`,
    featureModule: `${spartacusFolder}/features/${FEATURE_FOLDER}/${FEATURE_MODULE_FILE}`,
    styles: `${project.sourceRoot}/styles/spartacus/${STYLES_FILE}`,
  };
}

function addFeatureModule(
  paths: AppPaths,
  options: ExstreamDocumentsNgAddOptions,
  log: (message: string) => void
): Rule {
  return (tree: Tree) => {
    if (tree.exists(paths.featureModule)) {
      log(`${paths.featureModule} exists, left as it is`);
      return;
    }
    const occBaseUrl = findOccBaseUrl(tree, paths.spartacusConfigurationModule);
    // an empty answer means the OCC base URL, written out when the app names it literally
    const proxyBaseUrl = (options.proxyBaseUrl ?? '').trim() || occBaseUrl;
    tree.create(
      paths.featureModule,
      featureModuleSource({
        lazy: options.lazy !== false,
        proxyBaseUrl,
        orderHistory: options.orderHistory !== false,
      })
    );
    log(`created ${paths.featureModule}`);
  };
}

/**
 * Our interceptors (proxy token, blob errors) are class interceptors, as Spartacus' own are: an app
 * that configures `provideHttpClient(...)` must include `withInterceptorsFromDi()` (2211's
 * schematics write it) or none of them runs.
 */
function warnWithoutClassInterceptors(tree: Tree, appModulePath: string, context: SchematicContext): void {
  const source = tree.read(appModulePath)?.toString('utf-8') ?? '';
  if (/provideHttpClient\(/.test(source) && !/withInterceptorsFromDi\(/.test(source)) {
    context.logger.warn(
      `${appModulePath} calls provideHttpClient() without withInterceptorsFromDi(): add it, or Spartacus' and ` +
        "this library's HTTP interceptors (the shopper's token, expired-session handling) do not run."
    );
  }
}

function registerFeatureModule(paths: AppPaths, log: (message: string) => void): Rule {
  return (tree: Tree) => {
    const importPath = `./features/${FEATURE_FOLDER}/${FEATURE_MODULE_FILE.replace(/\.ts$/, '')}`;
    if (
      importIntoNgModule(tree, paths.spartacusFeaturesModule, FEATURE_MODULE_CLASS, importPath)
    ) {
      log(`imported ${FEATURE_MODULE_CLASS} into ${paths.spartacusFeaturesModule}`);
    }
  };
}

/** `src/styles/spartacus/exstream-documents.scss` importing the library's styles, listed in angular.json. */
function addStyles(project: AppProject, paths: AppPaths, log: (message: string) => void): Rule {
  return (tree: Tree) => {
    const importLine = `@import "${PACKAGE_NAME}";`;
    if (!tree.exists(paths.styles)) {
      tree.create(paths.styles, `${importLine}\n`);
      log(`created ${paths.styles}`);
    } else {
      const content = tree.read(paths.styles)?.toString('utf-8') ?? '';
      if (!content.includes(importLine)) {
        tree.overwrite(paths.styles, `${content.replace(/\s*$/, '\n')}${importLine}\n`);
      }
    }
    return stylesInWorkspace(tree, project, paths.styles) ? noop() : addStylesToWorkspace(project, paths.styles);
  };
}

function stylesInWorkspace(tree: Tree, project: AppProject, stylesPath: string): boolean {
  const angularJson = JSON.parse(tree.read('angular.json')?.toString('utf-8') ?? '{}');
  const architect = angularJson.projects?.[project.name]?.architect ?? {};
  return ['build', 'test']
    .filter((target) => architect[target])
    .every((target) => listsStyle(architect[target].options?.styles, stylesPath));
}

function listsStyle(styles: unknown, stylesPath: string): boolean {
  return (
    Array.isArray(styles) &&
    styles.some((entry) => (typeof entry === 'string' ? entry : entry?.input) === stylesPath)
  );
}

function addStylesToWorkspace(project: AppProject, stylesPath: string): Rule {
  return updateWorkspace((workspace) => {
    const definition = workspace.projects.get(project.name);
    for (const targetName of ['build', 'test']) {
      const target = definition?.targets.get(targetName);
      if (!target) {
        continue;
      }
      target.options = target.options ?? {};
      const styles = Array.isArray(target.options.styles) ? [...target.options.styles] : [];
      if (!listsStyle(styles, stylesPath)) {
        styles.push(stylesPath);
      }
      target.options.styles = styles;
    }
  });
}

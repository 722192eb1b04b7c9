import { SchematicsException, Tree } from '@angular-devkit/schematics';

/** The Spartacus lines this library supports, by major version, with the Angular each runs on. */
export const SUPPORTED_SPARTACUS: ReadonlyArray<{ major: number; label: string }> = [
  { major: 4, label: 'Spartacus 4.3 (Angular 12)' },
  { major: 2211, label: 'composable storefront 2211 (Angular 17 to 19)' },
];

export const SUPPORTED_SPARTACUS_TEXT = SUPPORTED_SPARTACUS.map((line) => line.label).join(' or ');

export interface SpartacusVersion {
  /** e.g. `4.3.8` or `2211.30.0` */
  version: string;
  major: number;
}

/**
 * The version of `@spartacus/core` in the app: the installed package's, else the one its
 * package.json names (a range such as `~2211.30.0`, or a tarball path such as
 * `file:…/spartacus-core-2211.30.0.tgz`). Throws for a version this library does not support.
 */
export function detectSpartacusVersion(tree: Tree): SpartacusVersion {
  const found = installedVersion(tree) ?? declaredVersion(tree);
  if (!found) {
    throw new SchematicsException(
      `@spartacus/core not found. Add Spartacus first (${SUPPORTED_SPARTACUS_TEXT}): ng add @spartacus/schematics`
    );
  }
  const major = Number(found.split('.')[0]);
  if (!SUPPORTED_SPARTACUS.some((line) => line.major === major) || (major === 4 && minorOf(found) < 3)) {
    throw new SchematicsException(
      `This app has Spartacus ${found}; @exstream-spartacus/documents supports ${SUPPORTED_SPARTACUS_TEXT}.`
    );
  }
  return { version: found, major };
}

function installedVersion(tree: Tree): string | undefined {
  const text = tree.read('node_modules/@spartacus/core/package.json')?.toString('utf-8');
  return text ? versionIn(JSON.parse(text).version) : undefined;
}

function declaredVersion(tree: Tree): string | undefined {
  const text = tree.read('package.json')?.toString('utf-8');
  if (!text) {
    return undefined;
  }
  const manifest = JSON.parse(text);
  return versionIn(manifest.dependencies?.['@spartacus/core'] ?? manifest.devDependencies?.['@spartacus/core']);
}

function versionIn(spec: unknown): string | undefined {
  return typeof spec === 'string' ? spec.match(/\d+\.\d+\.\d+/)?.[0] : undefined;
}

function minorOf(version: string): number {
  return Number(version.split('.')[1]);
}

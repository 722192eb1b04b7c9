#!/usr/bin/env node
// Compiles the library's ng add schematics (ng-packagr does not build them) and copies their
// JSON files next to the compiled code.
//   node scripts/build-schematics.mjs          -> dist/documents/schematics (after `ng build documents`)
//   node scripts/build-schematics.mjs --spec   -> out-tsc/schematics-spec, specs included (test:schematics)
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const source = join(root, 'projects/documents/schematics');
const spec = process.argv.includes('--spec');
const outDir = join(root, spec ? 'out-tsc/schematics-spec' : 'dist/documents/schematics');
const tsconfig = join(source, spec ? 'tsconfig.spec.json' : 'tsconfig.json');

if (!spec && !existsSync(join(root, 'dist/documents/package.json'))) {
  console.error('build the library first (ng build documents): ng-packagr empties dist/documents');
  process.exit(1);
}
rmSync(outDir, { recursive: true, force: true });

const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', tsconfig], {
  stdio: 'inherit',
});
if (tsc.status !== 0) {
  process.exit(tsc.status ?? 1);
}

function copyJson(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      copyJson(path);
    } else if (name.endsWith('.json') && !name.startsWith('tsconfig') && name !== 'jasmine.json') {
      cpSync(path, join(outDir, relative(source, path)));
    }
  }
}
copyJson(source);
console.log(`schematics: built into ${relative(root, outDir)}`);

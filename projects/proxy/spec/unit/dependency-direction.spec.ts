import * as fs from 'node:fs';
import * as path from 'node:path';
import { repoFile } from '../support/repo-file';

const SRC = repoFile('projects/proxy/src');

/** Every `.ts` file below `dir`, relative to `src/`. */
function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(SRC, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(relative);
    return entry.name.endsWith('.ts') ? [relative] : [];
  });
}

/** The `src/`-relative targets of a file's relative imports (`import … from`, `export … from`, `import()`). */
function relativeImports(file: string): string[] {
  const text = fs.readFileSync(path.join(SRC, file), 'utf8');
  const specifiers = [...text.matchAll(/(?:from\s+|import\(\s*|require\(\s*)'(\.{1,2}\/[^']+)'/g)].map((match) => match[1]);
  return specifiers.map((specifier) => path.relative(SRC, path.resolve(path.join(SRC, path.dirname(file)), specifier)));
}

function importsFromStore(folder: string): string[] {
  return sourceFiles(folder).flatMap((file) =>
    relativeImports(file)
      .filter((target) => target === 'store' || target.startsWith(`store${path.sep}`))
      .map((target) => `${file} → ${target}`),
  );
}

describe('dependency direction', () => {
  it('keeps http/ free of store/ (only compose.ts wires store implementations in)', () => {
    expect(sourceFiles('http').length).toBeGreaterThan(10);
    expect(importsFromStore('http')).toEqual([]);
  });

  it('keeps the domain (documents/, preferences/, integration/) free of store/: store/ implements its interfaces', () => {
    expect(sourceFiles('documents').length).toBeGreaterThan(10);
    expect([...importsFromStore('documents'), ...importsFromStore('preferences'), ...importsFromStore('integration')]).toEqual([]);
  });
});

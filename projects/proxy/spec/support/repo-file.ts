import * as fs from 'node:fs';
import * as path from 'node:path';

/** A file of the repository (e.g. `docs/driver-data/sample-driver.json`), found from wherever the compiled spec runs. */
export function repoFile(relative: string): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, relative);
    if (fs.existsSync(candidate)) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`${relative} not found above ${__dirname}`);
  }
}

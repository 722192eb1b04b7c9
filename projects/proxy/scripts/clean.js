// Removes build output folders given as arguments (relative to the package).
const fs = require('node:fs');
const path = require('node:path');

for (const dir of process.argv.slice(2)) {
  fs.rmSync(path.resolve(__dirname, '..', dir), { recursive: true, force: true });
}

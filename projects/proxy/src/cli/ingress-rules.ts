import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { openStores } from '../compose';
import { loadConfig } from '../config';
import { ingressRoots, type IngressRoot } from '../http/ingress-paths';
import { createProxyApp } from '../proxy-app';
import {
  apiRuleYaml,
  cdnRegexes,
  kubernetesIngressYaml,
  nginxLocations,
  proxyPathsFile,
} from './ingress-rule-formats';

const FORMATS = ['nginx', 'cdn', 'kubernetes', 'apirule', 'json'] as const;
type Format = (typeof FORMATS)[number];
const USAGE =
  `Usage: node dist/cli/ingress-rules.js [${FORMATS.join('|')}] [--write]\n` +
  "  prints the paths an ingress must send to the proxy, derived from the proxy's routes (all formats without an argument)\n" +
  '  json --write: updates deploy/ingress/proxy-paths.json (read by the sandbox ingress and checked by the specs)';

/** Builds the app as main.ts does (SQLite in a temporary folder, nothing contacted) and reads its routes. */
async function servedRoots(): Promise<IngressRoot[]> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'exd-ingress-rules-'));
  try {
    const config = loadConfig({ DATA_DIR: dataDir, COMMERCE_BASE_URL: 'http://commerce.invalid' }, dataDir);
    const stores = await openStores(config);
    const app = await createProxyApp(config, stores, false);
    await app.ready();
    const roots = ingressRoots(app.routeCatalogue);
    await app.close();
    await stores.store.close();
    return roots;
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

function render(format: Format, roots: IngressRoot[]): string {
  switch (format) {
    case 'nginx':
      return nginxLocations(roots);
    case 'cdn':
      return cdnRegexes(roots).join('\n') + '\n';
    case 'kubernetes':
      return kubernetesIngressYaml(roots);
    case 'apirule':
      return apiRuleYaml(roots);
    case 'json':
      return JSON.stringify(proxyPathsFile(roots), null, 2) + '\n';
  }
}

function pathsFileLocation(): string {
  for (let dir = __dirname; path.dirname(dir) !== dir; dir = path.dirname(dir)) {
    if (fs.existsSync(path.join(dir, 'deploy', 'ingress'))) return path.join(dir, 'deploy', 'ingress', 'proxy-paths.json');
  }
  throw new Error(`no deploy/ingress folder above ${__dirname}`);
}

async function run(argv: string[]): Promise<number> {
  const write = argv.includes('--write');
  const formats = argv.filter((arg) => arg !== '--write');
  if (argv.includes('--help') || formats.length > 1 || (formats[0] && !FORMATS.includes(formats[0] as Format)) || (write && formats[0] !== 'json')) {
    process.stderr.write(`${USAGE}\n`);
    return argv.includes('--help') ? 0 : 2;
  }
  const roots = await servedRoots();
  if (write) {
    const file = pathsFileLocation();
    fs.writeFileSync(file, render('json', roots));
    process.stdout.write(`wrote ${file}\n`);
    return 0;
  }
  const chosen = formats.length === 1 ? [formats[0] as Format] : [...FORMATS];
  process.stdout.write(chosen.map((format) => (chosen.length > 1 ? `# ${format}\n` : '') + render(format, roots)).join('\n'));
  return 0;
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(2);
  },
);

import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cdnRegexes, proxyPathsFile, type ProxyPathsFile } from '../../src/cli/ingress-rule-formats';
import { ingressRoots, rootRegex, type IngressRoot } from '../../src/http/ingress-paths';
import { startFakeCommerce, type FakeCommerce } from '../support/fake-commerce';
import { TOKENS } from '../support/fixtures';
import { COMMERCE_PATHS, sampleRequestPath } from '../support/ingress-samples';
import { repoFile } from '../support/repo-file';
import { startStack, type Stack } from '../support/stack';

describe('ingress paths derived from the routes', () => {
  it('takes served OCC routes without a served prefix as roots and leaves Commerce its own parents', () => {
    const roots = ingressRoots([
      { method: 'GET', url: '/health/live' },
      { method: 'POST', url: '/integration/v1/documents' },
      { method: 'GET', url: '/occ/v2/:baseSiteId/users/:userId/documents' },
      { method: 'GET', url: '/occ/v2/:baseSiteId/users/:userId/documents/:documentId/content' },
      { method: 'PATCH', url: '/occ/v2/:siteId/users/:user/documents/:documentId' },
      { method: 'GET', url: '/occ/v2/:baseSiteId/users/:userId/orders/:orderCode/documents/archive' },
    ]);
    expect(roots).toEqual([
      { path: '/occ/v2/{baseSiteId}/users/{userId}/documents', methods: ['GET', 'PATCH'] },
      { path: '/occ/v2/{baseSiteId}/users/{userId}/orders/{orderCode}/documents/archive', methods: ['GET'] },
    ]);
  });

  it('matches a root and what is below it, not a longer sibling name', () => {
    const regex = new RegExp(rootRegex({ path: '/occ/v2/{baseSiteId}/users/{userId}/documents', methods: ['GET'] }));
    expect(regex.test('/occ/v2/s/users/u/documents')).toBeTrue();
    expect(regex.test('/occ/v2/s/users/u/documents/d/content')).toBeTrue();
    expect(regex.test('/occ/v2/s/users/u/documentsArchive')).toBeFalse();
    expect(regex.test('/occ/v2/s/users/u/v/documents')).toBeFalse();
  });
});

describe('ingress rules beside the proxy', () => {
  let commerce: FakeCommerce;
  let stack: Stack;
  let roots: IngressRoot[];
  let committed: ProxyPathsFile;

  beforeAll(async () => {
    commerce = await startFakeCommerce(TOKENS);
    stack = await startStack({ commerceUrl: commerce.url, batch: [] });
    await stack.app.ready();
    roots = ingressRoots(stack.app.routeCatalogue);
    committed = JSON.parse(fs.readFileSync(repoFile('deploy/ingress/proxy-paths.json'), 'utf8'));
  });

  afterAll(async () => {
    await stack.close();
    await commerce.close();
  });

  it("finds the roots of the documents, order documents, communication preferences and B2B units' documents", () => {
    expect(roots.map((root) => root.path)).toEqual([
      '/occ/v2/{baseSiteId}/users/{userId}/communicationPreferences',
      '/occ/v2/{baseSiteId}/users/{userId}/documents',
      '/occ/v2/{baseSiteId}/users/{userId}/documentUnits',
      '/occ/v2/{baseSiteId}/users/{userId}/orders/{orderCode}/documents',
      '/occ/v2/{baseSiteId}/users/{userId}/orgUnits/{orgUnitId}/accountSummary',
      '/occ/v2/{baseSiteId}/users/{userId}/orgUnits/{orgUnitId}/documents',
      '/occ/v2/{baseSiteId}/users/{userId}/orgUnits/{orgUnitId}/orgDocuments',
    ]);
  });

  it('has deploy/ingress/proxy-paths.json (read by the sandbox ingress) equal to what the routes give', () => {
    expect(committed).withContext('run: npm run build:proxy && npm run ingress:rules -- json --write').toEqual(proxyPathsFile(roots));
  });

  it('prints the same file from the command line', () => {
    const cli = path.resolve(__dirname, '../../src/cli/ingress-rules.js');
    const printed = execFileSync(process.execPath, [cli, 'json'], { encoding: 'utf8' });
    expect(JSON.parse(printed)).toEqual(proxyPathsFile(roots));
  });

  it('sends every OCC route the proxy serves to the proxy, and its internal routes and Commerce paths elsewhere', () => {
    const regex = new RegExp(committed.regex);
    const served = stack.app.routeCatalogue.map((route) => route.url);
    expect(served.filter((url) => url.startsWith('/occ/')).length).toBeGreaterThanOrEqual(10);
    for (const url of served) {
      const expected = url.startsWith('/occ/');
      expect(regex.test(sampleRequestPath(url))).withContext(url).toBe(expected);
    }
    for (const commercePath of COMMERCE_PATHS) expect(regex.test(commercePath)).withContext(commercePath).toBeFalse();
  });

  describe('docs/install.md', () => {
    let install: string;
    beforeAll(() => {
      install = fs.readFileSync(repoFile('docs/install.md'), 'utf8');
    });

    it('lists every root and no other path as "route exactly these paths"', () => {
      const section = install.slice(install.indexOf('Route exactly these paths'));
      const listed = [...section.slice(0, section.indexOf('\n\n', section.indexOf('\n- '))).matchAll(/^- `([^`]+)` and everything below it$/gm)].map((m) => m[1]);
      expect(listed).toEqual(roots.map((root) => root.path));
    });

    it('has one nginx location per root and no other regex location', () => {
      const locations = [...install.matchAll(/location ~\*? (\S+) \{/g)].map((m) => m[1]);
      expect(locations).toEqual(roots.map((root) => rootRegex(root)));
    });

    it('has one CDN row per root, before the Commerce row', () => {
      const rows = [...install.matchAll(/^\| \d+ \| `([^`]+)` \| document proxy \|$/gm)].map((m) => m[1]);
      expect(rows).toEqual(cdnRegexes(roots));
    });
  });
});

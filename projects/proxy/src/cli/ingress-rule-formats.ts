import { apiRulePaths, combinedRegex, fastifyRoutes, rootRegex, type IngressRoot } from '../http/ingress-paths';

/** The Service the Kubernetes manifests (deploy/kubernetes) give the proxy. */
export const SERVICE_NAME = 'exstream-documents-proxy';
export const SERVICE_PORT_NAME = 'http';

/** The committed file the sandbox ingress and the docs check read (deploy/ingress/proxy-paths.json). */
export interface ProxyPathsFile {
  generatedBy: string;
  paths: string[];
  regex: string;
  fastifyRoutes: string[];
}

export function proxyPathsFile(roots: readonly IngressRoot[]): ProxyPathsFile {
  return {
    generatedBy: "npm run ingress:rules -- json --write (from the proxy's routes; a proxy spec fails when this file differs)",
    paths: roots.map((root) => root.path),
    regex: combinedRegex(roots),
    fastifyRoutes: roots.flatMap(fastifyRoutes),
  };
}

export function nginxLocations(roots: readonly IngressRoot[]): string {
  return roots
    .map(
      (root) =>
        `location ~ ${rootRegex(root)} {\n` +
        '  proxy_pass http://document_proxy;\n' +
        '  proxy_set_header Host $host;\n' +
        '  proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n' +
        '  proxy_set_header X-Forwarded-Proto $scheme;\n' +
        '  proxy_buffering off;\n' +
        '  proxy_read_timeout 60s;\n' +
        '}\n',
    )
    .join('\n');
}

/** Rows of a path-routing table (CDN, cloud load balancer). */
export function cdnRegexes(roots: readonly IngressRoot[]): string[] {
  return roots.map((root) => `${rootRegex(root).replace(/\(\/\|\$\)$/, '')}(/.*)?$`);
}

/** ingress-nginx anchors regex paths itself (use-regex: "true"). */
export function kubernetesIngressPaths(roots: readonly IngressRoot[]): string[] {
  return roots.map((root) => rootRegex(root, false));
}

export function kubernetesIngressYaml(roots: readonly IngressRoot[]): string {
  return kubernetesIngressPaths(roots)
    .map(
      (path) =>
        `- path: ${path}\n` +
        '  pathType: ImplementationSpecific\n' +
        '  backend:\n' +
        `    service:\n      name: ${SERVICE_NAME}\n      port:\n        name: ${SERVICE_PORT_NAME}\n`,
    )
    .join('');
}

export function apiRuleRules(roots: readonly IngressRoot[]): { path: string; methods: string[] }[] {
  return roots.flatMap((root) => apiRulePaths(root).map((path) => ({ path, methods: root.methods })));
}

/** The proxy authenticates every shopper request against Commerce itself, hence noAuth at the gateway. */
export function apiRuleYaml(roots: readonly IngressRoot[]): string {
  return apiRuleRules(roots)
    .map((rule) => `- path: ${rule.path}\n  methods: [${rule.methods.join(', ')}]\n  noAuth: true\n`)
    .join('');
}

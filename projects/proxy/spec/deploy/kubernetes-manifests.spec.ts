import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { apiRuleRules, kubernetesIngressPaths, SERVICE_NAME, SERVICE_PORT_NAME } from '../../src/cli/ingress-rule-formats';
import { loadConfig } from '../../src/config';
import { ingressRoots, type IngressRoot } from '../../src/http/ingress-paths';
import { startFakeCommerce, type FakeCommerce } from '../support/fake-commerce';
import { TOKENS } from '../support/fixtures';
import { kustomize, type Resource } from '../support/kustomize';
import { repoFile } from '../support/repo-file';
import { startStack, type Stack } from '../support/stack';

/** Validates against the Kubernetes API's OpenAPI schemas (types, required fields, enums, formats). */
function validateAgainstApiSchema(resource: Resource): void {
  // kubernetes-models has one module per group/version, e.g. kubernetes-models/apps/v1.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const models = require(`kubernetes-models/${resource.apiVersion}`) as Record<string, new (data: unknown) => { validate(): void }>;
  const Model = models[resource.kind];
  if (!Model) throw new Error(`no schema for ${resource.apiVersion} ${resource.kind}`);
  new Model(resource).validate();
}

const find = (resources: Resource[], kind: string): Resource => {
  const found = resources.filter((r) => r.kind === kind);
  if (found.length !== 1) throw new Error(`expected one ${kind}, found ${found.length}`);
  return found[0];
};

const SECRET_LIKE = /SECRET|PASSWORD|KEY|TOKEN|CONNECTION_STRING|DATABASE_URL/;

describe('Kubernetes manifests (deploy/kubernetes)', () => {
  const root = path.dirname(repoFile('deploy/kubernetes/base/kustomization.yaml'));
  let base: Resource[];
  let kyma: Resource[];

  beforeAll(() => {
    base = kustomize(root);
    kyma = kustomize(path.resolve(root, '..', 'overlays', 'kyma'));
  });

  it('render to the expected resources in the base and the Kyma overlay', () => {
    const kinds = (resources: Resource[]) => resources.map((r) => r.kind).sort();
    expect(kinds(base)).toEqual(['ConfigMap', 'Deployment', 'HorizontalPodAutoscaler', 'Ingress', 'NetworkPolicy', 'PodDisruptionBudget', 'Service']);
    expect(kinds(kyma)).toEqual(['APIRule', 'ConfigMap', 'Deployment', 'HorizontalPodAutoscaler', 'NetworkPolicy', 'PodDisruptionBudget', 'Service']);
    for (const resource of kyma) expect(resource.metadata.namespace).withContext(resource.kind).toBe('exstream-documents');
    for (const resource of base) expect(resource.metadata.labels?.['app.kubernetes.io/part-of']).toBe('exstream-documents');
  });

  it('are valid against the Kubernetes API schemas', () => {
    for (const resource of [...base, ...kyma].filter((r) => r.kind !== 'APIRule')) {
      expect(() => validateAgainstApiSchema(resource)).withContext(`${resource.kind} ${resource.metadata.name}`).not.toThrow();
    }
  });

  it('are checked by a validator that rejects a wrong type', () => {
    const deployment = structuredClone(find(base, 'Deployment'));
    deployment.spec.template.spec.containers[0].ports[0].containerPort = 'http';
    expect(() => validateAgainstApiSchema(deployment)).toThrowError(/containerPort/);
  });

  it('fail to render when a kustomization has a misspelt field or a patch misses its target', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'exd-kustomize-'));
    try {
      fs.writeFileSync(path.join(dir, 'kustomization.yaml'), `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - ${root}\npatchs: []\n`);
      expect(() => kustomize(dir)).toThrowError(/patchs/);
      fs.writeFileSync(path.join(dir, 'missing.yaml'), 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: exstream-documents-prox\n');
      fs.writeFileSync(path.join(dir, 'kustomization.yaml'), `apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n  - ${root}\npatches:\n  - path: missing.yaml\n`);
      expect(() => kustomize(dir)).toThrowError(/matches no resource/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('run the proxy as a non-root user on a read-only root filesystem with volumes for its data and temporary files', () => {
    for (const resources of [base, kyma]) {
      const pod = find(resources, 'Deployment').spec.template.spec;
      const container = pod.containers[0];
      expect(pod.securityContext.runAsNonRoot).toBeTrue();
      expect(pod.securityContext.runAsUser).toBeGreaterThan(0);
      expect(container.securityContext.readOnlyRootFilesystem).toBeTrue();
      expect(container.securityContext.allowPrivilegeEscalation).toBeFalse();
      expect(container.securityContext.capabilities.drop).toEqual(['ALL']);
      const dataDir = find(resources, 'ConfigMap').data.DATA_DIR;
      const mounts = container.volumeMounts.map((m: { mountPath: string }) => m.mountPath);
      expect(mounts).toEqual(jasmine.arrayContaining([dataDir, '/tmp']));
      const volumes = pod.volumes.map((v: { name: string }) => v.name);
      for (const mount of container.volumeMounts) expect(volumes).toContain(mount.name);
      for (const kind of ['requests', 'limits']) {
        expect(container.resources[kind].cpu).withContext(kind).toBeDefined();
        expect(container.resources[kind].memory).withContext(kind).toBeDefined();
      }
    }
    expect(find(kyma, 'Deployment').spec.template.spec.containers[0].image).toBe('registry.example.com/exstream-documents-proxy:0.1.0');
    expect(find(kyma, 'Deployment').spec.template.metadata.labels['sidecar.istio.io/inject']).toBe('true');
  });

  it('give the shutdown grace time room within the termination grace period', () => {
    const pod = find(base, 'Deployment').spec.template.spec;
    const preStopSeconds = Number(pod.containers[0].lifecycle.preStop.exec.command[1]);
    const graceMs = Number(find(base, 'ConfigMap').data.SHUTDOWN_GRACE_MS);
    // main.ts exits at the latest 2 s after the grace time.
    expect(preStopSeconds + graceMs / 1000 + 2).toBeLessThan(pod.terminationGracePeriodSeconds);
  });

  it('hold no secret values: secrets come from secretKeyRef, the ConfigMap has none', () => {
    for (const resources of [base, kyma]) {
      expect(resources.some((r) => r.kind === 'Secret')).toBeFalse();
      const configMap = find(resources, 'ConfigMap');
      expect(Object.keys(configMap.data).filter((key) => SECRET_LIKE.test(key))).toEqual([]);
      const container = find(resources, 'Deployment').spec.template.spec.containers[0];
      const secretLike = container.env.filter((variable: { name: string }) => SECRET_LIKE.test(variable.name));
      expect(secretLike.length).toBeGreaterThanOrEqual(3);
      for (const variable of container.env) {
        expect(variable.value).withContext(variable.name).toBeUndefined();
        expect(variable.valueFrom.secretKeyRef.name).withContext(variable.name).toBe(SERVICE_NAME);
      }
    }
  });

  it('configure the proxy with variables it reads, in values it accepts', () => {
    const configMap = find(base, 'ConfigMap');
    const container = find(base, 'Deployment').spec.template.spec.containers[0];
    expect(container.envFrom).toEqual([{ configMapRef: { name: configMap.metadata.name } }]);
    const names = [...Object.keys(configMap.data), ...container.env.map((variable: { name: string }) => variable.name)];
    const documented = fs.readFileSync(repoFile('docs/proxy-configuration.md'), 'utf8');
    for (const name of names) expect(documented).withContext(name).toContain(`\`${name}\``);
    const config = loadConfig(
      {
        ...configMap.data,
        SIGNED_LINK_SECRET: 's'.repeat(40),
        DATABASE_URL: 'postgres://proxy:placeholder@postgres:5432/documents',
        AZURE_STORAGE_ACCOUNT_KEY: Buffer.from('placeholder key').toString('base64'),
      },
      '/',
    );
    expect(config.port).toBe(Number(container.ports[0].containerPort));
    expect(config.host).toBe('0.0.0.0');
    expect(config.databaseUrl).toContain('postgres://');
  });

  it('select the pods consistently from the Service, PodDisruptionBudget and HorizontalPodAutoscaler', () => {
    const deployment = find(base, 'Deployment');
    const podLabels = deployment.spec.template.metadata.labels;
    const service = find(base, 'Service');
    for (const [key, value] of Object.entries(service.spec.selector)) expect(podLabels[key]).toBe(value);
    expect(service.metadata.name).toBe(SERVICE_NAME);
    expect(service.spec.ports[0].name).toBe(SERVICE_PORT_NAME);
    expect(service.spec.ports[0].targetPort).toBe(deployment.spec.template.spec.containers[0].ports[0].name);
    const pdb = find(base, 'PodDisruptionBudget');
    expect(pdb.spec.selector.matchLabels).toEqual(deployment.spec.selector.matchLabels);
    const hpa = find(base, 'HorizontalPodAutoscaler');
    expect(hpa.apiVersion).toBe('autoscaling/v2');
    expect(hpa.spec.scaleTargetRef).toEqual({ apiVersion: 'apps/v1', kind: 'Deployment', name: deployment.metadata.name });
    expect(hpa.spec.minReplicas).toBeGreaterThan(pdb.spec.minAvailable);
    // the HPA owns the replica count; a fixed one in the Deployment would be reset by every apply
    expect(deployment.spec.replicas).toBeUndefined();
  });

  it('let traffic in from the ingress controller only, and out to DNS, Commerce, Exstream, PostgreSQL and the blob store only', () => {
    const policy = find(base, 'NetworkPolicy');
    expect(policy.spec.policyTypes).toEqual(['Ingress', 'Egress']);
    expect(policy.spec.ingress.length).toBe(1);
    expect(policy.spec.ingress[0].from).toEqual([
      { namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress-nginx' } }, podSelector: { matchLabels: { 'app.kubernetes.io/name': 'ingress-nginx' } } },
    ]);
    const egressPorts = policy.spec.egress.map((rule: { ports: { protocol: string; port: number }[] }) => rule.ports.map((p) => `${p.protocol}/${p.port}`).join(','));
    expect(egressPorts).toEqual(['UDP/53,TCP/53', 'TCP/443', 'TCP/443', 'TCP/5432', 'TCP/443']);
    const kymaPolicy = find(kyma, 'NetworkPolicy');
    expect(kymaPolicy.spec.ingress[0].from[0].namespaceSelector.matchLabels['kubernetes.io/metadata.name']).toBe('istio-system');
    expect(kymaPolicy.spec.egress.length).toBe(policy.spec.egress.length + 1);
  });

  describe('beside the running proxy', () => {
    let commerce: FakeCommerce;
    let stack: Stack;
    let roots: IngressRoot[];

    beforeAll(async () => {
      commerce = await startFakeCommerce(TOKENS);
      stack = await startStack({ commerceUrl: commerce.url, batch: [] });
      await stack.app.ready();
      roots = ingressRoots(stack.app.routeCatalogue);
    });

    afterAll(async () => {
      await stack.close();
      await commerce.close();
    });

    it('probe readiness and liveness on endpoints the proxy serves', async () => {
      const container = find(base, 'Deployment').spec.template.spec.containers[0];
      expect(container.readinessProbe.httpGet.path).toBe('/health/ready');
      expect(container.livenessProbe.httpGet.path).toBe('/health/live');
      for (const probe of [container.readinessProbe, container.livenessProbe, container.startupProbe]) {
        expect(probe.httpGet.port).toBe(container.ports[0].name);
        const answer = await fetch(`${stack.baseUrl}${probe.httpGet.path}`);
        expect(answer.status).withContext(probe.httpGet.path).toBe(200);
      }
    });

    it('route exactly the paths derived from the routes in the Ingress', () => {
      const rules = find(base, 'Ingress').spec.rules;
      const paths = rules.flatMap((rule: { http: { paths: any[] } }) => rule.http.paths);
      expect(paths.map((p: { path: string }) => p.path)).toEqual(kubernetesIngressPaths(roots));
      for (const p of paths) {
        expect(p.pathType).toBe('ImplementationSpecific');
        expect(p.backend.service).toEqual({ name: SERVICE_NAME, port: { name: SERVICE_PORT_NAME } });
      }
      expect(find(base, 'Ingress').metadata.annotations['nginx.ingress.kubernetes.io/use-regex']).toBe('true');
    });

    it('route exactly the paths derived from the routes in the Kyma APIRule', () => {
      const apiRule = find(kyma, 'APIRule');
      expect(apiRule.apiVersion).toBe('gateway.kyma-project.io/v2');
      expect(apiRule.spec.rules).toEqual(apiRuleRules(roots).map((rule) => ({ ...rule, noAuth: true })));
      expect(apiRule.spec.service).toEqual({ name: SERVICE_NAME, port: find(kyma, 'Service').spec.ports[0].port });
    });
  });
});

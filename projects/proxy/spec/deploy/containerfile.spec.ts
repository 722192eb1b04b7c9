import * as fs from 'node:fs';
import * as path from 'node:path';
import { kustomize, type Resource } from '../support/kustomize';
import { repoFile } from '../support/repo-file';

/** The instructions of the Containerfile's last stage (the image that runs), continuation lines joined. */
function runtimeStage(text: string): { instruction: string; args: string }[] {
  const lines = text.replace(/\\\n/g, ' ').split('\n').map((line) => line.trim()).filter((line) => line && !line.startsWith('#'));
  const stages: string[][] = [];
  for (const line of lines) {
    if (/^FROM\s/i.test(line)) stages.push([]);
    stages[stages.length - 1]?.push(line);
  }
  return stages[stages.length - 1].map((line) => {
    const [instruction, ...rest] = line.split(/\s+/);
    return { instruction: instruction.toUpperCase(), args: rest.join(' ') };
  });
}

describe('the Containerfile beside the Kubernetes manifests', () => {
  const containerfile = fs.readFileSync(repoFile('projects/proxy/Containerfile'), 'utf8');
  const stage = runtimeStage(containerfile);
  const args = (instruction: string) => stage.filter((i) => i.instruction === instruction).map((i) => i.args);
  let resources: Resource[];

  beforeAll(() => {
    resources = kustomize(path.dirname(repoFile('deploy/kubernetes/base/kustomization.yaml')));
  });

  const deployment = () => resources.find((r) => r.kind === 'Deployment') as Resource;
  const configMap = () => resources.find((r) => r.kind === 'ConfigMap') as Resource;

  it('takes its base image as a build argument, with a Node.js 20 default', () => {
    expect(containerfile).toMatch(/^ARG BASE_IMAGE=node:20[-\w.]*$/m);
    const froms = containerfile.match(/^FROM .*$/gm) ?? [];
    expect(froms.length).toBeGreaterThanOrEqual(2);
    for (const from of froms) expect(from).toMatch(/^FROM \$\{BASE_IMAGE\} AS [a-z-]+$/);
  });

  it('runs as the same non-root numeric user the Deployment requires', () => {
    const [user] = args('USER');
    expect(user).toMatch(/^\d+:\d+$/);
    const [uid, gid] = user.split(':').map(Number);
    expect(uid).toBeGreaterThan(0);
    const pod = deployment().spec.template.spec.securityContext;
    expect(uid).toBe(pod.runAsUser);
    expect(gid).toBe(pod.runAsGroup);
  });

  it('keeps data in a volume at the ConfigMap DATA_DIR, owned by that user, and listens on the container port', () => {
    const dataDir = configMap().data.DATA_DIR;
    expect(args('VOLUME')).toEqual([`["${dataDir}"]`]);
    expect(args('RUN').join('\n')).toContain(`chown ${args('USER')[0]} ${dataDir}`);
    expect(args('ENV').join(' ')).toContain(`DATA_DIR=${dataDir}`);
    expect(args('EXPOSE')).toEqual([String(deployment().spec.template.spec.containers[0].ports[0].containerPort)]);
  });

  it('stops with SIGTERM, checks health on /health/live and starts the proxy', () => {
    expect(args('STOPSIGNAL')).toEqual(['SIGTERM']);
    const [healthcheck] = args('HEALTHCHECK');
    expect(healthcheck).toContain('/health/live');
    expect(args('CMD')).toEqual(['["node", "dist/main.js"]']);
  });

  it('copies into the running image only production dependencies and the compiled proxy', () => {
    const copies = args('COPY');
    expect(copies.length).toBeGreaterThan(0);
    for (const copy of copies) expect(copy).toMatch(/^--from=(production-dependencies|build) /);
    expect(copies.filter((copy) => copy.startsWith('--from=build '))).toEqual(['--from=build /app/projects/proxy/dist projects/proxy/dist']);
    expect(containerfile).toMatch(/npm ci --omit=dev/);
  });
});

import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAllDocuments } from 'yaml';

/**
 * Renders a kustomization the way `kustomize build` does for the features deploy/kubernetes uses
 * (resources, namespace, labels, images, strategic-merge and JSON 6902 patches, `$patch: delete`),
 * so the specs see the overlay's result without a kustomize binary. Anything else in a
 * kustomization.yaml is an error, so a misspelt field fails instead of being ignored.
 */
export type Resource = { apiVersion: string; kind: string; metadata: { name: string; namespace?: string; labels?: Record<string, string>; [key: string]: any }; [key: string]: any };

const KNOWN_FIELDS = new Set(['apiVersion', 'kind', 'resources', 'namespace', 'labels', 'images', 'patches']);
const CLUSTER_SCOPED = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding', 'CustomResourceDefinition']);
/** Lists that strategic merge combines by `name` (patchMergeKey in the Kubernetes API). */
const MERGE_BY_NAME = new Set(['containers', 'initContainers', 'env', 'volumes', 'volumeMounts', 'ports']);

export function readYamlFile(file: string): any[] {
  const documents = parseAllDocuments(fs.readFileSync(file, 'utf8'));
  for (const document of documents) {
    if (document.errors.length > 0) throw new Error(`${file}: ${document.errors[0].message}`);
  }
  return documents.map((document) => document.toJS()).filter((value) => value !== null);
}

export function kustomize(dir: string): Resource[] {
  const [kustomization] = readYamlFile(path.join(dir, 'kustomization.yaml'));
  if (kustomization.kind !== 'Kustomization') throw new Error(`${dir}: not a Kustomization`);
  const unknown = Object.keys(kustomization).filter((key) => !KNOWN_FIELDS.has(key));
  if (unknown.length > 0) throw new Error(`${dir}/kustomization.yaml: unsupported or misspelt fields ${unknown.join(', ')}`);

  let resources: Resource[] = [];
  for (const entry of (kustomization.resources ?? []) as string[]) {
    const target = path.resolve(dir, entry);
    if (!fs.existsSync(target)) throw new Error(`${dir}: resource ${entry} does not exist`);
    resources.push(...(fs.statSync(target).isDirectory() ? kustomize(target) : (readYamlFile(target) as Resource[])));
  }
  for (const patch of (kustomization.patches ?? []) as { path: string; target?: { kind?: string; name?: string } }[]) {
    const content = readYamlFile(path.resolve(dir, patch.path));
    if (patch.target) {
      const targets = resources.filter((r) => (!patch.target?.kind || r.kind === patch.target.kind) && (!patch.target?.name || r.metadata.name === patch.target.name));
      if (targets.length === 0) throw new Error(`${dir}: patch ${patch.path} matches no resource`);
      for (const resource of targets) applyJsonPatch(resource, content[0], patch.path);
      continue;
    }
    for (const strategic of content as Resource[]) {
      const index = resources.findIndex((r) => r.kind === strategic.kind && r.apiVersion === strategic.apiVersion && r.metadata.name === strategic.metadata.name);
      if (index < 0) throw new Error(`${dir}: patch ${patch.path} matches no resource`);
      if (strategic['$patch'] === 'delete') resources = resources.filter((_r, i) => i !== index);
      else resources[index] = strategicMerge(resources[index], strategic);
    }
  }
  for (const pairs of ((kustomization.labels ?? []) as { pairs: Record<string, string> }[]).map((l) => l.pairs)) {
    for (const resource of resources) resource.metadata.labels = { ...resource.metadata.labels, ...pairs };
  }
  if (kustomization.namespace) {
    for (const resource of resources) if (!CLUSTER_SCOPED.has(resource.kind)) resource.metadata.namespace = kustomization.namespace;
  }
  for (const image of (kustomization.images ?? []) as { name: string; newName?: string; newTag?: string }[]) {
    let used = false;
    for (const container of resources.flatMap((r) => r.spec?.template?.spec?.containers ?? [])) {
      const [name, tag] = splitImage(container.image);
      if (name !== image.name) continue;
      used = true;
      container.image = `${image.newName ?? name}:${image.newTag ?? tag}`;
    }
    if (!used) throw new Error(`${dir}: image ${image.name} is used by no container`);
  }
  return resources;
}

function splitImage(image: string): [string, string] {
  const colon = image.lastIndexOf(':');
  return colon > image.lastIndexOf('/') ? [image.slice(0, colon), image.slice(colon + 1)] : [image, 'latest'];
}

function strategicMerge(base: any, patch: any, key?: string): any {
  if (Array.isArray(patch)) {
    if (!Array.isArray(base) || !MERGE_BY_NAME.has(key ?? '')) return structuredClone(patch);
    const merged = base.map((item) => structuredClone(item));
    for (const item of patch) {
      const at = merged.findIndex((existing) => existing.name === item.name);
      if (at >= 0) merged[at] = strategicMerge(merged[at], item);
      else merged.push(structuredClone(item));
    }
    return merged;
  }
  if (patch === null || typeof patch !== 'object' || base === null || typeof base !== 'object') return structuredClone(patch);
  const merged = { ...base };
  for (const [field, value] of Object.entries(patch)) merged[field] = field in base ? strategicMerge(base[field], value, field) : structuredClone(value);
  return merged;
}

function applyJsonPatch(resource: Resource, operations: any[], file: string): void {
  if (!Array.isArray(operations)) throw new Error(`${file}: a patch with a target must be a JSON 6902 list`);
  for (const operation of operations) {
    const parts = (operation.path as string).split('/').slice(1).map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
    const last = parts.pop() as string;
    let parent: any = resource;
    for (const part of parts) {
      parent = parent?.[part];
      if (parent === undefined) throw new Error(`${file}: ${operation.path} does not exist`);
    }
    if (operation.op === 'add' && Array.isArray(parent)) {
      if (last === '-') parent.push(operation.value);
      else parent.splice(Number(last), 0, operation.value);
    } else if (operation.op === 'add') {
      parent[last] = operation.value;
    } else if (operation.op === 'replace' || operation.op === 'remove') {
      if (!(last in parent)) throw new Error(`${file}: ${operation.path} does not exist`);
      if (operation.op === 'replace') parent[last] = operation.value;
      else if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else {
      throw new Error(`${file}: unsupported operation ${operation.op}`);
    }
  }
}

import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { ImpexBlock, parseImpex } from './impex';

/**
 * The CMS content as Commerce keeps it (components, slots, pages, navigation nodes), so the
 * sandbox can apply the same ImpEx a merchandiser imports and serve the result through OCC.
 */
export interface CmsComponentItem {
  uid: string;
  typeCode: string;
  name: string;
  [key: string]: unknown;
}

export interface CmsSlotItem {
  slotId: string;
  name: string;
  componentUids: string[];
}

export interface CmsPageItem {
  uid: string;
  label: string;
  name: string;
  title: string;
  template: string;
  /** position → slot id */
  slots: Map<string, string>;
}

export interface CmsNavigationNodeItem {
  uid: string;
  title: string;
  children: string[];
  /** uids of the linked components */
  entries: string[];
}

export interface CmsModel {
  components: Map<string, CmsComponentItem>;
  slots: Map<string, CmsSlotItem>;
  pages: Map<string, CmsPageItem>;
  navigationNodes: Map<string, CmsNavigationNodeItem>;
}

/** `docs/impex` of the repository, or `CMS_IMPEX_DIR`. */
export function defaultImpexDir(): string {
  return process.env.CMS_IMPEX_DIR ?? resolve(__dirname, '../../../../docs/impex');
}

/** Applies every `*.impex` file of `dir`, in file name order. */
export function applyImpexDir(model: CmsModel, dir: string): void {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.impex'))
    .sort();
  if (!files.length) {
    throw new Error(`no .impex files in ${dir}`);
  }
  for (const name of files) {
    applyImpex(model, parseImpex(readFileSync(join(dir, name), 'utf-8'), name));
  }
}

export function applyImpex(model: CmsModel, blocks: ImpexBlock[]): void {
  for (const block of blocks) {
    for (const row of block.rows) {
      applyRow(model, block, row);
    }
  }
}

function required(row: Record<string, string>, attribute: string, block: ImpexBlock): string {
  const value = row[attribute];
  if (!value) {
    throw new Error(`${block.source}: ${block.type} row without ${attribute}`);
  }
  return value;
}

function applyRow(model: CmsModel, block: ImpexBlock, row: Record<string, string>): void {
  const uid = required(row, 'uid', block);
  const mustExist = block.mode === 'UPDATE';
  switch (block.type) {
    case 'ContentPage': {
      const page = model.pages.get(uid) ?? existing(mustExist, block, uid) ?? {
        uid,
        label: uid,
        name: uid,
        title: uid,
        template: 'ContentPage1Template',
        slots: new Map<string, string>(),
      };
      page.label = row.label ?? page.label;
      page.name = row.name ?? page.name;
      page.title = row.title ?? page.title;
      page.template = row.masterTemplate ?? page.template;
      model.pages.set(uid, page);
      return;
    }
    case 'ContentSlot': {
      const slot = model.slots.get(uid) ?? existing(mustExist, block, uid) ?? { slotId: uid, name: uid, componentUids: [] };
      slot.name = row.name ?? slot.name;
      const column = block.columns.find((c) => c.attribute === 'cmsComponents');
      if (column) {
        const uids = (row.cmsComponents ?? '').split(',').map((u) => u.trim()).filter(Boolean);
        for (const componentUid of uids) {
          if (!model.components.has(componentUid)) {
            throw new Error(`${block.source}: slot ${uid} references unknown component ${componentUid}`);
          }
        }
        slot.componentUids = column.modifiers.mode === 'append' ? [...slot.componentUids, ...uids.filter((u) => !slot.componentUids.includes(u))] : uids;
      }
      model.slots.set(uid, slot);
      return;
    }
    case 'ContentSlotForPage': {
      const page = model.pages.get(required(row, 'page', block));
      const slotId = required(row, 'contentSlot', block);
      if (!page || !model.slots.has(slotId)) {
        throw new Error(`${block.source}: unknown page ${row.page} or slot ${slotId}`);
      }
      page.slots.set(required(row, 'position', block), slotId);
      return;
    }
    case 'CMSNavigationNode': {
      const node = model.navigationNodes.get(uid) ?? existing(mustExist, block, uid) ?? { uid, title: uid, children: [], entries: [] };
      node.title = row.title ?? node.title;
      model.navigationNodes.set(uid, node);
      if (row.parent) {
        const parent = model.navigationNodes.get(row.parent);
        if (!parent) {
          throw new Error(`${block.source}: unknown parent navigation node ${row.parent}`);
        }
        if (!parent.children.includes(uid)) {
          parent.children.push(uid);
        }
      }
      return;
    }
    case 'CMSNavigationEntry': {
      const node = model.navigationNodes.get(required(row, 'navigationNode', block));
      const item = required(row, 'item', block);
      if (!node || !model.components.has(item)) {
        throw new Error(`${block.source}: unknown navigation node ${row.navigationNode} or item ${item}`);
      }
      if (!node.entries.includes(item)) {
        node.entries.push(item);
      }
      return;
    }
    default:
      if (!block.type.endsWith('Component')) {
        throw new Error(`${block.source}: the sandbox does not know the type ${block.type}`);
      }
      applyComponent(model, block, row, uid, mustExist);
  }
}

/** Any CMS component type: its attributes as OCC sends them (strings), `typeCode` its type. */
function applyComponent(model: CmsModel, block: ImpexBlock, row: Record<string, string>, uid: string, mustExist: boolean): void {
  const component = model.components.get(uid) ?? existing(mustExist, block, uid) ?? { uid, typeCode: block.type, name: uid };
  for (const [attribute, value] of Object.entries(row)) {
    if (attribute !== 'catalogVersion') {
      component[attribute] = value;
    }
  }
  model.components.set(uid, component);
}

function existing(mustExist: boolean, block: ImpexBlock, uid: string): undefined {
  if (mustExist) {
    throw new Error(`${block.source}: UPDATE of unknown ${block.type} ${uid}`);
  }
  return undefined;
}

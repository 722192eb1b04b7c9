import { DocumentUnitNode } from '@exstream-spartacus/documents/root';

/** A unit with its depth in the tree of the caller's units (0: a top unit). */
export interface UnitTreeEntry {
  unit: DocumentUnitNode;
  depth: number;
}

/**
 * The units in tree order: each unit followed by its children, in the order
 * the backend listed them. A unit whose parent is not among them is a top
 * unit; a cycle cannot hide a unit.
 */
export function unitTree(units: DocumentUnitNode[]): UnitTreeEntry[] {
  const ids = new Set(units.map((unit) => unit.id));
  const result: UnitTreeEntry[] = [];
  const placed = new Set<string>();
  const visit = (unit: DocumentUnitNode, depth: number) => {
    if (placed.has(unit.id)) return;
    placed.add(unit.id);
    result.push({ unit, depth });
    units.filter((child) => child.parent === unit.id).forEach((child) => visit(child, depth + 1));
  };
  units.filter((unit) => !unit.parent || !ids.has(unit.parent)).forEach((unit) => visit(unit, 0));
  units.forEach((unit) => visit(unit, 0));
  return result;
}

import { ValidationError } from '../../errors';
import type { SchemaType } from '../../schema-type';
import type { OccOrder } from './occ-order';
import type { ShopperDocument } from '../model';
import { definitionOf, GENERATABLE_TYPES, type GeneratableType, type GenerationScope } from '../document-types';

export { GENERATABLE_TYPES, isGeneratableType, type GeneratableType } from '../document-types';


/** What a shopper may ask to generate (the generation route's body schema). */
export const generationTargetSchema = {
  type: 'object',
  required: ['type'],
  additionalProperties: false,
  properties: {
    type: { type: 'string', enum: [...GENERATABLE_TYPES] },
    consignmentCode: { type: 'string', minLength: 1, maxLength: 128 },
    entryNumber: { type: 'integer', minimum: 0, maximum: 100_000 },
  },
} as const;

/** One document an order can have: per order, per consignment (shipment notice) or per entry (warranty). */
export type GenerationTarget = SchemaType<typeof generationTargetSchema>;

/** Every target of the order for the given (configured) types, in a stable order. */
export function targetsOf(order: OccOrder, types: readonly GeneratableType[]): GenerationTarget[] {
  const targets: GenerationTarget[] = [];
  for (const type of GENERATABLE_TYPES) {
    if (!types.includes(type)) continue;
    const scope = definitionOf(type).generatedPer;
    if (scope === 'consignment') {
      for (const consignment of order.consignments ?? []) targets.push({ type, consignmentCode: consignment.code });
    } else if (scope === 'entry') {
      for (const entry of order.entries ?? []) targets.push({ type, entryNumber: entry.entryNumber });
    } else {
      targets.push({ type });
    }
  }
  return targets;
}

/** Checks a requested target against the order; the message names what is wrong. */
export function checkTarget(order: OccOrder, target: GenerationTarget, configured: readonly GeneratableType[]): void {
  if (!configured.includes(target.type)) {
    throw new ValidationError('type', `Documents of type '${target.type}' cannot be generated on demand (configured: ${configured.join(', ') || 'none'})`);
  }
  const scope = definitionOf(target.type).generatedPer;
  const needsConsignment = scope === 'consignment';
  const needsEntry = scope === 'entry';
  if (needsConsignment && target.consignmentCode === undefined) {
    throw new ValidationError('consignmentCode', `Documents of type ${target.type} need 'consignmentCode'`, 'missing');
  }
  if (!needsConsignment && target.consignmentCode !== undefined) {
    throw new ValidationError('consignmentCode', `'consignmentCode' is only used for ${typesGeneratedPer('consignment')}`);
  }
  if (needsEntry && target.entryNumber === undefined) {
    throw new ValidationError('entryNumber', `Documents of type ${target.type} need 'entryNumber'`, 'missing');
  }
  if (!needsEntry && target.entryNumber !== undefined) {
    throw new ValidationError('entryNumber', `'entryNumber' is only used for ${typesGeneratedPer('entry')}`);
  }
  if (needsConsignment && !(order.consignments ?? []).some((c) => c.code === target.consignmentCode)) {
    throw new ValidationError('consignmentCode', `Order ${order.code} has no consignment '${target.consignmentCode}'`);
  }
  if (needsEntry && !(order.entries ?? []).some((e) => e.entryNumber === target.entryNumber)) {
    throw new ValidationError('entryNumber', `Order ${order.code} has no entry ${target.entryNumber}`);
  }
}

function typesGeneratedPer(scope: GenerationScope): string {
  return GENERATABLE_TYPES.filter((type) => definitionOf(type).generatedPer === scope).join(', ');
}

/** Whether a stored document (generated or ingested) already is this target's document. */
export function isDocumentFor(document: ShopperDocument, target: GenerationTarget): boolean {
  if (document.type !== target.type) return false;
  if (target.consignmentCode !== undefined) return document.consignmentCode === target.consignmentCode;
  if (target.entryNumber !== undefined) return (document.entryNumbers ?? []).includes(target.entryNumber);
  return true;
}

/** The single-flight and claim key: one generation per owner, order and target. */
export function referenceKey(ownerUid: string, orderCode: string, target: GenerationTarget): string {
  return JSON.stringify([ownerUid, orderCode, target.type, target.consignmentCode ?? null, target.entryNumber ?? null]);
}

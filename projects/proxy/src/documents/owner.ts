import type { Shopper } from './model';

/**
 * Commerce customer uids are e-mail addresses compared case-insensitively;
 * the index stores them in this normal form.
 */
export function ownerKey(uid: string): string {
  return uid.trim().toLowerCase();
}

const UNIT_OWNER_PREFIX = 'unit:';

/**
 * The owner key of a B2B unit's documents. Commerce customer uids are e-mail addresses, which cannot
 * contain the colon; `shopperOf` refuses a caller whose own key would look like this anyway.
 */
export function unitOwnerKey(unitId: string): string {
  return ownerKey(`${UNIT_OWNER_PREFIX}${unitId}`);
}

export function isUnitOwnerKey(key: string): boolean {
  return key.startsWith(UNIT_OWNER_PREFIX);
}

/** Who did it, for the audit trail: the agent when one acts for the shopper, the member reading a unit's documents, else the shopper. */
export function actorOf(shopper: Shopper): string {
  if (shopper.assistedBy) return `agent:${ownerKey(shopper.assistedBy.uid)}`;
  return `shopper:${ownerKey(shopper.readBy?.uid ?? shopper.uid)}`;
}

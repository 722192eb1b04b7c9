import type { Shopper } from './model';

/**
 * Commerce customer uids are e-mail addresses compared case-insensitively;
 * the index stores them in this normal form.
 */
export function ownerKey(uid: string): string {
  return uid.trim().toLowerCase();
}

/** Who did it, for the audit trail: the agent when one acts for the shopper, else the shopper. */
export function actorOf(shopper: Shopper): string {
  return shopper.assistedBy ? `agent:${ownerKey(shopper.assistedBy.uid)}` : `shopper:${ownerKey(shopper.uid)}`;
}

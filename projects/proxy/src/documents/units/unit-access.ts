import { AccessDeniedError, NotFoundError } from '../../errors';
import type { Shopper } from '../model';
import { unitOwnerKey } from '../owner';
import type { UnitDirectory, UnitNode } from './unit-directory';

/** Commerce's B2B user groups whose members read their own unit's documents. */
export const UNIT_MEMBER_ROLES = ['b2bcustomergroup', 'b2bapprovergroup', 'b2bmanagergroup', 'b2badmingroup'] as const;
/** The group whose members also read the documents of every unit they administer. */
export const UNIT_ADMIN_ROLE = 'b2badmingroup';

/**
 * Who reads a B2B unit's documents: its members, and the administrators of it or of a unit above
 * it. Decided from Commerce's answers for the caller's token (its user's `orgUnit` and `roles`, and
 * for administrators `availableOrgUnitNodes`); an agent acting for a customer reads none.
 */
export class UnitAccess {
  constructor(private readonly directory: UnitDirectory) {}

  /** The units whose documents the caller reads: their own first, then those they administer. */
  async readableUnits(baseSiteId: string, token: string, caller: Shopper): Promise<UnitNode[]> {
    if (caller.assistedBy || !caller.orgUnit) return [];
    const roles = caller.roles ?? [];
    const own: UnitNode[] = roles.some((role) => (UNIT_MEMBER_ROLES as readonly string[]).includes(role))
      ? [{ id: caller.orgUnit.uid, ...(caller.orgUnit.name === undefined ? {} : { name: caller.orgUnit.name }), active: true }]
      : [];
    if (!roles.includes(UNIT_ADMIN_ROLE)) return own;
    const administered = await this.directory.administeredUnits(baseSiteId, token);
    const ownNode = administered.find((node) => node.id === caller.orgUnit!.uid);
    const others = administered.filter((node) => node.id !== caller.orgUnit!.uid);
    return [...(ownNode ? [ownNode] : own), ...others];
  }

  /**
   * The request's reader of the unit's documents: the unit's owner key, read by the caller. An
   * unknown unit and one the caller may not read give the same NotFoundError.
   */
  async readerFor(baseSiteId: string, token: string, caller: Shopper, unitId: string): Promise<{ reader: Shopper; unit: UnitNode }> {
    if (caller.assistedBy) throw new AccessDeniedError("Access is denied: an agent cannot read a company's documents");
    const unit = (await this.readableUnits(baseSiteId, token, caller)).find((node) => node.id === unitId);
    if (!unit) throw new NotFoundError(`Unit with id '${unitId}' not found`);
    const readBy = caller.name === undefined ? { uid: caller.uid } : { uid: caller.uid, name: caller.name };
    return { reader: { uid: unitOwnerKey(unit.id), readBy }, unit };
  }
}

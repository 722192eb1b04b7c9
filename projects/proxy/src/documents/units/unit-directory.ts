/** A B2B unit as Commerce lists it (B2BUnitNode of `availableOrgUnitNodes`). */
export interface UnitNode {
  id: string;
  name?: string;
  /** the parent unit's id; absent for an organisation's root */
  parent?: string;
  active?: boolean;
}

/** What Commerce knows about B2B units that decides who reads a unit's documents. */
export interface UnitDirectory {
  /**
   * The units a B2B administrator's token manages (their unit and every unit below it); empty for
   * a token whose user administers none. Rejects like ShopperIdentityProvider.identify.
   */
  administeredUnits(baseSiteId: string, token: string): Promise<UnitNode[]>;
}

import type { DemoOrder } from '../data/demo-data';
import { childrenOf, DemoB2BUser, DemoUnit, findB2BUser, findUnit, unitAndDescendants, unitOf } from '../data/demo-org';
import { B2B_ORDER_TERMS } from '../data/demo-org-orders';
import { occOrder } from './occ-mappers';

// The shapes of SAP Commerce's b2bcommercewebservices: B2BUnit (short), B2BUser, B2BUnitNode.

/** `B2BUnitWsDTO` as it is nested in a user (`orgUnit`). */
export function occOrgUnitRef(unit: DemoUnit): Record<string, unknown> {
  return { uid: unit.uid, name: unit.name, active: true };
}

function fullName(user: DemoB2BUser): string {
  return `${user.firstName} ${user.lastName}`;
}

/** `User` of `GET users/current` for a B2B customer: the customer fields plus unit, roles and active. */
export function occB2BCustomer(user: DemoB2BUser): Record<string, unknown> {
  return {
    type: 'customerWsDTO',
    uid: user.uid,
    name: fullName(user),
    firstName: user.firstName,
    lastName: user.lastName,
    titleCode: user.titleCode,
    title: user.title,
    displayUid: user.uid,
    customerId: user.customerId,
    currency: { isocode: 'USD', name: 'US Dollar', symbol: '$', active: true },
    language: { isocode: 'en', name: 'English', nativeName: 'English', active: true },
    orgUnit: occOrgUnitRef(unitOf(user)),
    roles: [...user.roles],
    active: true,
  };
}

/** `B2BUserWsDTO` of `GET orgUsers/{userId}`. */
export function occB2BUser(user: DemoB2BUser): Record<string, unknown> {
  return {
    uid: user.uid,
    name: fullName(user),
    firstName: user.firstName,
    lastName: user.lastName,
    titleCode: user.titleCode,
    email: user.uid,
    displayUid: user.uid,
    customerId: user.customerId,
    orgUnit: occOrgUnitRef(unitOf(user)),
    roles: [...user.roles],
    active: true,
    selected: false,
  };
}

/** `B2BUnitNodeListWsDTO` of `GET users/{userId}/availableOrgUnitNodes`: flat nodes, children left empty. */
export function occAvailableUnitNodes(user: DemoB2BUser): Record<string, unknown> {
  return {
    unitNodes: unitAndDescendants(user.unit).map((unit) => ({
      id: unit.uid,
      name: unit.name,
      ...(unit.parent ? { parent: unit.parent } : {}),
      active: true,
      children: [],
    })),
  };
}

/** `B2BUnitNodeWsDTO` of `GET users/{userId}/orgUnitsRootNodeTree`: the admin's unit with its subtree. */
export function occUnitTree(unit: DemoUnit): Record<string, unknown> {
  return {
    id: unit.uid,
    name: unit.name,
    ...(unit.parent ? { parent: unit.parent } : {}),
    active: true,
    children: childrenOf(unit.uid).map(occUnitTree),
  };
}

/** OCC `Order` (`fields=FULL`) of a B2B order: paid on account, with purchase order number, cost center and buyer. */
export function occB2BOrder(order: DemoOrder): Record<string, unknown> {
  const terms = B2B_ORDER_TERMS[order.code];
  const buyer = findB2BUser(order.ownerUid);
  const unit = buyer ? findUnit(buyer.unit) : undefined;
  const { paymentInfo: _card, ...rest } = occOrder(order);
  const name = buyer ? fullName(buyer) : order.ownerUid;
  return {
    ...rest,
    site: 'powertools-spa',
    store: 'powertools',
    user: { uid: order.ownerUid, name },
    orgCustomer: { uid: order.ownerUid, name, ...(unit ? { orgUnit: occOrgUnitRef(unit) } : {}) },
    paymentType: { code: 'ACCOUNT', displayName: 'Account' },
    purchaseOrderNumber: terms?.purchaseOrderNumber,
    costCenter: terms ? { code: terms.costCenter.code, name: terms.costCenter.name, active: 'true', ...(unit ? { unit: occOrgUnitRef(unit) } : {}) } : undefined,
  };
}

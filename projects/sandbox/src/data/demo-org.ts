import { DEMO_PASSWORD } from './demo-data';

/**
 * The B2B organisations of the demo (base site `powertools-spa`), shared by the Commerce stand-in
 * (users, `orgUsers`, unit nodes) and the seed (unit documents). Modelled on SAP Commerce's
 * powertools sample data: units are B2BUnits whose uid is their display name (spaces included),
 * roles are Commerce's B2B user groups. Everything is fixed so that answers and PDFs are reproducible.
 */

export const B2B_SITE = 'powertools-spa';

export type B2BRole = 'b2badmingroup' | 'b2bcustomergroup' | 'b2bapprovergroup' | 'b2bmanagergroup';

export interface DemoUnit {
  uid: string;
  name: string;
  /** uid of the parent unit; absent for an organisation's root unit */
  parent?: string;
  /** short code used in document numbers and seed folders */
  code: string;
  /** billing address printed on the unit's documents */
  addressLines: string[];
}

export interface DemoB2BUser {
  uid: string;
  password: string;
  customerId: string;
  titleCode: 'mr' | 'ms' | 'mrs';
  title: string;
  firstName: string;
  lastName: string;
  unit: string;
  roles: B2BRole[];
}

export const UNITS: DemoUnit[] = [
  { uid: 'Rustic', name: 'Rustic', code: 'RU', addressLines: ['Rustic Hardware Inc.', '1550 Foundry Road', 'Cleveland, OH 44114', 'United States'] },
  {
    uid: 'Rustic Services',
    name: 'Rustic Services',
    parent: 'Rustic',
    code: 'RS',
    addressLines: ['Rustic Hardware Inc. - Services', '88 Tool Works Lane', 'Akron, OH 44308', 'United States'],
  },
  {
    uid: 'Rustic Retail',
    name: 'Rustic Retail',
    parent: 'Rustic',
    code: 'RR',
    addressLines: ['Rustic Hardware Inc. - Retail', '410 Market Square', 'Columbus, OH 43215', 'United States'],
  },
  {
    uid: 'Custom Retail',
    name: 'Custom Retail',
    parent: 'Rustic Retail',
    code: 'CR',
    addressLines: ['Rustic Custom Retail', '27 Lakeside Avenue', 'Toledo, OH 43604', 'United States'],
  },
  { uid: 'Pronto', name: 'Pronto', code: 'PR', addressLines: ['Pronto Hardware LLC', '900 Commerce Parkway', 'Austin, TX 78701', 'United States'] },
  {
    uid: 'Pronto Goods',
    name: 'Pronto Goods',
    parent: 'Pronto',
    code: 'PG',
    addressLines: ['Pronto Hardware LLC - Goods', '35 Warehouse Row', 'San Antonio, TX 78205', 'United States'],
  },
];

function user(
  uid: string,
  customerId: string,
  [titleCode, title]: [DemoB2BUser['titleCode'], string],
  firstName: string,
  lastName: string,
  unit: string,
  roles: B2BRole[],
): DemoB2BUser {
  return { uid, password: DEMO_PASSWORD, customerId, titleCode, title, firstName, lastName, unit, roles };
}

const MS: [DemoB2BUser['titleCode'], string] = ['ms', 'Ms.'];
const MR: [DemoB2BUser['titleCode'], string] = ['mr', 'Mr.'];

export const B2B_USERS: DemoB2BUser[] = [
  user('linda.wolf@rustic-hw.com', '6a0e3c52-91d4-4b7e-8f21-3c5d7e9a1b01', MS, 'Linda', 'Wolf', 'Rustic', ['b2badmingroup']),
  user('hanna.schmidt@rustic-hw.com', '7b1f4d63-a2e5-4c8f-9032-4d6e8f0b2c02', MS, 'Hanna', 'Schmidt', 'Rustic Retail', ['b2badmingroup']),
  user('william.hunter@rustic-hw.com', '8c205e74-b3f6-4d90-a143-5e7f901c3d03', MR, 'William', 'Hunter', 'Custom Retail', ['b2bcustomergroup']),
  user('gi.sun@rustic-hw.com', '9d316f85-c407-4ea1-b254-6f80a12d4e04', MS, 'Gi', 'Sun', 'Rustic Services', ['b2bcustomergroup']),
  user('anthony.lombardi@rustic-hw.com', 'ae427096-d518-4fb2-8365-7091b23e5f05', MR, 'Anthony', 'Lombardi', 'Rustic Retail', ['b2bapprovergroup']),
  user('mark.rivers@pronto-hw.com', 'bf5381a7-e629-40c3-9476-81a2c34f6006', MR, 'Mark', 'Rivers', 'Pronto', ['b2badmingroup']),
  user('carla.torres@pronto-hw.com', 'c06492b8-f73a-41d4-a587-92b3d4507107', MS, 'Carla', 'Torres', 'Pronto Goods', ['b2bcustomergroup']),
];

/** The B2B user with this uid (login name), in any case. */
export function findB2BUser(uid: string): DemoB2BUser | undefined {
  const wanted = uid.toLowerCase();
  return B2B_USERS.find((u) => u.uid === wanted);
}

/** The B2B user a `{userId}` path segment names: the uid or the customerId. */
export function findOrgCustomer(userId: string): DemoB2BUser | undefined {
  const wanted = userId.toLowerCase();
  return B2B_USERS.find((u) => u.uid === wanted || u.customerId === wanted);
}

export function findUnit(uid: string): DemoUnit | undefined {
  return UNITS.find((u) => u.uid === uid);
}

export function unitOf(user: DemoB2BUser): DemoUnit {
  const unit = findUnit(user.unit);
  if (!unit) {
    throw new Error(`${user.uid} belongs to unknown unit ${user.unit}`);
  }
  return unit;
}

export function childrenOf(unitUid: string): DemoUnit[] {
  return UNITS.filter((u) => u.parent === unitUid);
}

/** The unit and every unit below it, depth first (parents before children). */
export function unitAndDescendants(unitUid: string): DemoUnit[] {
  const unit = findUnit(unitUid);
  return unit ? [unit, ...childrenOf(unitUid).flatMap((child) => unitAndDescendants(child.uid))] : [];
}

/** The root unit of the unit's organisation. */
export function rootOf(unitUid: string): DemoUnit | undefined {
  let unit = findUnit(unitUid);
  while (unit?.parent) {
    unit = findUnit(unit.parent);
  }
  return unit;
}

export function isB2BAdmin(user: DemoB2BUser): boolean {
  return user.roles.includes('b2badmingroup');
}

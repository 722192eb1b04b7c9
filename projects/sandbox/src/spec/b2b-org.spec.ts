import type { FastifyInstance } from 'fastify';

import { buildCommerceApp } from '../commerce/app';
import { ANNA, getJson, listen, login, OCC } from './helpers';

const B2B = '/occ/v2/powertools-spa';
const LINDA = 'linda.wolf@rustic-hw.com';
const HANNA = 'hanna.schmidt@rustic-hw.com';
const WILLIAM = 'william.hunter@rustic-hw.com';
const GI = 'gi.sun@rustic-hw.com';
const ANTHONY = 'anthony.lombardi@rustic-hw.com';
const MARK = 'mark.rivers@pronto-hw.com';
const CARLA = 'carla.torres@pronto-hw.com';

describe('Commerce OCC stand-in: B2B organisation (powertools-spa)', () => {
  let app: FastifyInstance;
  let base: string;
  const tokens = new Map<string, string>();

  async function tokenOf(uid: string): Promise<string> {
    if (!tokens.has(uid)) tokens.set(uid, (await login(base, uid)).access_token);
    return tokens.get(uid)!;
  }

  beforeAll(async () => {
    app = await buildCommerceApp();
    base = await listen(app);
  });

  afterAll(async () => {
    await app.close();
  });

  it('lists powertools-spa as a B2B site next to the B2C ones, and accepts it as {site}', async () => {
    const sites = await getJson(base, '/occ/v2/basesites');
    const byUid = new Map<string, { channel: string; stores: { defaultCurrency: { isocode: string } }[] }>(
      sites.body.baseSites.map((s: { uid: string }) => [s.uid, s]),
    );
    expect(byUid.get('powertools-spa')?.channel).toBe('B2B');
    expect(byUid.get('powertools-spa')?.stores[0].defaultCurrency.isocode).toBe('USD');
    expect(byUid.get('electronics-spa')?.channel).toBe('B2C');
    const me = await getJson(base, `${B2B}/users/current`, await tokenOf(LINDA));
    expect(me.status).toBe(200);
  });

  it('logs every B2B demo user in with the password grant', async () => {
    for (const uid of [LINDA, HANNA, WILLIAM, GI, ANTHONY, MARK, CARLA]) {
      const me = await getJson(base, `${B2B}/users/current`, await tokenOf(uid));
      expect(me.body.uid).withContext(uid).toBe(uid);
    }
  });

  it('answers users/current of a B2B user with the customer fields, orgUnit, roles and active', async () => {
    const token = await tokenOf(HANNA);
    const me = await getJson(base, `${B2B}/users/current`, token);
    expect(me.status).toBe(200);
    expect(me.body).toEqual(
      jasmine.objectContaining({
        uid: HANNA,
        name: 'Hanna Schmidt',
        firstName: 'Hanna',
        lastName: 'Schmidt',
        displayUid: HANNA,
        titleCode: 'ms',
        orgUnit: { uid: 'Rustic Retail', name: 'Rustic Retail', active: true },
        roles: ['b2badmingroup'],
        active: true,
      }),
    );
    expect(typeof me.body.customerId).toBe('string');
    const self = await getJson(base, `${B2B}/users/${encodeURIComponent(HANNA)}`, token);
    expect(self.body).toEqual(me.body);
  });

  it('answers orgUsers/current and orgUsers/{own uid} with the B2BUser', async () => {
    const token = await tokenOf(WILLIAM);
    const current = await getJson(base, `${B2B}/orgUsers/current`, token);
    expect(current.status).toBe(200);
    expect(current.body).toEqual(
      jasmine.objectContaining({
        uid: WILLIAM,
        name: 'William Hunter',
        firstName: 'William',
        lastName: 'Hunter',
        email: WILLIAM,
        orgUnit: { uid: 'Custom Retail', name: 'Custom Retail', active: true },
        roles: ['b2bcustomergroup'],
        active: true,
      }),
    );
    const self = await getJson(base, `${B2B}/orgUsers/${encodeURIComponent(WILLIAM)}`, token);
    expect(self.body).toEqual(current.body);
    const approver = await getJson(base, `${B2B}/orgUsers/current`, await tokenOf(ANTHONY));
    expect(approver.body.roles).toEqual(['b2bapprovergroup']);
  });

  it('lists an administrator\'s unit and every unit below it in availableOrgUnitNodes', async () => {
    const expected: [string, string[]][] = [
      [LINDA, ['Rustic', 'Rustic Services', 'Rustic Retail', 'Custom Retail']],
      [HANNA, ['Rustic Retail', 'Custom Retail']],
      [MARK, ['Pronto', 'Pronto Goods']],
    ];
    for (const [uid, units] of expected) {
      const answer = await getJson(base, `${B2B}/users/current/availableOrgUnitNodes`, await tokenOf(uid));
      expect(answer.status).withContext(uid).toBe(200);
      expect(answer.body.unitNodes.map((n: { id: string }) => n.id).sort()).withContext(uid).toEqual([...units].sort());
      for (const node of answer.body.unitNodes) {
        expect(node.active).toBeTrue();
        expect(node.children).toEqual([]);
        expect(node.name).toBe(node.id);
      }
    }
    const linda = await getJson(base, `${B2B}/users/current/availableOrgUnitNodes`, await tokenOf(LINDA));
    const parents = Object.fromEntries(linda.body.unitNodes.map((n: { id: string; parent?: string }) => [n.id, n.parent ?? null]));
    expect(parents).toEqual({ Rustic: null, 'Rustic Services': 'Rustic', 'Rustic Retail': 'Rustic', 'Custom Retail': 'Rustic Retail' });
    expect('parent' in linda.body.unitNodes.find((n: { id: string }) => n.id === 'Rustic')).toBeFalse();
  });

  it('answers the administrator\'s unit tree in orgUnitsRootNodeTree', async () => {
    const tree = await getJson(base, `${B2B}/users/current/orgUnitsRootNodeTree`, await tokenOf(LINDA));
    expect(tree.status).toBe(200);
    expect(tree.body.id).toBe('Rustic');
    expect(tree.body.children.map((c: { id: string }) => c.id)).toEqual(['Rustic Services', 'Rustic Retail']);
    expect(tree.body.children[1].children.map((c: { id: string }) => c.id)).toEqual(['Custom Retail']);
  });

  it('refuses the unit endpoints to buyers and approvers with 403 ForbiddenError', async () => {
    for (const uid of [WILLIAM, GI, ANTHONY, CARLA]) {
      for (const path of ['availableOrgUnitNodes', 'orgUnitsRootNodeTree']) {
        const answer = await getJson(base, `${B2B}/users/current/${path}`, await tokenOf(uid));
        expect(answer.status).withContext(`${uid} ${path}`).toBe(403);
        expect(answer.body.errors[0].type).toBe('ForbiddenError');
      }
    }
  });

  it('refuses another user\'s orgUsers and unit nodes as the user routes do, and needs a token', async () => {
    const token = await tokenOf(LINDA);
    for (const path of [`orgUsers/${encodeURIComponent(WILLIAM)}`, `users/${encodeURIComponent(MARK)}/availableOrgUnitNodes`]) {
      const answer = await getJson(base, `${B2B}/${path}`, token);
      expect(answer.status).withContext(path).toBe(403);
      expect(answer.body.errors[0].type).toBe('AccessDeniedError');
      const anonymous = await getJson(base, `${B2B}/${path}`);
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.errors[0].type).toBe('UnauthorizedError');
    }
  });

  it('keeps the B2C shopper as it was: no orgUnit or roles, and no B2BCustomer', async () => {
    const token = await tokenOf(ANNA);
    const me = await getJson(base, `${OCC}/users/current`, token);
    expect(me.status).toBe(200);
    expect(me.body.uid).toBe(ANNA);
    expect(me.body.orgUnit).toBeUndefined();
    expect(me.body.roles).toBeUndefined();
    expect(me.body.active).toBeUndefined();
    const org = await getJson(base, `${B2B}/orgUsers/current`, token);
    expect(org.status).toBe(400);
    expect(org.body.errors[0].type).toBe('UnknownIdentifierError');
  });

  it('lists the buyers\' B2B orders and answers their details with purchase order, cost center and account payment', async () => {
    const token = await tokenOf(WILLIAM);
    const history = await getJson(base, `${B2B}/users/current/orders`, token);
    expect(history.status).toBe(200);
    expect(history.body.orders.map((o: { code: string }) => o.code)).toEqual(['300122', '300105']);
    const order = await getJson(base, `${B2B}/users/current/orders/300105`, token);
    expect(order.status).toBe(200);
    expect(order.body.site).toBe('powertools-spa');
    expect(order.body.purchaseOrderNumber).toBe('PO-CR-2026-0914');
    expect(order.body.costCenter.code).toBe('Custom_Retail');
    expect(order.body.paymentType.code).toBe('ACCOUNT');
    expect(order.body.paymentInfo).toBeUndefined();
    expect(order.body.orgCustomer.orgUnit.uid).toBe('Custom Retail');
    expect(order.body.created).toMatch(/^2026-09-14T13:20:00\+0000$/);
    const foreign = await getJson(base, `${B2B}/users/current/orders/300105`, await tokenOf(GI));
    expect(foreign.status).toBe(400);
    expect(foreign.body.errors[0].type).toBe('UnknownIdentifierError');
    const none = await getJson(base, `${B2B}/users/current/orders`, await tokenOf(LINDA));
    expect(none.body.orders).toEqual([]);
  });

  it('still answers unknown organisation paths with 404 UnknownResourceError', async () => {
    const answer = await getJson(base, `${B2B}/orgUnits/Rustic/budgets`, await tokenOf(LINDA));
    expect(answer.status).toBe(404);
    expect(answer.body.errors[0].type).toBe('UnknownResourceError');
  });
});

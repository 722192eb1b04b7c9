import type { FastifyInstance } from 'fastify';

import { buildCommerceApp } from '../commerce/app';
import { AGENTS } from '../data/demo-agents';
import { ORDERS, SHOPPERS } from '../data/demo-data';
import { ANNA, BEN, CHRIS, getJson, listen, login, OCC } from './helpers';

const AGENT = AGENTS[0].uid;
const customerIdOf = (uid: string) => SHOPPERS.find((s) => s.uid === uid)!.customerId;
const SEARCH = '/assistedservicewebservices/customers/search';

describe('Commerce stand-in for the Assisted Service Module', () => {
  let app: FastifyInstance;
  let base: string;

  beforeAll(async () => {
    app = await buildCommerceApp();
    base = await listen(app);
  });

  afterAll(async () => {
    await app.close();
  });

  it('logs an agent in through the storefront client; users/current answers the agent, without customer fields', async () => {
    const tokens = await login(base, AGENT);
    const me = await getJson(base, `${OCC}/users/current`, tokens.access_token);
    expect(me.status).toBe(200);
    expect(me.body.uid).toBe(AGENT);
    expect(me.body.name).toBe('Sam Service');
    expect(me.body.customerId).toBeUndefined();
  });

  it('searches the customers the agent may act for, by name or e-mail, with their customerId', async () => {
    const tokens = await login(base, AGENT);
    const all = await getJson(base, `${SEARCH}?baseSite=electronics-spa&sort=byNameAsc&pageSize=20`, tokens.access_token);
    expect(all.status).toBe(200);
    expect(all.body.entries.map((e: { uid: string }) => e.uid)).toEqual([ANNA, BEN]);
    expect(all.body.pagination).toEqual(jasmine.objectContaining({ currentPage: 0, pageSize: 20, totalResults: 2, totalPages: 1 }));

    const anna = await getJson(base, `${SEARCH}?baseSite=electronics-spa&sort=byNameAsc&query=SCHMIDT&pageSize=20`, tokens.access_token);
    expect(anna.body.entries.length).toBe(1);
    expect(anna.body.entries[0].customerId).toBe(customerIdOf(ANNA));
    expect(anna.body.entries[0].name).toBe('Anna Schmidt');

    const chris = await getJson(base, `${SEARCH}?baseSite=electronics-spa&query=chris`, tokens.access_token);
    expect(chris.body.entries).toEqual([]);
  });

  it('refuses the search without a token (401), with a customer token (403) and for an unknown base site (400)', async () => {
    expect((await getJson(base, `${SEARCH}?baseSite=electronics-spa`)).status).toBe(401);
    const shopper = await login(base, ANNA);
    const refused = await getJson(base, `${SEARCH}?baseSite=electronics-spa`, shopper.access_token);
    expect(refused.status).toBe(403);
    expect(refused.body.errors[0].type).toBe('AccessDeniedError');
    const agent = await login(base, AGENT);
    const badSite = await getJson(base, `${SEARCH}?baseSite=nowhere`, agent.access_token);
    expect(badSite.status).toBe(400);
    expect(badSite.body.errors[0].type).toBe('InvalidResourceError');
  });

  it("lets an agent's token act for an assisted customer by customerId, as Spartacus' emulation calls it", async () => {
    const tokens = await login(base, AGENT);
    const annaId = customerIdOf(ANNA);
    const user = await getJson(base, `${OCC}/users/${annaId}`, tokens.access_token);
    expect(user.status).toBe(200);
    expect(user.body.uid).toBe(ANNA);
    const history = await getJson(base, `${OCC}/users/${annaId}/orders`, tokens.access_token);
    expect(history.status).toBe(200);
    const annasOrders = ORDERS.filter((o) => o.ownerUid === ANNA);
    expect(history.body.pagination.totalResults).toBe(annasOrders.length);
    const order = await getJson(base, `${OCC}/users/${annaId}/orders/${annasOrders[0].code}?fields=FULL`, tokens.access_token);
    expect(order.status).toBe(200);
    expect(order.body.code).toBe(annasOrders[0].code);
  });

  it("refuses an agent's token for a customer Commerce does not let the agent act for", async () => {
    const tokens = await login(base, AGENT);
    for (const userId of [customerIdOf(CHRIS), encodeURIComponent(CHRIS), 'no-such-customer']) {
      const refused = await getJson(base, `${OCC}/users/${userId}/orders`, tokens.access_token);
      expect(refused.status).withContext(userId).toBe(403);
      expect(refused.body.errors[0].type).withContext(userId).toBe('AccessDeniedError');
    }
  });

  it("lets a customer use their own customerId, never another customer's", async () => {
    const ben = await login(base, BEN);
    expect((await getJson(base, `${OCC}/users/${customerIdOf(BEN)}`, ben.access_token)).body.uid).toBe(BEN);
    expect((await getJson(base, `${OCC}/users/${customerIdOf(ANNA)}`, ben.access_token)).status).toBe(403);
  });
});

import type { FastifyInstance } from 'fastify';

import { buildCommerceApp } from '../commerce/app';
import { ANNA, BEN, CHRIS, getJson, jsonOf, listen, login, OCC, PASSWORD, tokenRequest } from './helpers';

describe('Commerce OCC stand-in', () => {
  let app: FastifyInstance;
  let base: string;

  beforeAll(async () => {
    app = await buildCommerceApp({ testHooks: true });
    base = await listen(app);
  });

  afterAll(async () => {
    await app.close();
  });

  describe('OAuth token endpoint', () => {
    it('issues opaque bearer tokens for the password grant', async () => {
      const response = await tokenRequest(base, {
        grant_type: 'password',
        username: ANNA,
        password: PASSWORD,
        client_id: 'mobile_android',
        client_secret: 'secret',
      });
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const body = await jsonOf(response);
      expect(body.token_type).toBe('bearer');
      expect(body.scope).toBe('basic openid');
      expect(body.expires_in).toBe(3600);
      expect(typeof body.access_token).toBe('string');
      expect(body.access_token.length).toBeGreaterThanOrEqual(20);
      expect(body.refresh_token).not.toBe(body.access_token);
    });

    it('accepts the login name in any case', async () => {
      const tokens = await login(base, 'Anna.Schmidt@Example.com');
      const me = await getJson(base, `${OCC}/users/current`, tokens.access_token);
      expect(me.body.uid).toBe(ANNA);
    });

    it('rejects a wrong password and an unknown user with invalid_grant / Bad credentials', async () => {
      for (const [username, password] of [
        [ANNA, 'wrong'],
        ['nobody@example.com', PASSWORD],
      ]) {
        const response = await tokenRequest(base, {
          grant_type: 'password',
          username,
          password,
          client_id: 'mobile_android',
          client_secret: 'secret',
        });
        expect(response.status).toBe(400);
        expect(await jsonOf(response)).toEqual({ error: 'invalid_grant', error_description: 'Bad credentials' });
      }
    });

    it('rejects an unknown client', async () => {
      const response = await tokenRequest(base, {
        grant_type: 'password',
        username: ANNA,
        password: PASSWORD,
        client_id: 'mobile_android',
        client_secret: 'not-the-secret',
      });
      expect(response.status).toBe(401);
      expect((await jsonOf(response)).error).toBe('invalid_client');
    });

    it('rejects unsupported grant types', async () => {
      const response = await tokenRequest(base, { grant_type: 'implicit', client_id: 'mobile_android', client_secret: 'secret' });
      expect(response.status).toBe(400);
      expect((await jsonOf(response)).error).toBe('unsupported_grant_type');
    });

    it('exchanges a refresh token for a new, working access token', async () => {
      const first = await login(base, BEN);
      const response = await tokenRequest(base, {
        grant_type: 'refresh_token',
        refresh_token: first.refresh_token,
        client_id: 'mobile_android',
        client_secret: 'secret',
      });
      expect(response.status).toBe(200);
      const second = await jsonOf(response);
      expect(second.access_token).not.toBe(first.access_token);
      expect(second.refresh_token).toBe(first.refresh_token);
      expect(second.token_type).toBe('bearer');
      const me = await getJson(base, `${OCC}/users/current`, second.access_token);
      expect(me.status).toBe(200);
      expect(me.body.uid).toBe(BEN);
    });

    it('rejects an unknown refresh token', async () => {
      const response = await tokenRequest(base, {
        grant_type: 'refresh_token',
        refresh_token: 'made-up',
        client_id: 'mobile_android',
        client_secret: 'secret',
      });
      expect(response.status).toBe(400);
      expect((await jsonOf(response)).error).toBe('invalid_grant');
    });

    it('revokes a token', async () => {
      const tokens = await login(base, ANNA);
      const revoke = await fetch(`${base}/authorizationserver/oauth/revoke`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ token: tokens.access_token }).toString(),
      });
      expect(revoke.status).toBe(200);
      const me = await getJson(base, `${OCC}/users/current`, tokens.access_token);
      expect(me.status).toBe(401);
    });
  });

  describe('users/current', () => {
    it('answers the profile for a valid token with a lowercase bearer scheme', async () => {
      const tokens = await login(base, ANNA);
      const me = await getJson(base, `${OCC}/users/current?lang=en&curr=USD`, tokens.access_token, 'bearer');
      expect(me.status).toBe(200);
      expect(me.body.uid).toBe(ANNA);
      expect(me.body.name).toBe('Anna Schmidt');
      expect(me.body.firstName).toBe('Anna');
      expect(me.body.lastName).toBe('Schmidt');
      expect(me.body.titleCode).toBe('ms');
      expect(me.body.currency.isocode).toBe('USD');
      expect(me.body.language.isocode).toBe('en');
    });

    it('accepts the scheme in any case', async () => {
      const tokens = await login(base, CHRIS);
      for (const scheme of ['Bearer', 'BEARER', 'bEaReR']) {
        const me = await getJson(base, `${OCC}/users/current`, tokens.access_token, scheme);
        expect(me.status).withContext(scheme).toBe(200);
        expect(me.body.uid).toBe(CHRIS);
      }
    });

    it('answers 401 UnauthorizedError without a token, as real OCC does', async () => {
      const me = await getJson(base, `${OCC}/users/current`);
      expect(me.status).toBe(401);
      expect(me.body.errors[0].type).toBe('UnauthorizedError');
      expect(me.body.errors[0].message).toBe('Full authentication is required to access this resource');
    });

    it('answers 401 InvalidTokenError for an unknown token and for another scheme', async () => {
      const unknown = await getJson(base, `${OCC}/users/current`, 'not-a-token');
      expect(unknown.status).toBe(401);
      expect(unknown.body.errors[0].type).toBe('InvalidTokenError');
      const tokens = await login(base, ANNA);
      const basic = await getJson(base, `${OCC}/users/current`, tokens.access_token, 'Basic');
      expect(basic.status).toBe(401);
    });

    it('answers users/{uid} for the token owner and 403 for somebody else', async () => {
      const tokens = await login(base, BEN);
      const own = await getJson(base, `${OCC}/users/${encodeURIComponent(BEN)}`, tokens.access_token);
      expect(own.status).toBe(200);
      expect(own.body.uid).toBe(BEN);
      const other = await getJson(base, `${OCC}/users/${encodeURIComponent(ANNA)}`, tokens.access_token);
      expect(other.status).toBe(403);
      expect(other.body.errors[0].type).toBe('AccessDeniedError');
      const otherOrders = await getJson(base, `${OCC}/users/${encodeURIComponent(ANNA)}/orders`, tokens.access_token);
      expect(otherOrders.status).toBe(403);
    });

    it('empty carts and consent templates', async () => {
      const tokens = await login(base, ANNA);
      expect((await getJson(base, `${OCC}/users/current/carts`, tokens.access_token)).body).toEqual({ carts: [] });
      expect((await getJson(base, `${OCC}/users/current/consenttemplates`, tokens.access_token)).body).toEqual({ consentTemplates: [] });
      expect((await getJson(base, `${OCC}/users/current/carts`)).status).toBe(401);
    });

    it('answers 404 UnknownResourceError for OCC paths it does not serve, as real OCC does', async () => {
      const tokens = await login(base, ANNA);
      for (const path of [`${OCC}/products/search?query=camera`, `${OCC}/some/thing/else`, `${OCC}/users/current/addresses`, `${OCC}/users/current/orders/100027/nothing`]) {
        const response = await getJson(base, path, tokens.access_token);
        expect(response.status).withContext(path).toBe(404);
        expect(response.body).withContext(path).toEqual({
          errors: [{ type: 'UnknownResourceError', message: `No resource at GET ${path.split('?')[0]}` }],
        });
      }
    });

    it('rejects an unknown base site', async () => {
      const response = await getJson(base, '/occ/v2/no-such-site/cms/pages');
      expect(response.status).toBe(400);
      expect(response.body.errors[0].type).toBe('InvalidResourceError');
    });
  });

  describe('expired tokens (test hook)', () => {
    it('answers 401 InvalidTokenError once the token expired, while the refresh grant still works', async () => {
      const tokens = await login(base, ANNA);
      expect((await getJson(base, `${OCC}/users/current`, tokens.access_token)).status).toBe(200);
      const expire = await fetch(`${base}/sandbox/tokens/expire`, { method: 'POST' });
      expect(expire.status).toBe(200);
      const me = await getJson(base, `${OCC}/users/current`, tokens.access_token);
      expect(me.status).toBe(401);
      expect(me.body.errors[0].type).toBe('InvalidTokenError');
      expect(me.body.errors[0].message).toContain('expired');
      const refreshed = await tokenRequest(base, {
        grant_type: 'refresh_token',
        refresh_token: tokens.refresh_token,
        client_id: 'mobile_android',
        client_secret: 'secret',
      });
      expect(refreshed.status).toBe(200);
      const again = await getJson(base, `${OCC}/users/current`, (await jsonOf(refreshed)).access_token);
      expect(again.status).toBe(200);
    });

    it('expires refresh tokens too when asked', async () => {
      const tokens = await login(base, BEN);
      await fetch(`${base}/sandbox/tokens/expire?refresh=true`, { method: 'POST' });
      const refreshed = await tokenRequest(base, {
        grant_type: 'refresh_token',
        refresh_token: tokens.refresh_token,
        client_id: 'mobile_android',
        client_secret: 'secret',
      });
      expect(refreshed.status).toBe(400);
    });

    it('expires tokens by TTL', async () => {
      const shortLived = await buildCommerceApp({ tokenTtlSeconds: 0 });
      const shortBase = await listen(shortLived);
      try {
        const tokens = await login(shortBase, ANNA);
        expect(tokens.expires_in).toBe(0);
        const me = await getJson(shortBase, `${OCC}/users/current`, tokens.access_token);
        expect(me.status).toBe(401);
        expect(me.body.errors[0].type).toBe('InvalidTokenError');
      } finally {
        await shortLived.close();
      }
    });

    it('has no test hooks unless enabled', async () => {
      const plain = await buildCommerceApp();
      const plainBase = await listen(plain);
      try {
        const response = await fetch(`${plainBase}/sandbox/tokens/expire`, { method: 'POST' });
        expect(response.status).toBe(404);
      } finally {
        await plain.close();
      }
    });
  });

  describe('orders', () => {
    it('pages the order history newest first', async () => {
      const tokens = await login(base, ANNA);
      const first = await getJson(base, `${OCC}/users/current/orders?pageSize=2&lang=en&curr=USD`, tokens.access_token);
      expect(first.status).toBe(200);
      expect(first.body.orders.map((o: { code: string }) => o.code)).toEqual(['100045', '100031']);
      expect(first.body.pagination).toEqual({ currentPage: 0, pageSize: 2, sort: 'byDate', totalPages: 2, totalResults: 4 });
      expect(first.body.sorts).toEqual([
        { code: 'byDate', selected: true },
        { code: 'byOrderNumber', selected: false },
      ]);
      const order = first.body.orders[0];
      expect(order.guid).toBeTruthy();
      expect(order.placed).toBe('2026-10-02T09:14:00+0000');
      expect(order.statusDisplay).toBe('processing');
      expect(order.total.currencyIso).toBe('USD');
      expect(order.total.formattedValue).toMatch(/^\$\d{1,3}(,\d{3})*\.\d{2}$/);
      expect(order.total.value).toBeGreaterThan(0);

      const second = await getJson(base, `${OCC}/users/current/orders?pageSize=2&currentPage=1`, tokens.access_token);
      expect(second.body.orders.map((o: { code: string }) => o.code)).toEqual(['100027', '100012']);
      expect(second.body.pagination.currentPage).toBe(1);

      const beyond = await getJson(base, `${OCC}/users/current/orders?pageSize=2&currentPage=5`, tokens.access_token);
      expect(beyond.body.orders).toEqual([]);
    });

    it('sorts by order number', async () => {
      const tokens = await login(base, BEN);
      const list = await getJson(base, `${OCC}/users/current/orders?sort=byOrderNumber`, tokens.access_token);
      expect(list.body.orders.map((o: { code: string }) => o.code)).toEqual(['100052', '100036', '100018']);
      expect(list.body.pagination.sort).toBe('byOrderNumber');
      expect(list.body.sorts.find((s: { selected: boolean }) => s.selected).code).toBe('byOrderNumber');
    });

    it('answers an empty history for a shopper without orders', async () => {
      const tokens = await login(base, CHRIS);
      const list = await getJson(base, `${OCC}/users/current/orders?pageSize=5`, tokens.access_token);
      expect(list.status).toBe(200);
      expect(list.body.orders).toEqual([]);
      expect(list.body.pagination.totalResults).toBe(0);
      expect(list.body.pagination.totalPages).toBe(0);
    });

    it('rejects a bad pageSize', async () => {
      const tokens = await login(base, ANNA);
      const list = await getJson(base, `${OCC}/users/current/orders?pageSize=abc`, tokens.access_token);
      expect(list.status).toBe(400);
      expect(list.body.errors[0].type).toBe('ValidationError');
    });

    it('answers the full order to its owner', async () => {
      const tokens = await login(base, ANNA);
      const details = await getJson(base, `${OCC}/users/current/orders/100027?fields=FULL`, tokens.access_token);
      expect(details.status).toBe(200);
      const order = details.body;
      expect(order.code).toBe('100027');
      expect(order.created).toBe('2026-05-08T16:05:00+0000');
      expect(order.statusDisplay).toBe('completed');
      expect(order.deliveryAddress.formattedAddress).toContain('New York');
      expect(order.entries.map((e: { product: { code: string } }) => e.product.code)).toEqual(['1934793', '280916']);
      expect(order.entries[0].product.name).toBe('PowerShot A480');
      expect(order.entries[0].quantity).toBe(2);
      expect(order.entries[0].totalPrice.value).toBeCloseTo(199.7, 2);
      expect(order.consignments.length).toBe(2);
      expect(order.consignments[1]).toEqual(
        jasmine.objectContaining({ code: 'cons100027_1', status: 'DELIVERY_COMPLETED', trackingID: '794612380051' }),
      );
      expect(order.consignments[1].entries[0].orderEntry.entryNumber).toBe(1);
      expect(order.unconsignedEntries).toEqual([]);
      expect(order.totalPrice.value).toBeCloseTo(order.subTotal.value + order.deliveryCost.value, 2);
      expect(order.user.uid).toBe(ANNA);
    });

    it('gives every ordered product its primary image in each Spartacus product format', async () => {
      const tokens = await login(base, ANNA);
      const details = await getJson(base, `${OCC}/users/current/orders/100027?fields=FULL`, tokens.access_token);
      const images = details.body.entries[0].product.images;
      expect(images.map((i: { format: string }) => i.format).sort()).toEqual(['cartIcon', 'product', 'thumbnail', 'zoom']);
      for (const image of images) {
        expect(image).toEqual({
          imageType: 'PRIMARY',
          format: image.format,
          url: `/medias/products/1934793/${image.format}.svg`,
          altText: 'PowerShot A480',
        });
      }
      const consigned = details.body.consignments[1].entries[0].orderEntry.product.images;
      expect(consigned.length).toBe(4);
    });

    it('finds an order by guid as well', async () => {
      const tokens = await login(base, ANNA);
      const list = await getJson(base, `${OCC}/users/current/orders`, tokens.access_token);
      const guid = list.body.orders[0].guid;
      const details = await getJson(base, `${OCC}/users/current/orders/${guid}`, tokens.access_token);
      expect(details.status).toBe(200);
      expect(details.body.code).toBe(list.body.orders[0].code);
    });

    it("answers 400 UnknownIdentifierError for another shopper's order and for unknown orders, as real OCC does", async () => {
      const anna = await login(base, ANNA);
      const bensOrder = await getJson(base, `${OCC}/users/current/orders/100018?fields=FULL`, anna.access_token);
      expect(bensOrder.status).toBe(400);
      expect(bensOrder.body.errors[0].type).toBe('UnknownIdentifierError');
      const unknown = await getJson(base, `${OCC}/users/current/orders/999999`, anna.access_token);
      expect(unknown.status).toBe(400);
      expect(unknown.body).toEqual({
        errors: [{ type: 'UnknownIdentifierError', message: jasmine.stringContaining('999999') }],
      });
      const ben = await login(base, BEN);
      expect((await getJson(base, `${OCC}/users/current/orders/100018`, ben.access_token)).status).toBe(200);
    });

    it('answers consignment tracking for own consignments', async () => {
      const tokens = await login(base, BEN);
      const tracking = await getJson(base, `${OCC}/users/current/orders/100052/consignments/cons100052_0/tracking`, tokens.access_token);
      expect(tracking.status).toBe(200);
      expect(tracking.body.trackingID).toBe('JD014600006281230945');
      expect(tracking.body.carrierDetails.name).toBe('DHL Express');
      const anna = await login(base, ANNA);
      expect((await getJson(base, `${OCC}/users/current/orders/100052/consignments/cons100052_0/tracking`, anna.access_token)).status).toBe(404);
    });
  });

  describe('CMS', () => {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    function slot(page: any, position: string) {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return page.contentSlots.contentSlot.find((s: any) => s.position === position);
    }
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    function flexTypes(page: any, position: string): string[] {
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return slot(page, position).components.component.map((c: any) => c.flexType);
    }

    it('answers the home page without a label', async () => {
      const page = await getJson(base, `${OCC}/cms/pages?lang=en&curr=USD`);
      expect(page.status).toBe(200);
      expect(page.body.typeCode).toBe('ContentPage');
      expect(page.body.template).toBe('LandingPage2Template');
      expect(slot(page.body, 'SiteLogo')).toBeDefined();
    });

    it('answers the login page Spartacus needs', async () => {
      const page = await getJson(base, `${OCC}/cms/pages?pageType=ContentPage&pageLabelOrId=%2Flogin&lang=en&curr=USD`);
      expect(page.status).toBe(200);
      expect(page.body.template).toBe('LoginPageTemplate');
      const left = slot(page.body, 'LeftContentSlot').components.component[0];
      expect(left.typeCode).toBe('CMSFlexComponent');
      expect(left.flexType).toBe('ReturningCustomerLoginComponent');
    });

    it('answers the order history page (with the documents-aware history from docs/impex)', async () => {
      const page = await getJson(base, `${OCC}/cms/pages?pageType=ContentPage&pageLabelOrId=/my-account/orders`);
      expect(page.body.template).toBe('AccountPageTemplate');
      expect(flexTypes(page.body, 'BodyContent')).toEqual(['ExstreamOrderHistoryComponent']);
    });

    it("answers the profile's e-mail page (where the bounced e-mail hint leads)", async () => {
      const page = await getJson(base, `${OCC}/cms/pages?pageType=ContentPage&pageLabelOrId=%2Fmy-account%2Fupdate-email`);
      expect(page.body.template).toBe('AccountPageTemplate');
      expect(flexTypes(page.body, 'BodyContent')).toEqual(['UpdateEmailComponent']);
    });

    it('answers the order details page with the order code in the label', async () => {
      const page = await getJson(base, `${OCC}/cms/pages?pageType=ContentPage&pageLabelOrId=%2Fmy-account%2Forder%2F100012`);
      expect(page.status).toBe(200);
      expect(page.body.label).toBe('/my-account/order/100012');
      expect(page.body.template).toBe('AccountPageTemplate');
      expect(flexTypes(page.body, 'BodyContent')).toEqual(
        jasmine.arrayContaining([
          'AccountOrderDetailsShippingComponent',
          'AccountOrderDetailsItemsComponent',
          'AccountOrderDetailsTotalsComponent',
          'AccountOrderDetailsActionsComponent',
        ]),
      );
    });

    it('answers My Documents with ExstreamMyDocumentsComponent in BodyContent of an account page', async () => {
      const page = await getJson(base, `${OCC}/cms/pages?pageType=ContentPage&pageLabelOrId=%2Fmy-account%2Fdocuments`);
      expect(page.status).toBe(200);
      expect(page.body.label).toBe('/my-account/documents');
      expect(page.body.template).toBe('AccountPageTemplate');
      const body = slot(page.body, 'BodyContent').components.component;
      expect(body.length).toBe(1);
      expect(body[0].typeCode).toBe('CMSFlexComponent');
      expect(body[0].flexType).toBe('ExstreamMyDocumentsComponent');
    });

    it('answers the not-found page, and 404 for unknown labels', async () => {
      const notFound = await getJson(base, `${OCC}/cms/pages?pageType=ContentPage&pageLabelOrId=/not-found`);
      expect(notFound.status).toBe(200);
      expect(notFound.body.uid).toBe('notFound');
      const unknown = await getJson(base, `${OCC}/cms/pages?pageType=ContentPage&pageLabelOrId=/no-such-page`);
      expect(unknown.status).toBe(404);
      expect(unknown.body.errors[0].type).toBe('CMSItemNotFoundError');
      const product = await getJson(base, `${OCC}/cms/pages?pageType=ProductPage&code=1382080`);
      expect(product.status).toBe(404);
    });

    it('puts the account navigation with My Documents into HeaderLinks on every page', async () => {
      for (const label of ['/login', '/my-account/orders', '/my-account/documents']) {
        const page = await getJson(base, `${OCC}/cms/pages?pageType=ContentPage&pageLabelOrId=${encodeURIComponent(label)}`);
        const nav = slot(page.body, 'HeaderLinks').components.component[0];
        expect(nav.typeCode).withContext(label).toBe('NavigationComponent');
        const children = nav.navigationNode.children;
        expect(children.map((c: { title: string }) => c.title)).toEqual(jasmine.arrayContaining(['Order History', 'My Documents']));
        const documentsEntry = children.find((c: { title: string }) => c.title === 'My Documents').entries[0];
        expect(documentsEntry).toEqual({ itemId: 'MyDocumentsLink', itemSuperType: 'AbstractCMSComponent', itemType: 'CMSLinkComponent' });
      }
    });

    it('answers components by uid', async () => {
      const response = await getJson(base, `${OCC}/cms/components?fields=DEFAULT&currentPage=0&pageSize=2&componentIds=MyDocumentsLink,OrderHistoryLink,Unknown`);
      expect(response.status).toBe(200);
      const byUid = new Map(response.body.component.map((c: { uid: string; url: string }) => [c.uid, c]));
      expect(byUid.size).toBe(2);
      expect(byUid.get('MyDocumentsLink')).toEqual(jasmine.objectContaining({ typeCode: 'CMSLinkComponent', url: '/my-account/documents', linkName: 'My Documents' }));
      expect(byUid.get('OrderHistoryLink')).toEqual(jasmine.objectContaining({ url: '/my-account/orders' }));
      expect(response.body.pagination.totalResults).toBe(2);
      const single = await getJson(base, `${OCC}/cms/components/ExstreamMyDocumentsComponent`);
      expect(single.body.flexType).toBe('ExstreamMyDocumentsComponent');
    });
  });

  describe('CORS', () => {
    it('answers preflights with 204, echoing origin and requested headers', async () => {
      const response = await fetch(`${base}${OCC}/users/current`, {
        method: 'OPTIONS',
        headers: {
          origin: 'http://localhost:4200',
          'access-control-request-method': 'GET',
          'access-control-request-headers': 'authorization,content-type',
        },
      });
      expect(response.status).toBe(204);
      expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:4200');
      expect(response.headers.get('access-control-allow-credentials')).toBe('true');
      expect(response.headers.get('access-control-allow-headers')).toBe('authorization,content-type');
      expect(response.headers.get('access-control-allow-methods')).toContain('GET');
    });

    it('adds CORS headers to normal answers, including errors', async () => {
      const response = await fetch(`${base}${OCC}/users/current`, { headers: { origin: 'http://localhost:4300' } });
      expect(response.status).toBe(401);
      expect(response.headers.get('access-control-allow-origin')).toBe('http://localhost:4300');
    });
  });
  describe('media', () => {
    it('serves the product images its OCC answers point to, as SVG of the format width', async () => {
      for (const [format, width] of [['cartIcon', 65], ['thumbnail', 96], ['product', 284], ['zoom', 515]] as const) {
        const response = await fetch(`${base}/medias/products/1382080/${format}.svg`);
        expect(response.status).withContext(format).toBe(200);
        expect(response.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        const svg = await response.text();
        expect(svg).toMatch(new RegExp(`^<svg [^>]*width="${width}" height="${width}"`));
        expect(svg).toContain('<title>EOS450D + 18-55 IS Kit</title>');
      }
    });

    it('serves the site logo the header banner points to, without a token', async () => {
      const response = await fetch(`${base}/medias/site/electronics-store-logo.svg`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
      expect(await response.text()).toMatch(/^<svg [^>]*aria-label="Electronics Store"/);
    });

    it('answers 404 for an unknown product or format, and needs no token', async () => {
      expect((await fetch(`${base}/medias/products/999999/thumbnail.svg`)).status).toBe(404);
      expect((await fetch(`${base}/medias/products/1382080/huge.svg`)).status).toBe(404);
      expect((await fetch(`${base}/medias/products/1382080/thumbnail.png`)).status).toBe(404);
      expect((await fetch(`${base}/medias/products/toString/thumbnail.svg`)).status).toBe(404);
      const missing = await getJson(base, '/medias/products/999999/zoom.svg');
      expect(missing.body.errors[0].type).toBe('UnknownIdentifierError');
    });
  });
});

import type { FastifyInstance } from 'fastify';

import { buildCommerceApp } from '../commerce/app';
import { getJson, listen, OCC } from './helpers';

const B2B = '/occ/v2/powertools-spa';

interface Slot {
  position: string;
  components: { component: { uid: string; typeCode: string; flexType?: string; url?: string }[] };
}

function slotAt(page: { contentSlots: { contentSlot: Slot[] } }, position: string): Slot | undefined {
  return page.contentSlots.contentSlot.find((s) => s.position === position);
}

function pagePath(label: string): string {
  return `cms/pages?pageType=ContentPage&pageLabelOrId=${encodeURIComponent(label)}&lang=en&curr=USD`;
}

// What SAP's 2211 B2B storefront (features Administration + Account-Summary) asks of CMS to open
// My Company → Account Summary (seen with OCC_REQUEST_LOG), see cms-b2b-content.ts.
describe('Commerce OCC stand-in: B2B CMS content of powertools-spa (My Company, Account Summary)', () => {
  let app: FastifyInstance;
  let base: string;

  beforeAll(async () => {
    app = await buildCommerceApp();
    base = await listen(app);
  });

  afterAll(async () => {
    await app.close();
  });

  it('answers the My Company page with a link to the account summary, on the company page template', async () => {
    const page = await getJson(base, `${B2B}/${pagePath('/organization')}`);
    expect(page.status).toBe(200);
    expect(page.body).toEqual(jasmine.objectContaining({ uid: 'organization', label: '/organization', template: 'CompanyPageTemplate', robotTag: 'NOINDEX_NOFOLLOW' }));
    const body = slotAt(page.body, 'BodyContent');
    expect(body?.components.component.map((c) => c.uid)).toEqual(['MyCompanyParagraph', 'AccountSummaryLink']);
    expect(body?.components.component[1]).toEqual(jasmine.objectContaining({ typeCode: 'CMSLinkComponent', url: '/organization/account-summary' }));
    // the shared header slots come with it, as on every page
    expect(slotAt(page.body, 'HeaderLinks')).toBeDefined();
  });

  it("answers the account summary list page with SAP's ManageAccountSummaryListComponent", async () => {
    const page = await getJson(base, `${B2B}/${pagePath('/organization/account-summary')}`);
    expect(page.status).toBe(200);
    expect(page.body.template).toBe('CompanyPageTemplate');
    expect(slotAt(page.body, 'BodyContent')?.components.component).toEqual([
      jasmine.objectContaining({ uid: 'ManageAccountSummaryListComponent', typeCode: 'CMSFlexComponent', flexType: 'ManageAccountSummaryListComponent' }),
    ]);
  });

  it("answers the details page for any unit's path with SAP's header and documents components, under the asked label", async () => {
    for (const unit of ['Custom Retail', 'Rustic']) {
      const label = `/organization/account-summary/details/${unit}`;
      const page = await getJson(base, `${B2B}/${pagePath(label)}`);
      expect(page.status).withContext(unit).toBe(200);
      expect(page.body.label).toBe(label);
      expect(page.body.uid).toBe('accountSummaryDetailsPage');
      expect(slotAt(page.body, 'BodyContent')?.components.component.map((c) => c.flexType)).toEqual([
        'AccountSummaryHeaderComponent',
        'AccountSummaryDocumentComponent',
      ]);
    }
    const deeper = await getJson(base, `${B2B}/${pagePath('/organization/account-summary/details/Rustic/more')}`);
    expect(deeper.status).toBe(404);
    expect(deeper.body.errors[0].type).toBe('CMSItemNotFoundError');
  });

  it('answers the B2B components by id, and puts My Company into the account menu of the B2B site only', async () => {
    const ids = 'ManageAccountSummaryListComponent,AccountSummaryHeaderComponent,AccountSummaryDocumentComponent,MyCompanyLink';
    const found = await getJson(base, `${B2B}/cms/components?componentIds=${ids}&fields=DEFAULT&currentPage=0&pageSize=4`);
    expect(found.status).toBe(200);
    expect(found.body.component.map((c: { uid: string }) => c.uid)).toEqual(ids.split(','));

    type Node = { title: string; children?: Node[]; entries?: { itemId: string }[] };
    const menuOf = async (site: string): Promise<Node> =>
      (await getJson(base, `${site}/cms/components?componentIds=AccountNavigationComponent`)).body.component[0].navigationNode;
    const b2bMenu = await menuOf(B2B);
    const titles = (b2bMenu.children ?? []).map((n) => n.title);
    expect(titles).toContain('My Company');
    expect(titles.indexOf('My Company')).toBe(titles.indexOf('Sign Out') - 1);
    expect(b2bMenu.children?.find((n) => n.title === 'My Company')?.entries).toEqual([jasmine.objectContaining({ itemId: 'MyCompanyLink' })]);
    expect(((await menuOf(OCC)).children ?? []).map((n) => n.title)).not.toContain('My Company');
  });

  it('keeps the B2B pages off the B2C site: CMSItemNotFoundError, and no B2B components', async () => {
    for (const label of ['/organization', '/organization/account-summary', '/organization/account-summary/details/Rustic']) {
      const page = await getJson(base, `${OCC}/${pagePath(label)}`);
      expect(page.status).withContext(label).toBe(404);
      expect(page.body.errors[0].type).toBe('CMSItemNotFoundError');
    }
    const none = await getJson(base, `${OCC}/cms/components?componentIds=ManageAccountSummaryListComponent`);
    expect(none.body.component).toEqual([]);
    // the pages both sites have are the same content
    const b2cLogin = await getJson(base, `${OCC}/${pagePath('/login')}`);
    const b2bLogin = await getJson(base, `${B2B}/${pagePath('/login')}`);
    expect(slotAt(b2bLogin.body, 'LeftContentSlot')).toEqual(slotAt(b2cLogin.body, 'LeftContentSlot'));
  });

  it('still answers paths no storefront asks for with 404 UnknownResourceError', async () => {
    const unknown = await getJson(base, `${B2B}/users/current/orgUnits/Rustic/creditLimit`);
    expect(unknown.status).toBe(404);
    expect(unknown.body.errors[0].type).toBe('UnknownResourceError');
  });
});

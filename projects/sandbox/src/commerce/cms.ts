import { applyImpexDir, CmsModel, CmsNavigationNodeItem, CmsPageItem, defaultImpexDir } from './cms-impex';
import { SITE_LOGO_ALT_TEXT, SITE_LOGO_URL } from './site-logo';

/**
 * The CMS content Spartacus 4.3 needs from `cms/pages` and `cms/components`.
 *
 * The base is the standard storefront content a Commerce content catalog already has: home,
 * login, order history, order details, not-found, and the header/footer slots that every page
 * repeats (the hamburger menu phones open the navigation with, site logo, navigation bar, account
 * navigation in `HeaderLinks`, footer). On top of it
 * the sandbox applies the ImpEx files of `docs/impex/` (the "My Documents" page, its navigation
 * entry, the order page components, ...), so the demo shows exactly what that ImpEx creates.
 *
 * Page shape: `{uid,label,name,title,typeCode:'ContentPage',template,contentSlots:{contentSlot:[...]}}`.
 * A `CMSFlexComponent` maps to an Angular component by `flexType`, any other by `typeCode`.
 */

export interface CmsComponent {
  uid: string;
  typeCode: string;
  name: string;
  [key: string]: unknown;
}

interface CmsSlot {
  slotId: string;
  position: string;
  name: string;
  slotShared: boolean;
  components: { component: CmsComponent[] };
}

export interface CmsPage {
  uid: string;
  label: string;
  name: string;
  title: string;
  typeCode: 'ContentPage';
  template: string;
  defaultPage: boolean;
  robotTag?: string;
  contentSlots: { contentSlot: CmsSlot[] };
}

function link(uid: string, linkName: string, url: string): CmsComponent {
  return { uid, typeCode: 'CMSLinkComponent', name: linkName, linkName, url, target: 'false', external: 'false' };
}

function flex(uid: string, flexType: string, name = flexType): CmsComponent {
  return { uid, typeCode: 'CMSFlexComponent', name, flexType };
}

/** The logo banner of a Commerce site: a media linked to the home page. */
function siteLogo(): CmsComponent {
  return {
    uid: 'SiteLogoComponent',
    typeCode: 'SimpleBannerComponent',
    name: 'Site Logo Component',
    urlLink: '/',
    external: 'false',
    media: { code: 'electronics-store-logo.svg', mime: 'image/svg+xml', altText: SITE_LOGO_ALT_TEXT, url: SITE_LOGO_URL },
  };
}

function paragraph(uid: string, content: string): CmsComponent {
  return { uid, typeCode: 'CMSParagraphComponent', name: uid, content };
}

const FOOTER_PARAGRAPH = paragraph(
  'FooterNoticeParagraph',
  '<p>&copy; 2026 Electronics Store &mdash; demo storefront for Exstream Documents for Spartacus. ' +
    'All orders and documents are fictitious.</p>',
);

const HOME_PARAGRAPH = paragraph(
  'HomepageWelcomeParagraph',
  '<h2>Welcome to the Electronics Store</h2>' +
    '<p>This demo storefront shows the documents that OpenText Exstream generated for you: order confirmations, ' +
    'invoices, shipment notices, warranty certificates and account statements.</p>' +
    '<p>Sign in and open <strong>My Account &rarr; My Documents</strong>, or look at the documents of an order ' +
    'from your order history.</p>',
);

const NOT_FOUND_PARAGRAPH = paragraph(
  'NotFoundParagraph',
  '<h2>Page not found</h2><p>The page you were looking for does not exist. Go back to the <a href="/">home page</a>.</p>',
);

/** The standard content of the catalog, before the documents ImpEx. */
function baseModel(): CmsModel {
  const components = [
    siteLogo(),
    { uid: 'HamburgerMenuComponent', typeCode: 'HamburgerMenuComponent', name: 'Hamburger Menu Component' },
    link('HomepageNavLink', 'Home', '/'),
    link('OrderHistoryLink', 'Order History', '/my-account/orders'),
    link('SignOutLink', 'Sign Out', '/logout'),
    link('HelpLink', 'Help', '/help'),
    FOOTER_PARAGRAPH,
    HOME_PARAGRAPH,
    NOT_FOUND_PARAGRAPH,
    flex('ReturningCustomerLoginComponent', 'ReturningCustomerLoginComponent'),
    flex('ReturningCustomerRegisterComponent', 'ReturningCustomerRegisterComponent'),
    flex('AccountOrderHistoryComponent', 'AccountOrderHistoryComponent'),
    flex('AccountOrderDetailsShippingComponent', 'AccountOrderDetailsShippingComponent'),
    flex('AccountOrderDetailsItemsComponent', 'AccountOrderDetailsItemsComponent'),
    flex('AccountOrderDetailsTotalsComponent', 'AccountOrderDetailsTotalsComponent'),
    flex('AccountOrderDetailsActionsComponent', 'AccountOrderDetailsActionsComponent'),
    flex('UpdateEmailComponent', 'UpdateEmailComponent'),
  ];
  const slots: [string, string[]][] = [
    // header slots every page repeats; ImpEx can append to them (e.g. the unread documents badge)
    ['PreHeaderSlot', ['HamburgerMenuComponent']],
    ['SiteLogoSlot', ['SiteLogoComponent']],
    ['SiteLinksSlot', ['HelpLink']],
    ['HeaderLinksSlot', ['AccountNavigationComponent']],
    ['NavigationBarSlot', ['MainNavigationComponent']],
    ['FooterSlot', ['FooterNoticeParagraph']],
    ['Section1Slot-Homepage', ['HomepageWelcomeParagraph']],
    ['LeftContentSlot-login', ['ReturningCustomerLoginComponent']],
    ['RightContentSlot-login', ['ReturningCustomerRegisterComponent']],
    ['BodyContent-orders', ['AccountOrderHistoryComponent']],
    ['SideContent-orders', []],
    [
      'BodyContent-orderdetail',
      [
        'AccountOrderDetailsShippingComponent',
        'AccountOrderDetailsItemsComponent',
        'AccountOrderDetailsTotalsComponent',
        'AccountOrderDetailsActionsComponent',
      ],
    ],
    ['SideContent-orderdetail', []],
    ['MiddleContent-notFound', ['NotFoundParagraph']],
    ['BodyContent-update-email', ['UpdateEmailComponent']],
  ];
  const pages: [string, string, string, string, [string, string][]][] = [
    ['homepage', 'homepage', 'Electronics Store', 'LandingPage2Template', [['Section1', 'Section1Slot-Homepage']]],
    ['login', '/login', 'Login', 'LoginPageTemplate', [['LeftContentSlot', 'LeftContentSlot-login'], ['RightContentSlot', 'RightContentSlot-login']]],
    ['orders', '/my-account/orders', 'Order History', 'AccountPageTemplate', [['BodyContent', 'BodyContent-orders'], ['SideContent', 'SideContent-orders']]],
    // the order details page; Spartacus asks for it with the full path (label contains the order code)
    ['order', '/my-account/order', 'Order Details', 'AccountPageTemplate', [['BodyContent', 'BodyContent-orderdetail'], ['SideContent', 'SideContent-orderdetail']]],
    // the profile's e-mail page, where the bounced e-mail hint of My Documents sends the shopper
    ['update-email', '/my-account/update-email', 'Update Email', 'AccountPageTemplate', [['BodyContent', 'BodyContent-update-email']]],
    ['notFound', '/not-found', 'Page not found', 'ErrorPageTemplate', [['MiddleContent', 'MiddleContent-notFound']]],
  ];
  const nodes: CmsNavigationNodeItem[] = [
    // "My Account" menu shown in `HeaderLinks` once the shopper is logged in
    { uid: 'MyAccountNavNode', title: 'My Account', children: ['OrderHistoryNavNode', 'SignOutNavNode'], entries: [] },
    { uid: 'OrderHistoryNavNode', title: 'Order History', children: [], entries: ['OrderHistoryLink'] },
    { uid: 'SignOutNavNode', title: 'Sign Out', children: [], entries: ['SignOutLink'] },
    // main navigation bar: links every visitor sees
    { uid: 'MainNavNode', title: 'Main', children: ['HomeNavNode', 'MainOrderHistoryNavNode'], entries: [] },
    { uid: 'HomeNavNode', title: 'Home', children: [], entries: ['HomepageNavLink'] },
    { uid: 'MainOrderHistoryNavNode', title: 'Order History', children: [], entries: ['OrderHistoryLink'] },
  ];
  return {
    components: new Map(components.map((c) => [c.uid, c])),
    slots: new Map(slots.map(([slotId, componentUids]) => [slotId, { slotId, name: slotId, componentUids }])),
    pages: new Map(
      pages.map(([uid, label, title, template, pageSlots]) => [
        uid,
        { uid, label, name: title, title, template, slots: new Map(pageSlots) } as CmsPageItem,
      ]),
    ),
    navigationNodes: new Map(nodes.map((n) => [n.uid, n])),
  };
}

function buildModel(): CmsModel {
  const model = baseModel();
  applyImpexDir(model, defaultImpexDir());
  return model;
}

let cachedModel: CmsModel | undefined;

/** The content: base plus `docs/impex`, read once per process (at start). */
export function cmsModel(): CmsModel {
  cachedModel ??= buildModel();
  return cachedModel;
}

function navigationNode(model: CmsModel, uid: string): unknown {
  const node = model.navigationNodes.get(uid);
  if (!node) {
    throw new Error(`unknown navigation node ${uid}`);
  }
  return {
    uid: node.uid,
    title: node.title,
    ...(node.children.length ? { children: node.children.map((child) => navigationNode(model, child)) } : {}),
    ...(node.entries.length
      ? {
          entries: node.entries.map((itemId) => ({
            itemId,
            itemSuperType: 'AbstractCMSComponent',
            itemType: model.components.get(itemId)?.typeCode ?? 'CMSLinkComponent',
          })),
        }
      : {}),
  };
}

function navigationComponents(model: CmsModel): CmsComponent[] {
  return [
    {
      uid: 'AccountNavigationComponent',
      typeCode: 'NavigationComponent',
      name: 'My Account',
      styleClass: 'accNavComponent',
      wrapAfter: '10',
      navigationNode: navigationNode(model, 'MyAccountNavNode'),
    },
    {
      uid: 'MainNavigationComponent',
      typeCode: 'NavigationComponent',
      name: 'Main navigation',
      navigationNode: navigationNode(model, 'MainNavNode'),
    },
  ];
}

function slot(slotId: string, position: string, components: CmsComponent[], slotShared = false): CmsSlot {
  return { slotId, position, name: slotId, slotShared, components: { component: components } };
}

/** Slots repeated on every page (Commerce sends them with each page), with what ImpEx added to them. */
function sharedSlots(model: CmsModel): CmsSlot[] {
  const navigation = new Map(navigationComponents(model).map((c) => [c.uid, c]));
  const shared = (slotId: string, position: string) =>
    slot(
      slotId,
      position,
      (model.slots.get(slotId)?.componentUids ?? []).map((uid) => (navigation.get(uid) ?? model.components.get(uid)) as CmsComponent),
      true,
    );
  return [
    shared('PreHeaderSlot', 'PreHeader'),
    shared('SiteLogoSlot', 'SiteLogo'),
    shared('SiteLinksSlot', 'SiteLinks'),
    shared('HeaderLinksSlot', 'HeaderLinks'),
    shared('NavigationBarSlot', 'NavigationBar'),
    shared('FooterSlot', 'Footer'),
  ];
}

function toOccPage(model: CmsModel, item: CmsPageItem, label = item.label): CmsPage {
  const pageSlots = Array.from(item.slots.entries()).map(([position, slotId]) => {
    const content = model.slots.get(slotId);
    const components = (content?.componentUids ?? []).map((uid) => model.components.get(uid) as CmsComponent);
    return slot(slotId, position, components);
  });
  return {
    uid: item.uid,
    label,
    name: item.name,
    title: item.title,
    typeCode: 'ContentPage',
    template: item.template,
    defaultPage: true,
    robotTag: label.startsWith('/my-account') || label === '/login' ? 'NOINDEX_NOFOLLOW' : 'INDEX_FOLLOW',
    contentSlots: { contentSlot: [...sharedSlots(model), ...pageSlots] },
  };
}

export function homePage(): CmsPage {
  const model = cmsModel();
  return toOccPage(model, model.pages.get('homepage') as CmsPageItem);
}

const ORDER_DETAILS_LABEL = /^\/my-account\/order\/[^/]+$/;

/**
 * Resolves `cms/pages?pageType=&pageLabelOrId=`. Without a label the home page answers (as
 * Commerce does for the home page request); unknown labels and non-content page types → undefined.
 */
export function findPage(pageType: string | undefined, pageLabelOrId: string | undefined): CmsPage | undefined {
  if (pageType && pageType !== 'ContentPage') {
    return undefined;
  }
  if (!pageLabelOrId) {
    return homePage();
  }
  const model = cmsModel();
  if (ORDER_DETAILS_LABEL.test(pageLabelOrId)) {
    return toOccPage(model, model.pages.get('order') as CmsPageItem, pageLabelOrId);
  }
  const found = Array.from(model.pages.values()).find(
    (p) => p.uid !== 'order' && (p.label === pageLabelOrId || p.uid === pageLabelOrId),
  );
  return found ? toOccPage(model, found) : undefined;
}

/** Every component by uid: the links the navigation nodes reference, plus all page components. */
export function findComponents(uids: string[]): CmsComponent[] {
  const model = cmsModel();
  const navigation = new Map(navigationComponents(model).map((c) => [c.uid, c]));
  return uids
    .map((uid) => model.components.get(uid) ?? navigation.get(uid))
    .filter((c): c is CmsComponent => c !== undefined);
}

/**
 * The CMS content Spartacus 4.3 needs from `cms/pages` and `cms/components`: home, login, order
 * history, order details, "My Documents", not-found, and the header/footer slots that every
 * page repeats (site logo, navigation bar, account navigation in `HeaderLinks`, footer).
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

function paragraph(uid: string, content: string): CmsComponent {
  return { uid, typeCode: 'CMSParagraphComponent', name: uid, content };
}

function navEntry(itemId: string) {
  return { itemId, itemSuperType: 'AbstractCMSComponent', itemType: 'CMSLinkComponent' };
}

const LINKS: CmsComponent[] = [
  link('SiteLogoLink', 'Electronics Store', '/'),
  link('HomepageNavLink', 'Home', '/'),
  link('OrderHistoryLink', 'Order History', '/my-account/orders'),
  link('MyDocumentsLink', 'My Documents', '/my-account/documents'),
  link('SignOutLink', 'Sign Out', '/logout'),
  link('HelpLink', 'Help', '/help'),
];

/** Account navigation ("My Account" menu) shown in `HeaderLinks` once the shopper is logged in. */
const ACCOUNT_NAVIGATION: CmsComponent = {
  uid: 'AccountNavigationComponent',
  typeCode: 'NavigationComponent',
  name: 'My Account',
  styleClass: 'accNavComponent',
  wrapAfter: '10',
  navigationNode: {
    uid: 'MyAccountNavNode',
    title: 'My Account',
    children: [
      { uid: 'OrderHistoryNavNode', title: 'Order History', entries: [navEntry('OrderHistoryLink')] },
      { uid: 'MyDocumentsNavNode', title: 'My Documents', entries: [navEntry('MyDocumentsLink')] },
      { uid: 'SignOutNavNode', title: 'Sign Out', entries: [navEntry('SignOutLink')] },
    ],
  },
};

/** Main navigation bar: a flat list of links that every visitor sees. */
const MAIN_NAVIGATION: CmsComponent = {
  uid: 'MainNavigationComponent',
  typeCode: 'NavigationComponent',
  name: 'Main navigation',
  navigationNode: {
    uid: 'MainNavNode',
    title: 'Main',
    children: [
      { uid: 'HomeNavNode', title: 'Home', entries: [navEntry('HomepageNavLink')] },
      { uid: 'MainOrderHistoryNavNode', title: 'Order History', entries: [navEntry('OrderHistoryLink')] },
      { uid: 'MainMyDocumentsNavNode', title: 'My Documents', entries: [navEntry('MyDocumentsLink')] },
    ],
  },
};

const SITE_LOGO = { ...LINKS[0] };

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

function slot(slotId: string, position: string, components: CmsComponent[], slotShared = false): CmsSlot {
  return { slotId, position, name: slotId, slotShared, components: { component: components } };
}

/** Slots repeated on every page (Commerce sends them with each page). */
function sharedSlots(): CmsSlot[] {
  return [
    slot('SiteLogoSlot', 'SiteLogo', [SITE_LOGO], true),
    slot('SiteLinksSlot', 'SiteLinks', [LINKS[5]], true),
    slot('HeaderLinksSlot', 'HeaderLinks', [ACCOUNT_NAVIGATION], true),
    slot('NavigationBarSlot', 'NavigationBar', [MAIN_NAVIGATION], true),
    slot('FooterSlot', 'Footer', [FOOTER_PARAGRAPH], true),
  ];
}

function page(uid: string, label: string, title: string, template: string, slots: CmsSlot[]): CmsPage {
  return {
    uid,
    label,
    name: title,
    title,
    typeCode: 'ContentPage',
    template,
    defaultPage: true,
    robotTag: label.startsWith('/my-account') || label === '/login' ? 'NOINDEX_NOFOLLOW' : 'INDEX_FOLLOW',
    contentSlots: { contentSlot: [...sharedSlots(), ...slots] },
  };
}

export function homePage(): CmsPage {
  return page('homepage', 'homepage', 'Electronics Store', 'LandingPage2Template', [
    slot('Section1Slot-Homepage', 'Section1', [HOME_PARAGRAPH]),
  ]);
}

function loginPage(): CmsPage {
  return page('login', '/login', 'Login', 'LoginPageTemplate', [
    slot('LeftContentSlot-login', 'LeftContentSlot', [flex('ReturningCustomerLoginComponent', 'ReturningCustomerLoginComponent')]),
    slot('RightContentSlot-login', 'RightContentSlot', [
      flex('ReturningCustomerRegisterComponent', 'ReturningCustomerRegisterComponent'),
    ]),
  ]);
}

function orderHistoryPage(): CmsPage {
  return page('orders', '/my-account/orders', 'Order History', 'AccountPageTemplate', [
    slot('BodyContent-orders', 'BodyContent', [flex('AccountOrderHistoryComponent', 'AccountOrderHistoryComponent')]),
    slot('SideContent-orders', 'SideContent', []),
  ]);
}

/** The order details page; Spartacus asks for it with the full path (label contains the order code). */
function orderDetailsPage(label: string): CmsPage {
  return page('order', label, 'Order Details', 'AccountPageTemplate', [
    slot('BodyContent-orderdetail', 'BodyContent', [
      flex('AccountOrderDetailsShippingComponent', 'AccountOrderDetailsShippingComponent'),
      flex('AccountOrderDetailsItemsComponent', 'AccountOrderDetailsItemsComponent'),
      flex('AccountOrderDetailsTotalsComponent', 'AccountOrderDetailsTotalsComponent'),
      flex('ExstreamOrderDocumentsComponent', 'ExstreamOrderDocumentsComponent', 'Order documents'),
      flex('AccountOrderDetailsActionsComponent', 'AccountOrderDetailsActionsComponent'),
    ]),
    slot('SideContent-orderdetail', 'SideContent', []),
  ]);
}

function myDocumentsPage(): CmsPage {
  return page('my-documents', '/my-account/documents', 'My Documents', 'AccountPageTemplate', [
    slot('BodyContent-my-documents', 'BodyContent', [
      flex('ExstreamMyDocumentsComponent', 'ExstreamMyDocumentsComponent', 'My Documents'),
    ]),
    slot('SideContent-my-documents', 'SideContent', []),
  ]);
}

function notFoundPage(): CmsPage {
  return page('notFound', '/not-found', 'Page not found', 'ErrorPageTemplate', [
    slot('MiddleContent-notFound', 'MiddleContent', [NOT_FOUND_PARAGRAPH]),
  ]);
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
  const candidates = [homePage(), loginPage(), orderHistoryPage(), myDocumentsPage(), notFoundPage()];
  const found = candidates.find((p) => p.label === pageLabelOrId || p.uid === pageLabelOrId);
  if (found) {
    return found;
  }
  if (ORDER_DETAILS_LABEL.test(pageLabelOrId)) {
    return orderDetailsPage(pageLabelOrId);
  }
  return undefined;
}

/** Every component by uid: the links the navigation nodes reference, plus all page components. */
function componentIndex(): Map<string, CmsComponent> {
  const index = new Map<string, CmsComponent>();
  for (const c of LINKS) {
    index.set(c.uid, c);
  }
  const pages = [homePage(), loginPage(), orderHistoryPage(), orderDetailsPage('/my-account/order/0'), myDocumentsPage(), notFoundPage()];
  for (const p of pages) {
    for (const s of p.contentSlots.contentSlot) {
      for (const c of s.components.component) {
        index.set(c.uid, c);
      }
    }
  }
  return index;
}

const COMPONENTS = componentIndex();

export function findComponents(uids: string[]): CmsComponent[] {
  return uids.map((uid) => COMPONENTS.get(uid)).filter((c): c is CmsComponent => c !== undefined);
}

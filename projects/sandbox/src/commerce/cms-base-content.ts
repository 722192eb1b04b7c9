import type { CmsComponent } from './cms';
import type { CmsModel, CmsNavigationNodeItem, CmsPageItem } from './cms-impex';
import { SITE_LOGO_ALT_TEXT, SITE_LOGO_URL } from './site-logo';

// The standard storefront content a Commerce content catalog already has, before the documents ImpEx.

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
export function baseModel(): CmsModel {
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

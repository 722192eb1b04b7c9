import { B2B_SITE } from '../data/demo-org';
import { baseModel } from './cms-base-content';
import { ACCOUNT_SUMMARY_DETAILS_LABEL, ACCOUNT_SUMMARY_DETAILS_PAGE, withB2bContent } from './cms-b2b-content';
import { applyImpexDir, CmsModel, CmsPageItem, defaultImpexDir } from './cms-impex';

/**
 * The CMS content Spartacus 4.3 needs from `cms/pages` and `cms/components`.
 *
 * The base is the standard storefront content a Commerce content catalog already has: home,
 * login, order history, order details, not-found, and the header/footer slots that every page
 * repeats (the hamburger menu phones open the navigation with, site logo, navigation bar, account
 * navigation in `HeaderLinks`, footer). On top of it
 * the sandbox applies the ImpEx files of `docs/impex/` (the "My Documents" page, its navigation
 * entry, the order page components, ...), so the demo shows exactly what that ImpEx creates.
 * The B2B site (powertools-spa) serves the same plus its own B2B pages (`cms-b2b-content.ts`:
 * My Company and SAP's Account Summary pages).
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

function buildModel(): CmsModel {
  const model = baseModel();
  applyImpexDir(model, defaultImpexDir());
  return model;
}

let cachedModel: CmsModel | undefined;
let cachedB2bModel: CmsModel | undefined;

/** The content: base plus `docs/impex`, read once per process (at start); the B2B site's adds its B2B pages. */
export function cmsModel(site?: string): CmsModel {
  cachedModel ??= buildModel();
  if (site === B2B_SITE) {
    cachedB2bModel ??= withB2bContent(cachedModel);
    return cachedB2bModel;
  }
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
    robotTag: label.startsWith('/my-account') || label.startsWith('/organization') || label === '/login' ? 'NOINDEX_NOFOLLOW' : 'INDEX_FOLLOW',
    contentSlots: { contentSlot: [...sharedSlots(model), ...pageSlots] },
  };
}

export function homePage(site?: string): CmsPage {
  const model = cmsModel(site);
  return toOccPage(model, model.pages.get('homepage') as CmsPageItem);
}

const ORDER_DETAILS_LABEL = /^\/my-account\/order\/[^/]+$/;

/**
 * Resolves `cms/pages?pageType=&pageLabelOrId=`. Without a label the home page answers (as
 * Commerce does for the home page request); unknown labels and non-content page types → undefined.
 * `site` picks the content catalog (the B2B site has its B2B pages besides).
 */
export function findPage(pageType: string | undefined, pageLabelOrId: string | undefined, site?: string): CmsPage | undefined {
  if (pageType && pageType !== 'ContentPage') {
    return undefined;
  }
  if (!pageLabelOrId) {
    return homePage(site);
  }
  const model = cmsModel(site);
  if (ORDER_DETAILS_LABEL.test(pageLabelOrId)) {
    return toOccPage(model, model.pages.get('order') as CmsPageItem, pageLabelOrId);
  }
  const accountSummaryDetails = model.pages.get(ACCOUNT_SUMMARY_DETAILS_PAGE);
  if (accountSummaryDetails && ACCOUNT_SUMMARY_DETAILS_LABEL.test(pageLabelOrId)) {
    return toOccPage(model, accountSummaryDetails, pageLabelOrId);
  }
  const found = Array.from(model.pages.values()).find(
    (p) => p.uid !== 'order' && p.uid !== ACCOUNT_SUMMARY_DETAILS_PAGE && (p.label === pageLabelOrId || p.uid === pageLabelOrId),
  );
  return found ? toOccPage(model, found) : undefined;
}

/** Every component by uid: the links the navigation nodes reference, plus all page components. */
export function findComponents(uids: string[], site?: string): CmsComponent[] {
  const model = cmsModel(site);
  const navigation = new Map(navigationComponents(model).map((c) => [c.uid, c]));
  return uids
    .map((uid) => model.components.get(uid) ?? navigation.get(uid))
    .filter((c): c is CmsComponent => c !== undefined);
}

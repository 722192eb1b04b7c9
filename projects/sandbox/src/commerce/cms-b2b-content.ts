import type { CmsModel, CmsPageItem } from './cms-impex';

/**
 * The B2B content of the powertools-spa content catalog, on top of the same base and ImpEx as
 * the B2C site: the "My Company" page and SAP's Account Summary pages of
 * `@spartacus/organization/account-summary` (2211), written from what those Spartacus pages
 * ask for — the CMS component names its `cmsComponents` config maps (`ManageAccountSummaryListComponent`,
 * `AccountSummaryHeaderComponent`, `AccountSummaryDocumentComponent`), the routes of its routing
 * config (`organization/account-summary`, `organization/account-summary/details/:orgUnit`) and the
 * `CompanyPageTemplate` whose `BodyContent` slot Spartacus' organization layout config renders.
 * This is the sandbox's stand-in for the B2B sample content a Commerce installation brings, not
 * content of this product (that is the ImpEx in docs/impex).
 */

export const MY_COMPANY_LABEL = '/organization';
export const ACCOUNT_SUMMARY_LABEL = '/organization/account-summary';
/** Spartacus asks for the details page with the whole path, the unit's uid included. */
export const ACCOUNT_SUMMARY_DETAILS_LABEL = /^\/organization\/account-summary\/details\/[^/]+$/;
export const ACCOUNT_SUMMARY_DETAILS_PAGE = 'accountSummaryDetailsPage';

function page(uid: string, label: string, title: string, slots: [string, string][]): CmsPageItem {
  return { uid, label, name: title, title, template: 'CompanyPageTemplate', slots: new Map(slots) };
}

/** A copy of `model` with the B2B pages, their components and the "My Company" navigation entry. */
export function withB2bContent(model: CmsModel): CmsModel {
  const b2b: CmsModel = {
    components: new Map(model.components),
    slots: new Map(model.slots),
    pages: new Map(model.pages),
    navigationNodes: new Map(model.navigationNodes),
  };
  const components = [
    { uid: 'MyCompanyLink', typeCode: 'CMSLinkComponent', name: 'My Company', linkName: 'My Company', url: MY_COMPANY_LABEL, target: 'false', external: 'false' },
    {
      uid: 'AccountSummaryLink',
      typeCode: 'CMSLinkComponent',
      name: 'Account Summary',
      linkName: 'Account Summary',
      url: ACCOUNT_SUMMARY_LABEL,
      target: 'false',
      external: 'false',
    },
    {
      uid: 'MyCompanyParagraph',
      typeCode: 'CMSParagraphComponent',
      name: 'MyCompanyParagraph',
      content: '<h2>My Company</h2><p>Manage your company: see the account summary of each of your units.</p>',
    },
    { uid: 'ManageAccountSummaryListComponent', typeCode: 'CMSFlexComponent', name: 'Account Summary List', flexType: 'ManageAccountSummaryListComponent' },
    { uid: 'AccountSummaryHeaderComponent', typeCode: 'CMSFlexComponent', name: 'Account Summary Header', flexType: 'AccountSummaryHeaderComponent' },
    { uid: 'AccountSummaryDocumentComponent', typeCode: 'CMSFlexComponent', name: 'Account Summary Documents', flexType: 'AccountSummaryDocumentComponent' },
  ];
  for (const component of components) b2b.components.set(component.uid, component);

  const slots: [string, string[]][] = [
    ['BodyContent-organization', ['MyCompanyParagraph', 'AccountSummaryLink']],
    ['BodyContent-accountSummary', ['ManageAccountSummaryListComponent']],
    ['BodyContent-accountSummaryDetails', ['AccountSummaryHeaderComponent', 'AccountSummaryDocumentComponent']],
  ];
  for (const [slotId, componentUids] of slots) b2b.slots.set(slotId, { slotId, name: slotId, componentUids });

  for (const item of [
    page('organization', MY_COMPANY_LABEL, 'My Company', [['BodyContent', 'BodyContent-organization']]),
    page('accountSummaryListPage', ACCOUNT_SUMMARY_LABEL, 'Account Summary', [['BodyContent', 'BodyContent-accountSummary']]),
    page(ACCOUNT_SUMMARY_DETAILS_PAGE, '/organization/account-summary/details', 'Account Summary Details', [
      ['BodyContent', 'BodyContent-accountSummaryDetails'],
    ]),
  ]) {
    b2b.pages.set(item.uid, item);
  }

  // "My Company" in the account menu, before "Sign Out"
  const myAccount = b2b.navigationNodes.get('MyAccountNavNode');
  if (!myAccount) throw new Error('no MyAccountNavNode to add My Company to');
  const children = myAccount.children.filter((uid) => uid !== 'MyCompanyNavNode');
  const signOut = children.indexOf('SignOutNavNode');
  children.splice(signOut < 0 ? children.length : signOut, 0, 'MyCompanyNavNode');
  b2b.navigationNodes.set('MyAccountNavNode', { ...myAccount, children });
  b2b.navigationNodes.set('MyCompanyNavNode', { uid: 'MyCompanyNavNode', title: 'My Company', children: [], entries: ['MyCompanyLink'] });
  return b2b;
}

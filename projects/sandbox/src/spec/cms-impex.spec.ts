import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { findComponents, findPage } from '../commerce/cms';
import { applyImpex, CmsModel, defaultImpexDir } from '../commerce/cms-impex';
import { parseImpex } from '../commerce/impex';

const MACROS = `$catalog=demoContentCatalog
$cv=catalogVersion(CatalogVersion.catalog(Catalog.id[default=$catalog]),CatalogVersion.version[default=Staged])[default=$catalog:Staged]
`;

describe('ImpEx reader', () => {
  it('expands macros, applies defaults and reads modifiers', () => {
    const [block] = parseImpex(
      `${MACROS}# a comment
INSERT_UPDATE ContentPage;$cv[unique=true];uid[unique=true];title[lang=en];defaultPage[default='true']
;;my-page;"Quoted; with ""quotes""";
`,
    );
    expect(block.mode).toBe('INSERT_UPDATE');
    expect(block.type).toBe('ContentPage');
    expect(block.columns.map((c) => c.attribute)).toEqual(['catalogVersion', 'uid', 'title', 'defaultPage']);
    expect(block.columns[0].modifiers).toEqual({ default: 'demoContentCatalog:Staged', unique: 'true' });
    expect(block.columns[2].modifiers).toEqual({ lang: 'en' });
    expect(block.rows).toEqual([
      {
        catalogVersion: 'demoContentCatalog:Staged',
        uid: 'my-page',
        title: 'Quoted; with "quotes"',
        defaultPage: 'true',
      },
    ]);
  });

  it('rejects lines it does not understand', () => {
    expect(() => parseImpex('"#% impex.setLocale(Locale.GERMAN);"')).toThrowError(/neither a macro/);
    expect(() => parseImpex(';orphan;row')).toThrowError(/before any header/);
    expect(() => parseImpex('INSERT Foo;uid\n;a;b;c')).toThrowError(/3 values for 1 columns/);
  });
});

describe('applying ImpEx to the CMS model', () => {
  function model(): CmsModel {
    return {
      components: new Map([['A', { uid: 'A', typeCode: 'CMSFlexComponent', name: 'A', flexType: 'A' }]]),
      slots: new Map([['Body', { slotId: 'Body', name: 'Body', componentUids: ['A'] }]]),
      pages: new Map(),
      navigationNodes: new Map(),
    };
  }

  it('appends to a slot with mode=append and replaces without it', () => {
    const cms = model();
    applyImpex(
      cms,
      parseImpex(`INSERT_UPDATE CMSFlexComponent;uid[unique=true];name;flexType
;B;B;B
UPDATE ContentSlot;uid[unique=true];cmsComponents(uid)[mode=append]
;Body;B`),
    );
    expect(cms.slots.get('Body')?.componentUids).toEqual(['A', 'B']);
    applyImpex(cms, parseImpex('UPDATE ContentSlot;uid[unique=true];cmsComponents(uid)\n;Body;B'));
    expect(cms.slots.get('Body')?.componentUids).toEqual(['B']);
  });

  it('refuses references to things that do not exist', () => {
    expect(() =>
      applyImpex(model(), parseImpex('INSERT_UPDATE ContentSlot;uid[unique=true];cmsComponents(uid)\n;Body;Missing')),
    ).toThrowError(/unknown component Missing/);
    expect(() => applyImpex(model(), parseImpex('UPDATE ContentSlot;uid[unique=true];name\n;Nope;x'))).toThrowError(
      /UPDATE of unknown ContentSlot Nope/,
    );
    expect(() => applyImpex(model(), parseImpex('INSERT_UPDATE Product;uid[unique=true]\n;p'))).toThrowError(
      /does not know the type Product/,
    );
  });
});

/** The sandbox's OCC CMS answers show what docs/impex creates. */
describe('CMS content served from docs/impex', () => {
  const blocks = readdirSync(defaultImpexDir())
    .filter((name) => name.endsWith('.impex'))
    .sort()
    .flatMap((name) => parseImpex(readFileSync(join(defaultImpexDir(), name), 'utf-8'), name));
  const rowsOf = (type: string) => blocks.filter((b) => b.type === type).flatMap((b) => b.rows);
  const pageByUid = (uid: string) => {
    const label = rowsOf('ContentPage').find((row) => row.uid === uid)?.label ?? '';
    return findPage('ContentPage', label.startsWith('/my-account/order') ? '/my-account/order/100012' : label);
  };

  it('reads the six shipped files', () => {
    expect(readdirSync(defaultImpexDir()).filter((n) => n.endsWith('.impex')).length).toBe(6);
  });

  it('serves every page the ImpEx creates, with its label, title and template', () => {
    const pages = rowsOf('ContentPage');
    expect(pages.map((row) => row.uid)).toEqual(['my-documents', 'my-invoices', 'document-preferences', 'company-documents']);
    for (const row of pages) {
      const page = findPage('ContentPage', row.label);
      expect(page).withContext(row.uid).toBeDefined();
      expect(page?.uid).toBe(row.uid);
      expect(page?.title).toBe(row.title);
      expect(page?.template).toBe(row.masterTemplate);
    }
  });

  it('puts each slot at its position with its components', () => {
    const slots = new Map(rowsOf('ContentSlot').map((row) => [row.uid, row.cmsComponents ?? '']));
    for (const row of rowsOf('ContentSlotForPage')) {
      const slot = pageByUid(row.page)?.contentSlots.contentSlot.find((s) => s.position === row.position);
      expect(slot?.slotId).withContext(row.uid).toBe(row.contentSlot);
      const expected = (slots.get(row.contentSlot) ?? '').split(',').filter(Boolean);
      expect(slot?.components.component.map((c) => c.uid)).withContext(row.uid).toEqual(expected);
    }
  });

  it('serves every component with the attributes the ImpEx sets', () => {
    const components = blocks.filter((b) => b.type.endsWith('Component')).flatMap((b) => b.rows.map((row) => ({ type: b.type, row })));
    expect(components.length).toBeGreaterThanOrEqual(6);
    for (const { type, row } of components) {
      const [served] = findComponents([row.uid]);
      expect(served?.typeCode).withContext(row.uid).toBe(type);
      for (const [attribute, value] of Object.entries(row)) {
        if (attribute !== 'catalogVersion') {
          expect(served?.[attribute]).withContext(`${row.uid}.${attribute}`).toBe(value);
        }
      }
    }
  });

  it('adds the documents to the end of the order details and replaces the order history', () => {
    const details = findPage('ContentPage', '/my-account/order/100012');
    const body = details?.contentSlots.contentSlot.find((s) => s.position === 'BodyContent');
    const uids = body?.components.component.map((c) => c.uid) ?? [];
    expect(uids[uids.length - 1]).toBe('ExstreamOrderDocumentsComponent');
    expect(uids).toContain('AccountOrderDetailsItemsComponent');
    const history = findPage('ContentPage', '/my-account/orders')?.contentSlots.contentSlot.find((s) => s.position === 'BodyContent');
    expect(history?.components.component.map((c) => c.uid)).toEqual(['ExstreamOrderHistoryComponent']);
  });

  it('adds "My Documents" to the My Account navigation', () => {
    const [navigation] = findComponents(['AccountNavigationComponent']);
    const children = (navigation.navigationNode as { children: { uid: string; title: string; entries?: { itemId: string }[] }[] }).children;
    const node = children.find((child) => child.uid === 'MyDocumentsNavNode');
    expect(node?.title).toBe('My Documents');
    expect(node?.entries?.map((e) => e.itemId)).toEqual(['MyDocumentsLink']);
    expect(findComponents(['MyDocumentsLink'])[0]).toEqual(
      jasmine.objectContaining({ typeCode: 'CMSLinkComponent', url: '/my-account/documents', linkName: 'My Documents' }),
    );
  });

  it('puts the unread documents badge once, next to the My Account menu, on every page', () => {
    for (const label of ['homepage', '/my-account/documents', '/my-account/document-preferences']) {
      const page = label === 'homepage' ? findPage(undefined, undefined) : findPage('ContentPage', label);
      const slotOf = (position: string) =>
        page?.contentSlots.contentSlot.find((s) => s.position === position)?.components.component ?? [];
      expect(slotOf('SiteLinks').map((c) => c.uid)).withContext(label).toEqual(['HelpLink']);
      const headerLinks = slotOf('HeaderLinks');
      expect(headerLinks.map((c) => c.uid)).withContext(label).toEqual(['AccountNavigationComponent', 'ExstreamDocumentNoticesComponent']);
      // the account menu is still the whole navigation component
      expect(headerLinks[0].typeCode).toBe('NavigationComponent');
      expect(headerLinks[1]).toEqual(jasmine.objectContaining({ typeCode: 'CMSFlexComponent', flexType: 'ExstreamDocumentNoticesComponent' }));
      const badges = page?.contentSlots.contentSlot.flatMap((s) => s.components.component).filter(
        (c) => c.flexType === 'ExstreamDocumentNoticesComponent',
      );
      expect(badges?.length).withContext(label).toBe(1);
    }
  });

  it('gives every page the header of a Commerce site: hamburger menu for phones and the logo banner', () => {
    const page = findPage(undefined, undefined);
    const slotOf = (position: string) =>
      page?.contentSlots.contentSlot.find((s) => s.position === position)?.components.component ?? [];
    expect(slotOf('PreHeader')).toEqual([jasmine.objectContaining({ typeCode: 'HamburgerMenuComponent' })]);
    expect(slotOf('SiteLogo')).toEqual([
      jasmine.objectContaining({
        typeCode: 'SimpleBannerComponent',
        urlLink: '/',
        media: jasmine.objectContaining({ url: '/medias/site/electronics-store-logo.svg', altText: 'Electronics Store' }),
      }),
    ]);
  });

  it('adds "Document Preferences" to the My Account navigation and serves its page', () => {
    const [navigation] = findComponents(['AccountNavigationComponent']);
    const children = (navigation.navigationNode as { children: { uid: string; title: string; entries?: { itemId: string }[] }[] }).children;
    const node = children.find((child) => child.uid === 'DocumentPreferencesNavNode');
    expect(node?.title).toBe('Document Preferences');
    expect(node?.entries?.map((e) => e.itemId)).toEqual(['DocumentPreferencesLink']);
    const body = findPage('ContentPage', '/my-account/document-preferences')?.contentSlots.contentSlot.find((s) => s.position === 'BodyContent');
    expect(body?.components.component).toEqual([
      jasmine.objectContaining({ uid: 'ExstreamCommunicationPreferencesComponent', flexType: 'ExstreamCommunicationPreferencesComponent' }),
    ]);
  });
});

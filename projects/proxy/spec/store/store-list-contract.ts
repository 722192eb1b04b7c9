import type { DocumentPage, DocumentQuery, DocumentType, NewDocument } from '../../src/documents/model';
import type { ProxyStore } from '../../src/documents/storage/proxy-store';
import { DOC } from './store-contract';

export interface OpenedListStore {
  store: ProxyStore;
  /** a DELETE that bypasses the store (no store method deletes documents; an operator's SQL might) */
  deleteDirectly(documentId: string): Promise<void>;
  cleanup(): Promise<void>;
}

const OWNER = DOC.ownerUid;
const OTHER = 'ben.miller@example.com';
const TYPES: DocumentType[] = ['INVOICE', 'WARRANTY', 'STATEMENT', 'CREDIT_NOTE'];
const TITLES = ['Rechnung Müller', 'Invoice for order', 'Garantie Kamera', 'Kontoauszug März', 'Gutschrift Überweisung'];

/** 40 documents of the owner: types, titles, orders, dates and read state varied by index. */
function corpus(): NewDocument[] {
  return Array.from({ length: 40 }, (_, i) => ({
    ...DOC,
    type: TYPES[i % TYPES.length],
    title: `${TITLES[i % TITLES.length]} ${i}`,
    number: `INV-${String(1000 + i * 7).padStart(6, '0')}`,
    orderCode: i % 3 === 0 ? undefined : `ORD-${i % 5}`,
    createdAt: new Date(Date.UTC(2026, i % 12, 1 + (i % 27), i % 24)),
    sha256: i.toString(16).padStart(64, '0'),
    size: 100 + i,
  }));
}

/** The reference: what a filter means, written out plainly (accents dropped, lower case, word prefixes). */
function words(text: string): string[] {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}
function matchesQ(doc: NewDocument, q: string): boolean {
  const own = [...words(doc.number), ...words(doc.title), words(doc.number).join('')];
  const wanted = words(q);
  return wanted.length > 0 && wanted.every((w) => own.some((o) => o.startsWith(w)));
}
function expected(docs: { doc: NewDocument; read: boolean }[], query: DocumentQuery, ignore: { types?: boolean; unread?: boolean } = {}) {
  return docs.filter(({ doc, read }) =>
    (ignore.types || query.types.length === 0 || query.types.includes(doc.type)) &&
    (query.orderCode === undefined || doc.orderCode === query.orderCode) &&
    (query.from === undefined || doc.createdAt >= query.from) &&
    (query.toExclusive === undefined || doc.createdAt < query.toExclusive) &&
    (query.q === undefined || matchesQ(doc, query.q)) &&
    (ignore.unread || query.unread === undefined || read === !query.unread),
  );
}

/** Filters, facets, counters and search on both databases, against the plain reference above. */
export function describeListContract(name: string, open: () => Promise<OpenedListStore>): void {
  describe(`${name} (list contract: search, filters, counters)`, () => {
    let opened: OpenedListStore;
    let store: ProxyStore;
    let seeded: { doc: NewDocument; read: boolean; id: string }[];

    beforeEach(async () => {
      opened = await open();
      store = opened.store;
      seeded = [];
      for (const [i, doc] of corpus().entries()) {
        const { id } = await store.insertIfAbsent(doc);
        seeded.push({ doc, read: i % 4 === 1, id });
      }
      for (const s of seeded.filter((s) => s.read)) await store.markRead(OWNER, s.id);
      // Another owner with the same words and numbers: never in the owner's answers.
      for (const doc of corpus().slice(0, 10)) await store.insertIfAbsent({ ...doc, ownerUid: OTHER });
    });

    afterEach(async () => {
      await opened.cleanup();
    });

    const base: DocumentQuery = { types: [], currentPage: 0, pageSize: 100, sort: 'byNumber' };

    async function expectAnswer(query: DocumentQuery): Promise<DocumentPage> {
      const page = await store.queryForOwner(OWNER, query);
      const context = JSON.stringify(query);
      const want = expected(seeded, query);
      expect(page.documents.map((d) => d.number)).withContext(context).toEqual(want.map((s) => s.doc.number).sort());
      expect(page.totalResults).withContext(context).toBe(want.length);
      const forTypes = expected(seeded, query, { types: true });
      const typeCounts = TYPES.map((code) => ({ code, count: forTypes.filter((s) => s.doc.type === code).length }))
        .filter((c) => c.count > 0)
        .sort((a, b) => ['ORDER_CONFIRMATION', 'INVOICE', 'CREDIT_NOTE', 'SHIPMENT_NOTICE', 'WARRANTY', 'POLICY', 'TERMS', 'STATEMENT'].indexOf(a.code) -
          ['ORDER_CONFIRMATION', 'INVOICE', 'CREDIT_NOTE', 'SHIPMENT_NOTICE', 'WARRANTY', 'POLICY', 'TERMS', 'STATEMENT'].indexOf(b.code));
      expect(page.typeCounts).withContext(`${context} types facet`).toEqual(typeCounts);
      expect(page.unreadCount).withContext(`${context} unread facet`).toBe(expected(seeded, query, { unread: true }).filter((s) => !s.read).length);
      for (const d of page.documents) expect(d.read).withContext(d.number).toBe(seeded.find((s) => s.id === d.id)?.read as boolean);
      return page;
    }

    it('finds by word prefix, ignoring case and accents, and a number by any prefix', async () => {
      const numbersOf = async (q: string) => (await store.queryForOwner(OWNER, { ...base, q })).documents.map((d) => d.number);
      expect((await numbersOf('rechnung')).length).toBe(8);
      expect(await numbersOf('RECHNUNG')).toEqual(await numbersOf('rechnung'));
      expect(await numbersOf('muller')).toEqual(await numbersOf('Müller'));
      expect((await numbersOf('mull')).length).toBe(8);
      expect(await numbersOf('marz')).toEqual(await numbersOf('März'));
      expect(await numbersOf('uberweisung 4')).toEqual(['INV-001028']);
      expect(await numbersOf('INV-00102')).toEqual(['INV-001021', 'INV-001028']);
      expect(await numbersOf('inv')).toEqual((await numbersOf('INV-')));
      expect((await numbersOf('inv')).length).toBe(40);
      expect(await numbersOf('INV-001028')).toEqual(['INV-001028']);
      expect(await numbersOf('echnung')).withContext('not a prefix').toEqual([]);
      expect(await numbersOf('-- ;')).withContext('no words').toEqual([]);
    });

    it('answers every filter and combination like the reference, totals and facets included', async () => {
      const from = new Date(Date.UTC(2026, 2, 1));
      const toExclusive = new Date(Date.UTC(2026, 8, 1));
      const combinations: Partial<DocumentQuery>[] = [
        {},
        { types: ['INVOICE'] },
        { types: ['INVOICE', 'STATEMENT'], unread: true },
        { unread: false },
        { q: 'rechnung' },
        { q: 'inv-0010' },
        { from, toExclusive },
        { orderCode: 'ORD-1' },
        { q: 'invoice', types: ['WARRANTY'] },
        { q: 'gutschrift', unread: true },
        { q: 'kamera', from, toExclusive },
        { q: 'inv', types: ['INVOICE', 'CREDIT_NOTE'], from, toExclusive, unread: true, orderCode: 'ORD-2' },
        { q: 'inv', types: ['WARRANTY'], from, unread: false, orderCode: 'ORD-4' },
        { orderCode: 'ORD-3', unread: true, toExclusive },
      ];
      for (const combination of combinations) await expectAnswer({ ...base, ...combination });
    });

    it('counts date ranges that do not follow months or days like the reference', async () => {
      const at = (month: number, day: number, hour = 0, minute = 0) => new Date(Date.UTC(2026, month, day, hour, minute));
      const ranges: Partial<DocumentQuery>[] = [
        { from: at(2, 15), toExclusive: at(6, 20) },
        { from: at(1, 3, 5), toExclusive: at(10, 10, 13) },
        { from: at(4, 5, 4, 30), toExclusive: at(4, 5, 23) },
        { from: at(3, 1), toExclusive: at(3, 9) },
        { from: at(0, 31, 12), toExclusive: at(2, 1) },
        { toExclusive: at(4, 17, 12) },
        { from: at(9, 2, 3), types: ['INVOICE', 'WARRANTY'], unread: true },
        { from: at(11, 31, 23, 59) },
        { from: at(13, 1) },
      ];
      for (const range of ranges) await expectAnswer({ ...base, ...range });
    });

    it('pages deep without repeating or skipping, in the default order', async () => {
      const all = (await store.queryForOwner(OWNER, { ...base, sort: 'byDateDesc' })).documents.map((d) => d.id);
      const paged: string[] = [];
      for (let currentPage = 0; currentPage < 6; currentPage++) {
        paged.push(...(await store.queryForOwner(OWNER, { ...base, sort: 'byDateDesc', pageSize: 7, currentPage })).documents.map((d) => d.id));
      }
      expect(paged).toEqual(all);
      const unreadOnly = await store.queryForOwner(OWNER, { ...base, sort: 'byDateDesc', unread: true, pageSize: 5, currentPage: 5 });
      expect(unreadOnly.documents.length).toBe(5);
      expect(unreadOnly.documents.every((d) => !d.read)).toBeTrue();
    });

    it('pages after a position (keyset) exactly as by page number, with the whole result counted', async () => {
      // documents at the same moment: the number, then the id, decide their order
      const tied = corpus()[5].createdAt;
      for (const n of [3, 1, 2, 2]) await store.insertIfAbsent({ ...DOC, number: `INV-TIE-${n}`, title: `Rechnung ${n}`, createdAt: tied, sha256: `${n}`.padStart(64, 'a') });
      await store.insertIfAbsent({ ...DOC, number: 'INV-TIE-2', title: 'Rechnung again', createdAt: tied, sha256: 'b'.repeat(64), fileName: 'other.pdf' });
      for (const filters of [{}, { unread: true }, { q: 'inv' }, { types: ['INVOICE', 'STATEMENT'] as DocumentType[], from: new Date(Date.UTC(2026, 1, 10)) }]) {
        const query: DocumentQuery = { ...base, ...filters, sort: 'byDateDesc', pageSize: 4 };
        const context = JSON.stringify(filters);
        const whole = await store.queryForOwner(OWNER, { ...query, pageSize: 100 });
        const walked: string[] = [];
        let after: DocumentQuery['after'];
        for (let currentPage = 0; currentPage * 4 < whole.totalResults; currentPage++) {
          const page = await store.queryForOwner(OWNER, { ...query, currentPage, after });
          const byNumber = await store.queryForOwner(OWNER, { ...query, currentPage });
          expect(page.documents.map((d) => d.id)).withContext(`${context} page ${currentPage}`).toEqual(byNumber.documents.map((d) => d.id));
          expect([page.totalResults, page.unreadCount]).withContext(context).toEqual([whole.totalResults, whole.unreadCount]);
          expect(page.typeCounts).withContext(context).toEqual(whole.typeCounts);
          walked.push(...page.documents.map((d) => d.id));
          const last = page.documents[page.documents.length - 1];
          after = { createdAt: Date.parse(last.createdAt), number: last.number, id: last.id };
        }
        expect(walked).withContext(context).toEqual(whole.documents.map((d) => d.id));
      }
    });

    it('keeps the counters right across insert, re-ingest, mark read and delete', async () => {
      const check = async (context: string) => {
        // Unfiltered and type-only answers come from the counters per owner, date ranges from the
        // counters per day and month; an order filter recounts the rows.
        const counted = await expectAnswer(base);
        await expectAnswer({ ...base, from: new Date(Date.UTC(2026, 2, 15, 6)), toExclusive: new Date(Date.UTC(2026, 10, 2)) });
        await expectAnswer({ ...base, from: new Date(0) });
        expect(counted.totalResults).withContext(context).toBe(seeded.length);
        await expectAnswer({ ...base, orderCode: 'ORD-1' });
        expect(counted.unreadCount).withContext(context).toBe(seeded.filter((s) => !s.read).length);
        const invoices = await store.queryForOwner(OWNER, { ...base, types: ['INVOICE'], unread: true });
        expect(invoices.totalResults).withContext(context).toBe(seeded.filter((s) => s.doc.type === 'INVOICE' && !s.read).length);
        const summary = await store.summarizeForOwner(OWNER, base);
        expect(summary).withContext(context).toEqual({ count: seeded.length, totalBytes: seeded.reduce((sum, s) => sum + s.doc.size, 0) });
        expect(await store.summarizeForOwner(OWNER, { ...base, from: new Date(0) })).withContext(context).toEqual(summary);
      };
      await check('seeded');

      const extra = { ...DOC, number: 'NEW-1', sha256: 'e'.repeat(64), size: 5, readByOwner: true };
      const inserted = await store.insertIfAbsent(extra);
      seeded.push({ doc: extra, read: true, id: inserted.id });
      await check('after an insert read on import');
      expect((await store.insertIfAbsent({ ...extra, title: 'again' })).inserted).toBeFalse();
      expect((await store.insertIfAbsent(seeded[0].doc)).inserted).toBeFalse();
      await check('after re-ingesting the same documents');

      const unread = seeded.filter((s) => !s.read).slice(0, 3);
      for (const s of unread) {
        expect(await store.markRead(OWNER, s.id)).toBeTrue();
        expect(await store.markRead(OWNER, s.id)).toBeTrue();
        s.read = true;
      }
      expect(await store.markRead(OTHER, seeded[2].id)).toBeFalse();
      await check('after marking read (twice, and by someone else)');

      const gone = [seeded[1], seeded[2]];
      for (const s of gone) await opened.deleteDirectly(s.id);
      seeded = seeded.filter((s) => !gone.includes(s));
      await check('after deletes');
      expect((await store.queryForOwner(OWNER, { ...base, q: gone[1].doc.number })).totalResults).withContext('deleted from the text index').toBe(0);
      expect((await store.queryForOwner(OTHER, base)).totalResults).toBe(10);
    });

    it('finds many ids of the owner only, and summarises a filter', async () => {
      const ids = [seeded[0].id, seeded[5].id, 'unknown'];
      const found = await store.findManyForOwner(OWNER, ids);
      expect(found.map((d) => d.id).sort()).toEqual([seeded[0].id, seeded[5].id].sort());
      expect(await store.findManyForOwner(OTHER, ids)).toEqual([]);
      expect(await store.findManyForOwner(OWNER, [])).toEqual([]);
      const query = { ...base, types: ['STATEMENT'] as DocumentType[], unread: true };
      const want = expected(seeded, query);
      expect(await store.summarizeForOwner(OWNER, query)).toEqual({ count: want.length, totalBytes: want.reduce((sum, s) => sum + s.doc.size, 0) });
      const page = await store.queryForOwner(OWNER, { ...query, withoutCounts: true });
      expect(page.documents.length).toBe(want.length);
      expect(page.totalResults).toBe(0);
    });
  });
}

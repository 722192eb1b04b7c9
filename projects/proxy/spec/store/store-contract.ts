import { verifyChain } from '../../src/documents/audit/audit-chain';
import type { NewDocument } from '../../src/documents/model';
import type { ProxyStore } from '../../src/documents/storage/proxy-store';
import type { CategoryPreference, PreferenceChangeSet, StoredPreferences } from '../../src/preferences/model';
import type { DeliveryEventRecord } from '../../src/documents/storage/delivery-event-store';

const BILLING: CategoryPreference = { category: 'BILLING', channel: 'POST', paperless: false, format: 'PDF', language: 'en' };

/** A change set that saves BILLING with `channel` and queues a push (when `outboxId` is given). */
function billingChange(channel: CategoryPreference['channel'], at: Date, outboxId?: string) {
  return (current: StoredPreferences | undefined): PreferenceChangeSet | undefined => {
    const before = current?.preferences.find((p) => p.category === 'BILLING')?.channel ?? 'EMAIL';
    if (before === channel) return undefined;
    const set: PreferenceChangeSet = {
      preferences: [{ ...BILLING, channel }],
      changedAt: at,
      changedBy: 'anna.schmidt@example.com',
      changes: [{ changedAt: at, changedBy: 'anna.schmidt@example.com', category: 'BILLING', field: 'channel', from: before, to: channel }],
    };
    if (outboxId) {
      set.outbox = { id: outboxId, payload: { customerId: 'anna.schmidt@example.com', changedAt: at.toISOString(), preferences: [] } };
    }
    return set;
  };
}

/** One owner's list revision; empty when the owner has never had a document. */
async function revisionOf(store: ProxyStore, ownerUid: string): Promise<string> {
  return (await store.listRevisions([ownerUid])).get(ownerUid) ?? '';
}

function deliveryEvent(documentId: string, overrides: Partial<DeliveryEventRecord> = {}): DeliveryEventRecord {
  return {
    eventId: 'evt-1',
    documentId,
    channel: 'EMAIL',
    status: 'SENT',
    occurredAt: new Date('2026-11-01T10:00:00Z'),
    fingerprint: 'f1',
    recordedBy: 'exd-batch',
    ...overrides,
  };
}

export const DOC: NewDocument = {
  ownerUid: 'anna.schmidt@example.com',
  type: 'INVOICE',
  title: 'Invoice 1',
  number: 'INV-1',
  fileName: 'INV-1.pdf',
  orderCode: '100012',
  entryNumbers: [0, 2],
  productCodes: ['1382080'],
  createdAt: new Date('2026-10-02T09:14:00Z'),
  mimeType: 'application/pdf',
  size: 10,
  sha256: 'a'.repeat(64),
  language: 'en',
};

export interface OpenedStore {
  store: ProxyStore;
  /** opens a second, independent store on the same database (another process' view) */
  openAnother(): Promise<ProxyStore>;
  /** a write that bypasses the store's methods (plain SQL, as a later feature's UPDATE would be) */
  setDeliveryStatusDirectly(documentId: string, status: string): Promise<void>;
  cleanup(): Promise<void>;
}

/** The behaviour every ProxyStore must have; run against SQLite and a real PostgreSQL server. */
export function describeStoreContract(name: string, open: () => Promise<OpenedStore>): void {
  describe(`${name} (store contract)`, () => {
    let opened: OpenedStore;
    let store: ProxyStore;

    beforeEach(async () => {
      opened = await open();
      store = opened.store;
    });

    afterEach(async () => {
      await opened.cleanup();
    });

    it('inserts once per owner + type + number + sha256 and finds only for the owner', async () => {
      const first = await store.insertIfAbsent(DOC);
      const second = await store.insertIfAbsent({ ...DOC, title: 'changed title' });
      expect(first.inserted).toBeTrue();
      expect(second).toEqual({ inserted: false, id: first.id });
      expect((await store.insertIfAbsent({ ...DOC, ownerUid: 'ben.miller@example.com' })).inserted).toBeTrue();

      const found = await store.findForOwner(DOC.ownerUid, first.id);
      expect(found).toEqual({
        id: first.id,
        type: 'INVOICE',
        title: 'Invoice 1',
        number: 'INV-1',
        fileName: 'INV-1.pdf',
        orderCode: '100012',
        entryNumbers: [0, 2],
        productCodes: ['1382080'],
        createdAt: '2026-10-02T09:14:00.000Z',
        mimeType: 'application/pdf',
        size: 10,
        sha256: 'a'.repeat(64),
        language: 'en',
        read: false,
      });
      expect(await store.findForOwner('ben.miller@example.com', first.id)).toBeUndefined();
    });

    it('filters, sorts, pages and counts facets the same way', async () => {
      const docs: NewDocument[] = [
        { ...DOC, number: 'INV-1', createdAt: new Date('2026-10-01T00:00:00Z') },
        { ...DOC, number: 'INV-2', title: 'Invoice Two', createdAt: new Date('2026-10-05T00:00:00Z'), sha256: 'b'.repeat(64) },
        { ...DOC, type: 'WARRANTY', number: 'WAR-1', title: 'Warranty', createdAt: new Date('2026-10-03T00:00:00Z'), sha256: 'c'.repeat(64) },
        { ...DOC, type: 'TERMS', number: 'T-1', title: 'Terms', orderCode: undefined, createdAt: new Date('2026-09-01T00:00:00Z'), sha256: 'd'.repeat(64) },
      ];
      const ids: string[] = [];
      for (const doc of docs) ids.push((await store.insertIfAbsent(doc)).id);
      await store.markRead(DOC.ownerUid, ids[0]);

      const base = { types: [], currentPage: 0, pageSize: 2, sort: 'byDateDesc' as const };
      const page0 = await store.queryForOwner(DOC.ownerUid, base);
      expect(page0.totalResults).toBe(4);
      expect(page0.documents.map((d) => d.number)).toEqual(['INV-2', 'WAR-1']);
      const page1 = await store.queryForOwner(DOC.ownerUid, { ...base, currentPage: 1 });
      expect(page1.documents.map((d) => d.number)).toEqual(['INV-1', 'T-1']);
      expect(page1.documents[0].read).toBeTrue();

      const invoices = await store.queryForOwner(DOC.ownerUid, { ...base, types: ['INVOICE'], orderCode: '100012', pageSize: 10 });
      expect(invoices.totalResults).toBe(2);
      expect(invoices.typeCounts).toEqual([
        { code: 'INVOICE', count: 2 },
        { code: 'WARRANTY', count: 1 },
      ]);
      expect(invoices.unreadCount).toBe(1);

      const unread = await store.queryForOwner(DOC.ownerUid, { ...base, unread: true, q: 'two', pageSize: 10, sort: 'byNumber' });
      expect(unread.documents.map((d) => d.number)).toEqual(['INV-2']);
      const ranged = await store.queryForOwner(DOC.ownerUid, {
        ...base,
        from: new Date('2026-10-02T00:00:00Z'),
        toExclusive: new Date('2026-10-04T00:00:00Z'),
        pageSize: 10,
      });
      expect(ranged.documents.map((d) => d.number)).toEqual(['WAR-1']);
    });

    it('treats SQL-looking search text as plain text (bound parameters)', async () => {
      await store.insertIfAbsent(DOC);
      const page = await store.queryForOwner(DOC.ownerUid, { types: [], q: "' OR 1=1 --", currentPage: 0, pageSize: 10, sort: 'byDateDesc' });
      expect(page.totalResults).toBe(0);
    });

    it('gives the owner a new list revision with every write to their documents or read state, and only then', async () => {
      const owner = DOC.ownerUid;
      expect(await revisionOf(store, owner)).toBe('');
      const { id } = await store.insertIfAbsent(DOC);
      const afterInsert = await revisionOf(store, owner);
      expect(afterInsert).not.toBe('');

      await store.insertIfAbsent(DOC); // already there: nothing written
      await store.insertIfAbsent({ ...DOC, ownerUid: 'ben.miller@example.com' }); // someone else's
      expect(await store.markRead('ben.miller@example.com', id)).toBeFalse();
      expect(await revisionOf(store, owner)).toBe(afterInsert);
      const page = await store.queryForOwner(owner, { types: [], currentPage: 0, pageSize: 10, sort: 'byDateDesc' });
      expect(page.revision).toBe(afterInsert);

      await store.markRead(owner, id);
      const afterRead = await revisionOf(store, owner);
      expect(afterRead).not.toBe(afterInsert);
      await store.markRead(owner, id); // read already
      expect(await revisionOf(store, owner)).toBe(afterRead);

      await opened.setDeliveryStatusDirectly(id, 'DELIVERED');
      const afterDirectWrite = await revisionOf(store, owner);
      expect(afterDirectWrite).not.toBe(afterRead);
      expect((await store.queryForOwner(owner, { types: [], currentPage: 0, pageSize: 10, sort: 'byDateDesc' })).revision).toBe(afterDirectWrite);
    });

    it('reads the revisions of several owners in one call, leaving out owners without documents', async () => {
      await store.insertIfAbsent(DOC);
      await store.insertIfAbsent({ ...DOC, ownerUid: 'ben.miller@example.com', number: 'INV-B', sha256: 'b'.repeat(64) });
      const revisions = await store.listRevisions([DOC.ownerUid, 'ben.miller@example.com', 'nobody@example.com']);
      expect([...revisions.keys()].sort()).toEqual([DOC.ownerUid, 'ben.miller@example.com'].sort());
      expect(revisions.get(DOC.ownerUid)).toBe(await revisionOf(store, DOC.ownerUid));
      expect(revisions.get('ben.miller@example.com')).toBe(await revisionOf(store, 'ben.miller@example.com'));
      expect((await store.listRevisions([])).size).toBe(0);
    });

    it('shows a write through another instance in the revision at once', async () => {
      await store.insertIfAbsent(DOC);
      const before = await revisionOf(store, DOC.ownerUid);
      const other = await opened.openAnother();
      try {
        await other.insertIfAbsent({ ...DOC, number: 'INV-9', sha256: '9'.repeat(64) });
      } finally {
        await other.close();
      }
      expect(await revisionOf(store, DOC.ownerUid)).not.toBe(before);
      const page = await store.queryForOwner(DOC.ownerUid, { types: [], currentPage: 0, pageSize: 10, sort: 'byDateDesc' });
      expect(page.totalResults).toBe(2);
    });

    it('marks read per owner only, and another instance sees the read state', async () => {
      const { id } = await store.insertIfAbsent(DOC);
      expect(await store.markRead('ben.miller@example.com', id)).toBeFalse();
      expect((await store.findForOwner(DOC.ownerUid, id))?.read).toBeFalse();
      expect(await store.markRead(DOC.ownerUid, id)).toBeTrue();
      expect(await store.markRead(DOC.ownerUid, id)).toBeTrue();
      const other = await opened.openAnother();
      try {
        expect((await other.findForOwner(DOC.ownerUid, id))?.read).toBeTrue();
      } finally {
        await other.close();
      }
    });

    it('names the owner of a document by id (for signed links), and nothing for an unknown id', async () => {
      const { id } = await store.insertIfAbsent(DOC);
      const other = await store.insertIfAbsent({ ...DOC, ownerUid: 'ben.miller@example.com' });
      expect(await store.ownerOf(id)).toBe(DOC.ownerUid);
      expect(await store.ownerOf(other.id)).toBe('ben.miller@example.com');
      expect(await store.ownerOf('00000000-0000-4000-8000-000000000000')).toBeUndefined();
      expect(await store.ownerOf("' OR 1=1 --")).toBeUndefined();
    });

    it('answers which of a set of content hashes some document names (for the content clean-up)', async () => {
      await store.insertIfAbsent(DOC);
      await store.insertIfAbsent({ ...DOC, number: 'INV-2', sha256: 'b'.repeat(64) });
      await store.insertIfAbsent({ ...DOC, ownerUid: 'ben.miller@example.com', sha256: 'b'.repeat(64) });
      const asked = ['a'.repeat(64), 'b'.repeat(64), 'c'.repeat(64), "' OR 1=1 --"];
      expect([...(await store.referencedContent(asked))].sort()).toEqual(['a'.repeat(64), 'b'.repeat(64)]);
      expect((await store.referencedContent([])).size).toBe(0);
    });

    it('appends an INGEST event only when the document is new (same transaction)', async () => {
      const first = await store.insertWithAudit(DOC, { action: 'INGEST', actor: 'cli:ingest', ownerUid: DOC.ownerUid });
      const again = await store.insertWithAudit(DOC, { action: 'INGEST', actor: 'cli:ingest', ownerUid: DOC.ownerUid });
      expect(again).toEqual({ inserted: false, id: first.id });
      const events = await store.listAudit({ limit: 10 });
      expect(events.length).toBe(1);
      expect(events[0]).toEqual(jasmine.objectContaining({ seq: 1, action: 'INGEST', documentId: first.id, documentSha256: DOC.sha256 }));
    });

    it('inserts many documents in one call, appending INGEST events in order for the new ones only, chained', async () => {
      const existing = await store.insertWithAudit(DOC, { action: 'INGEST', actor: 'cli:ingest', ownerUid: DOC.ownerUid });
      const draft = { action: 'INGEST' as const, actor: 'cli:ingest', ownerUid: DOC.ownerUid };
      const batch = [
        { document: { ...DOC, number: 'INV-2', sha256: '2'.repeat(64) }, draft },
        { document: DOC, draft },
        { document: { ...DOC, number: 'INV-3', sha256: '3'.repeat(64), readByOwner: true }, draft },
      ];
      const results = await store.insertManyWithAudit(batch);
      expect(results.map((r) => r.inserted)).toEqual([true, false, true]);
      expect(results[1].id).toBe(existing.id);
      expect(await store.insertManyWithAudit([])).toEqual([]);

      const events = await store.listAudit({ limit: 10 });
      expect(events.map((e) => [e.seq, e.documentId])).toEqual([
        [1, existing.id],
        [2, results[0].id],
        [3, results[2].id],
      ]);
      expect(verifyChain(events, { head: await store.auditHead(), fromGenesis: true })).toEqual([]);
      expect((await store.findForOwner(DOC.ownerUid, results[2].id))?.read).toBeTrue();

      // the same batch again: nothing new, no event
      expect((await store.insertManyWithAudit(batch)).map((r) => r.inserted)).toEqual([false, false, false]);
      expect((await store.listAudit({ limit: 10 })).length).toBe(3);
    });

    it('chains concurrent appends from two instances into one valid chain', async () => {
      const other = await opened.openAnother();
      try {
        const appends = Array.from({ length: 30 }, (_, i) =>
          (i % 2 === 0 ? store : other).appendAudit({
            action: i % 3 === 0 ? 'VIEW' : 'DOWNLOAD',
            actor: `shopper:user${i}@example.com`,
            documentId: `doc-${i}`,
            documentSha256: 'e'.repeat(64),
            driverDataSha256: i === 5 ? 'f'.repeat(64) : undefined,
          }),
        );
        await Promise.all(appends);
      } finally {
        await other.close();
      }
      const events = await store.listAudit({ limit: 100 });
      expect(events.map((e) => e.seq)).toEqual(Array.from({ length: 30 }, (_, i) => i + 1));
      expect(verifyChain(events, { head: await store.auditHead() })).toEqual([]);
      expect(events.filter((e) => e.driverDataSha256 !== undefined).length).toBe(1);
    });

    it('lists audit events by time range and after a sequence number', async () => {
      for (let i = 0; i < 5; i++) {
        await store.appendAudit({ action: 'VIEW', actor: 'shopper:a', documentId: `d${i}`, documentSha256: 'a'.repeat(64) });
      }
      const all = await store.listAudit({ limit: 100 });
      expect((await store.listAudit({ afterSeq: 3, limit: 100 })).map((e) => e.seq)).toEqual([4, 5]);
      expect((await store.listAudit({ limit: 2 })).map((e) => e.seq)).toEqual([1, 2]);
      const from = new Date(all[2].at);
      const inRange = await store.listAudit({ from, limit: 100 });
      expect(inRange.every((e) => e.at >= all[2].at)).toBeTrue();
      expect(inRange.map((e) => e.seq)).toContain(3);
      expect(await store.listAudit({ toExclusive: new Date(Date.parse(all[0].at) - 1000), limit: 100 })).toEqual([]);
    });

    it('stores and returns the issue 6 fields (correspondence, typed delivery status, call to action) and read-on-import', async () => {
      const letter = await store.insertIfAbsent({
        ...DOC,
        type: 'CORRESPONDENCE',
        number: 'LET-1',
        correspondence: { event: 'FAILED_PAYMENT', nextStep: 'Update your payment method by 12 Dec' },
        deliveryStatus: { status: 'BOUNCED', channel: 'EMAIL', occurredAt: '2026-11-02T08:00:00.000Z' },
        readByOwner: true,
      });
      const offer = await store.insertIfAbsent({ ...DOC, type: 'RENEWAL_OFFER', number: 'REN-1', actionUrl: '/my-account/orders', actionLabel: 'Renew now' });
      const foundLetter = await store.findForOwner(DOC.ownerUid, letter.id);
      expect(foundLetter?.correspondence).toEqual({ event: 'FAILED_PAYMENT', nextStep: 'Update your payment method by 12 Dec' });
      expect(foundLetter?.deliveryStatus).toEqual({ status: 'BOUNCED', channel: 'EMAIL', occurredAt: '2026-11-02T08:00:00.000Z' });
      expect(foundLetter?.read).toBeTrue();
      const foundOffer = await store.findForOwner(DOC.ownerUid, offer.id);
      expect(foundOffer).toEqual(jasmine.objectContaining({ actionUrl: '/my-account/orders', actionLabel: 'Renew now', read: false }));
      expect(foundOffer?.correspondence).toBeUndefined();
      expect(foundOffer?.deliveryStatus).toBeUndefined();
    });

    it('saves preferences with one history row per change, serialised per shopper across instances', async () => {
      expect(await store.preferences.readPreferences('anna.schmidt@example.com')).toBeUndefined();
      const other = await opened.openAnother();
      try {
        const channels: CategoryPreference['channel'][] = ['POST', 'ACCOUNT_ONLY', 'EMAIL', 'POST', 'ACCOUNT_ONLY', 'EMAIL'];
        await Promise.all(
          channels.map((channel, i) => (i % 2 === 0 ? store : other).preferences.changePreferences('anna.schmidt@example.com', billingChange(channel, new Date(Date.UTC(2026, 10, 1, 0, i))))),
        );
      } finally {
        await other.close();
      }
      const { changes, total } = await store.preferences.listPreferenceChanges('anna.schmidt@example.com', 0, 100);
      // Each change saw its predecessor's result: the history is one unbroken chain.
      const chain = [...changes].reverse();
      expect(chain[0].from).toBe('EMAIL');
      for (let i = 1; i < chain.length; i++) expect(chain[i].from).withContext(`change ${i}`).toBe(chain[i - 1].to);
      const saved = await store.preferences.readPreferences('anna.schmidt@example.com');
      expect(saved?.preferences[0].channel as string | undefined).toBe(chain[chain.length - 1].to);
      expect(total).toBe(changes.length);
      expect(await store.preferences.listPreferenceChanges('ben.miller@example.com', 0, 10)).toEqual({ changes: [], total: 0 });
      expect((await store.preferences.listPreferenceChanges('anna.schmidt@example.com', 1, 2)).changes).toEqual(changes.slice(1, 3));
    });

    it('writes nothing when the decision is "no change"', async () => {
      await store.preferences.changePreferences('anna.schmidt@example.com', billingChange('POST', new Date(), 'o-1'));
      const again = await store.preferences.changePreferences('anna.schmidt@example.com', billingChange('POST', new Date(), 'o-2'));
      expect(again?.preferences[0].channel).toBe('POST');
      expect((await store.preferences.listPreferenceChanges('anna.schmidt@example.com', 0, 10)).total).toBe(1);
      expect((await store.preferences.listOutbox()).map((r) => r.id)).toEqual(['o-1']);
    });

    it('queues outbox rows with the change; a newer push supersedes a pending one', async () => {
      await store.preferences.changePreferences('anna.schmidt@example.com', billingChange('POST', new Date(Date.now() - 2000), 'o-1'));
      await store.preferences.changePreferences('anna.schmidt@example.com', billingChange('EMAIL', new Date(Date.now() - 1000), 'o-2'));
      const rows = await store.preferences.listOutbox('anna.schmidt@example.com');
      expect(rows.map((r) => [r.id, r.status])).toEqual([
        ['o-1', 'SUPERSEDED'],
        ['o-2', 'PENDING'],
      ]);
      expect(JSON.parse(rows[1].payload).customerId).toBe('anna.schmidt@example.com');
    });

    it('claims a due outbox row for one claimant only, retries it after a failure and gives up when told', async () => {
      await store.preferences.changePreferences('anna.schmidt@example.com', billingChange('POST', new Date(Date.now() - 1000), 'o-1'));
      const other = await opened.openAnother();
      try {
        const now = new Date();
        const claims = await Promise.all([store.preferences.claimOutbox('a', now, 60_000, 10), other.preferences.claimOutbox('b', now, 60_000, 10), store.preferences.claimOutbox('c', now, 60_000, 10)]);
        expect(claims.map((c) => c.length).sort()).toEqual([0, 0, 1]);
        const holder = ['a', 'b', 'c'][claims.findIndex((c) => c.length === 1)];
        expect(claims.flat()[0]).toEqual(jasmine.objectContaining({ id: 'o-1', status: 'SENDING', attempts: 1 }));

        await store.preferences.failOutbox('o-1', 'not-the-holder', 'nope', undefined);
        expect((await store.preferences.listOutbox())[0].status).toBe('SENDING');
        await store.preferences.failOutbox('o-1', holder, 'HTTP 503', new Date(now.getTime() + 60_000));
        expect((await store.preferences.listOutbox())[0]).toEqual(jasmine.objectContaining({ status: 'PENDING', lastError: 'HTTP 503', attempts: 1 }));
        expect(await store.preferences.claimOutbox('a', now, 60_000, 10)).toEqual([]);
        const later = new Date(now.getTime() + 61_000);
        const [again] = await other.preferences.claimOutbox('b', later, 60_000, 10);
        expect(again.attempts).toBe(2);
        await other.preferences.failOutbox('o-1', 'b', 'HTTP 500', undefined);
        expect((await store.preferences.listOutbox())[0]).toEqual(jasmine.objectContaining({ status: 'FAILED', lastError: 'HTTP 500', attempts: 2 }));
        expect(await store.preferences.claimOutbox('a', new Date(now.getTime() + 3_600_000), 60_000, 10)).toEqual([]);
      } finally {
        await other.close();
      }
    });

    it('counts the outbox backlog: waiting rows and the oldest of them, failed rows; superseded and sent ones not', async () => {
      expect(await store.preferences.outboxBacklog()).toEqual({ waiting: 0, failed: 0 });
      const first = new Date(Date.now() - 3000);
      await store.preferences.changePreferences('anna.schmidt@example.com', billingChange('POST', first, 'o-1'));
      await store.preferences.changePreferences('anna.schmidt@example.com', billingChange('EMAIL', new Date(Date.now() - 2000), 'o-2'));
      await store.preferences.changePreferences('ben.miller@example.com', billingChange('POST', new Date(Date.now() - 1000), 'o-3'));
      const backlog = await store.preferences.outboxBacklog();
      expect(backlog.waiting).toBe(2);
      expect(backlog.failed).toBe(0);
      const [oldestWaiting] = (await store.preferences.listOutbox()).filter((row) => row.status === 'PENDING');
      expect(backlog.oldestWaitingSince?.getTime()).toBe(oldestWaiting.createdAt.getTime());

      const claimed = await store.preferences.claimOutbox('a', new Date(), 60_000, 10);
      expect((await store.preferences.outboxBacklog()).waiting).toBe(2);
      await store.preferences.failOutbox(claimed[0].id, 'a', 'HTTP 500', undefined);
      await store.preferences.completeOutbox(claimed[1].id, 'a', new Date());
      expect(await store.preferences.outboxBacklog()).toEqual({ waiting: 0, failed: 1 });
    });

    it('hands an expired claim to another claimant and completes it once', async () => {
      await store.preferences.changePreferences('anna.schmidt@example.com', billingChange('POST', new Date(Date.now() - 1000), 'o-1'));
      const now = new Date();
      expect((await store.preferences.claimOutbox('dead', now, 1_000, 10)).length).toBe(1);
      expect(await store.preferences.claimOutbox('alive', new Date(now.getTime() + 500), 1_000, 10)).toEqual([]);
      const [taken] = await store.preferences.claimOutbox('alive', new Date(now.getTime() + 1_500), 1_000, 10);
      expect(taken.attempts).toBe(2);
      await store.preferences.completeOutbox('o-1', 'dead', new Date());
      expect((await store.preferences.listOutbox())[0].status).toBe('SENDING');
      await store.preferences.completeOutbox('o-1', 'alive', new Date());
      const [sent] = await store.preferences.listOutbox();
      expect(sent.status).toBe('SENT');
      expect(sent.sentAt).toBeInstanceOf(Date);
    });

    it('records a delivery event once, audits it and keeps the newest status on the document', async () => {
      const { id } = await store.insertIfAbsent(DOC);
      const first = deliveryEvent(id, { eventId: 'e-1', status: 'DELIVERED', occurredAt: new Date('2026-11-02T10:00:00Z'), fingerprint: 'a' });
      expect(await store.deliveryEvents.recordDeliveryEvent(first, { actor: 'client:exd' })).toEqual({ outcome: 'recorded' });
      expect(await store.deliveryEvents.recordDeliveryEvent(first, { actor: 'client:exd' })).toEqual({ outcome: 'duplicate' });
      expect(await store.deliveryEvents.recordDeliveryEvent({ ...first, fingerprint: 'b' }, { actor: 'client:exd' })).toEqual({ outcome: 'conflict' });
      const older = deliveryEvent(id, { eventId: 'e-0', status: 'SENT', occurredAt: new Date('2026-11-02T09:00:00Z'), fingerprint: 'c' });
      expect(await store.deliveryEvents.recordDeliveryEvent(older, { actor: 'client:exd' })).toEqual({ outcome: 'recorded' });
      expect((await store.findForOwner(DOC.ownerUid, id))?.deliveryStatus).toEqual({ status: 'DELIVERED', channel: 'EMAIL', occurredAt: '2026-11-02T10:00:00.000Z' });
      const newer = deliveryEvent(id, { eventId: 'e-2', status: 'PRINTED', channel: 'POST', occurredAt: new Date('2026-11-03T10:00:00Z'), fingerprint: 'd' });
      expect(await store.deliveryEvents.recordDeliveryEvent(newer, { actor: 'client:exd' })).toEqual({ outcome: 'recorded' });
      expect((await store.findForOwner(DOC.ownerUid, id))?.deliveryStatus).toEqual({ status: 'PRINTED', channel: 'POST', occurredAt: '2026-11-03T10:00:00.000Z' });
      expect(await store.deliveryEvents.recordDeliveryEvent(deliveryEvent('no-such-document', { eventId: 'e-3' }), { actor: 'client:exd' })).toEqual({ outcome: 'unknown-document' });
      const audit = (await store.listAudit({ limit: 10 })).filter((e) => e.action === 'DELIVERY');
      expect(audit.length).toBe(3);
      expect(audit[0]).toEqual(jasmine.objectContaining({ actor: 'client:exd', documentId: id, documentSha256: DOC.sha256, ownerUid: DOC.ownerUid }));
      expect(verifyChain(await store.listAudit({ limit: 10 }), { head: await store.auditHead() })).toEqual([]);
    });

    it('records concurrent copies of one delivery event exactly once', async () => {
      const { id } = await store.insertIfAbsent(DOC);
      const other = await opened.openAnother();
      try {
        const event = deliveryEvent(id, { eventId: 'same' });
        const outcomes = await Promise.all(Array.from({ length: 6 }, (_, i) => (i % 2 ? other : store).deliveryEvents.recordDeliveryEvent(event, { actor: 'client:exd' })));
        expect(outcomes.filter((o) => o.outcome === 'recorded').length).toBe(1);
        expect(outcomes.filter((o) => o.outcome === 'duplicate').length).toBe(5);
      } finally {
        await other.close();
      }
      expect((await store.listAudit({ limit: 10 })).length).toBe(1);
    });

    it('lets exactly one claimant generate, then reports the document to everyone', async () => {
      const other = await opened.openAnother();
      try {
        const outcomes = await Promise.all([
          store.claimGeneration('ref-1', 'instance-a', 60_000),
          other.claimGeneration('ref-1', 'instance-b', 60_000),
          store.claimGeneration('ref-1', 'instance-c', 60_000),
        ]);
        expect(outcomes.filter((o) => o.state === 'claimed').length).toBe(1);
        expect(outcomes.filter((o) => o.state === 'busy').length).toBe(2);
        const winner = ['instance-a', 'instance-b', 'instance-c'][outcomes.findIndex((o) => o.state === 'claimed')];
        await store.completeGeneration('ref-1', winner, 'doc-42');
        expect(await other.claimGeneration('ref-1', 'instance-d', 60_000)).toEqual({ state: 'done', documentId: 'doc-42' });
      } finally {
        await other.close();
      }
    });

    it('frees a released claim and lets an expired one be taken over', async () => {
      expect((await store.claimGeneration('ref-2', 'a', 60_000)).state).toBe('claimed');
      await store.releaseGeneration('ref-2', 'someone-else');
      expect((await store.claimGeneration('ref-2', 'b', 60_000)).state).toBe('busy');
      await store.releaseGeneration('ref-2', 'a');
      expect((await store.claimGeneration('ref-2', 'b', 60_000)).state).toBe('claimed');

      expect((await store.claimGeneration('ref-3', 'dead', 1)).state).toBe('claimed');
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect((await store.claimGeneration('ref-3', 'alive', 60_000)).state).toBe('claimed');
      expect((await store.claimGeneration('ref-3', 'late', 60_000)).state).toBe('busy');
    });
  });
}

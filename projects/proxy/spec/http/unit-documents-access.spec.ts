import { ANNA } from '../support/fixtures';
import { B2B_BATCH, B2B_TOKENS, GI, HANNA, LINDA, LINDA_SECOND_TOKEN, MARK, READABLE, tokenOf, UNITS, unitInvoiceNumber, WILLIAM, type UnitKey } from '../support/b2b-fixtures';
import { sharedStorage, type SharedStorage } from '../support/postgres';
import { bearer, getJson, SITE } from '../support/stack';
import { stackForSuite, type SuiteStack } from '../support/suite-stack';

const ALL_UNITS = Object.keys(UNITS) as UnitKey[];

function unitUrl(suite: SuiteStack, unitId: string, suffix: string, userId = 'current'): string {
  return `${suite.stack.baseUrl}/occ/v2/${SITE}/users/${encodeURIComponent(userId)}/orgUnits/${encodeURIComponent(unitId)}${suffix}`;
}

/** Who reads which unit's documents, on one store (the other store runs the same specs). */
function accessMatrix(store: 'SQLite' | 'PostgreSQL') {
  describe(`B2B unit documents: who reads what (${store})`, () => {
    let storage: SharedStorage | undefined;
    if (store === 'PostgreSQL') {
      beforeAll(async () => {
        storage = await sharedStorage('unit-access');
      });
      afterAll(async () => {
        await storage?.remove();
      });
    }
    const suite = stackForSuite(() => ({
      batch: B2B_BATCH,
      tokens: B2B_TOKENS,
      ...(storage ? { env: storage.env, dataDir: storage.dataDir } : {}),
    }));

    it('answers every pair of caller and unit: 200 for the units they read, the same 404 for the rest', async () => {
      for (const [user, readable] of READABLE) {
        for (const key of ALL_UNITS) {
          const unitId = UNITS[key].id;
          const list = await getJson(unitUrl(suite, unitId, '/documents'), bearer(tokenOf(user)));
          const invoiceId = suite.stack.idOf(unitInvoiceNumber(key));
          const one = await getJson(unitUrl(suite, unitId, `/documents/${invoiceId}`), bearer(tokenOf(user)));
          const summary = await getJson(unitUrl(suite, unitId, '/accountSummary'), bearer(tokenOf(user)));
          const context = `${user.uid} × ${unitId}`;
          if (readable.includes(key)) {
            expect(list.status).withContext(context).toBe(200);
            expect(list.body.documents.map((d: { number: string }) => d.number)).withContext(context).toContain(unitInvoiceNumber(key));
            expect(list.body.documents.every((d: { unitId?: string }) => d.unitId === unitId)).withContext(context).toBeTrue();
            expect(one.status).withContext(context).toBe(200);
            expect(summary.status).withContext(context).toBe(200);
          } else {
            for (const answer of [list, one, summary]) {
              expect(answer.status).withContext(context).toBe(404);
              expect(answer.body.errors[0].type).withContext(context).toBe('UnknownIdentifierError');
              expect(JSON.stringify(answer.body)).withContext(context).not.toContain(unitInvoiceNumber(key));
            }
          }
        }
      }
    });

    it("answers 404 and no bytes for another unit's document id asked through one's own unit", async () => {
      const siblingInvoice = suite.stack.idOf(unitInvoiceNumber('services'));
      for (const suffix of ['', '/content']) {
        const response = await fetch(unitUrl(suite, UNITS.custom.id, `/documents/${siblingInvoice}${suffix}`), { headers: bearer(tokenOf(WILLIAM)) });
        const text = await response.text();
        expect(response.status).withContext(suffix).toBe(404);
        expect(text).not.toContain('%PDF');
      }
      const attachment = await fetch(
        unitUrl(suite, UNITS.custom.id, `/orgDocuments/${unitInvoiceNumber('services')}/attachments/${unitInvoiceNumber('services')}.pdf`),
        { headers: bearer(tokenOf(WILLIAM)) },
      );
      expect(attachment.status).toBe(404);
      expect(await attachment.text()).not.toContain('%PDF');
      // the administrator of both units cannot mix them either
      const mixed = await getJson(unitUrl(suite, UNITS.custom.id, `/documents/${siblingInvoice}`), bearer(tokenOf(LINDA)));
      expect(mixed.status).toBe(404);
    });

    it("keeps unit documents out of the members' own lists, and personal documents out of the unit's", async () => {
      const own = await getJson(`${suite.stack.baseUrl}/occ/v2/${SITE}/users/current/documents?pageSize=100`, bearer(tokenOf(WILLIAM)));
      expect(own.body.documents.map((d: { number: string }) => d.number)).toEqual(['PERS-W-1']);
      const unitId = suite.stack.idOf(unitInvoiceNumber('custom'));
      const personalScope = await getJson(`${suite.stack.baseUrl}/occ/v2/${SITE}/users/current/documents/${unitId}`, bearer(tokenOf(WILLIAM)));
      expect(personalScope.status).toBe(404);
      const unitList = await getJson(unitUrl(suite, UNITS.custom.id, '/documents?pageSize=100'), bearer(tokenOf(WILLIAM)));
      expect(unitList.body.documents.map((d: { number: string }) => d.number)).not.toContain('PERS-W-1');
      const personalThroughUnit = await getJson(unitUrl(suite, UNITS.custom.id, `/documents/${suite.stack.idOf('PERS-W-1')}`), bearer(tokenOf(LINDA)));
      expect(personalThroughUnit.status).toBe(404);
    });

    it('refuses a {userId} other than current or the caller with 403, before looking at the unit', async () => {
      for (const userId of [LINDA.uid, ANNA.uid]) {
        const answer = await getJson(unitUrl(suite, UNITS.custom.id, '/documents', userId), bearer(tokenOf(WILLIAM)));
        expect(answer.status).withContext(userId).toBe(403);
      }
      const self = await getJson(unitUrl(suite, UNITS.custom.id, '/documents', WILLIAM.uid), bearer(tokenOf(WILLIAM)));
      expect(self.status).toBe(200);
    });

    it('lists the units a caller reads: their own, then those they administer, with parents for the tree', async () => {
      const units = async (token: string) =>
        (await getJson(`${suite.stack.baseUrl}/occ/v2/${SITE}/users/current/documentUnits`, bearer(token))).body.unitNodes as { id: string; parent?: string }[];
      expect((await units(tokenOf(LINDA))).map((u) => u.id)).toEqual(['Rustic', 'Rustic Services', 'Rustic Retail', 'Custom Retail']);
      expect((await units(tokenOf(HANNA))).map((u) => [u.id, u.parent])).toEqual([
        ['Rustic Retail', 'Rustic'],
        ['Custom Retail', 'Rustic Retail'],
      ]);
      expect((await units(tokenOf(WILLIAM))).map((u) => u.id)).toEqual(['Custom Retail']);
      expect((await units(tokenOf(GI))).map((u) => u.id)).toEqual(['Rustic Services']);
      expect((await units(tokenOf(MARK))).map((u) => u.id)).toEqual(['Pronto', 'Pronto Goods']);
      expect(await units(tokenOf(ANNA))).toEqual([]);
    });

    it("asks Commerce for an administrator's units once per token while the answer is fresh, and never for a buyer", async () => {
      for (let i = 0; i < 3; i++) {
        expect((await getJson(unitUrl(suite, UNITS.services.id, '/documents'), bearer(LINDA_SECOND_TOKEN))).status).toBe(200);
        expect((await getJson(unitUrl(suite, UNITS.custom.id, '/accountSummary'), bearer(LINDA_SECOND_TOKEN))).status).toBe(200);
        expect((await getJson(unitUrl(suite, UNITS.custom.id, '/documents'), bearer(tokenOf(WILLIAM)))).status).toBe(200);
      }
      expect(suite.commerce.unitCallsFor(LINDA_SECOND_TOKEN)).toBe(1);
      expect(suite.commerce.unitCallsFor(tokenOf(WILLIAM))).toBe(0);
    });

    it('records the member reading a unit document in the audit trail, also through a signed link', async () => {
      const id = suite.stack.idOf(unitInvoiceNumber('custom'));
      const link = await fetch(unitUrl(suite, UNITS.custom.id, `/documents/${id}/links`), {
        method: 'POST',
        headers: { ...bearer(tokenOf(HANNA)), 'content-type': 'application/json' },
        body: '{}',
      });
      const { url } = (await link.json()) as { url: string };
      expect(url).not.toContain('hanna');
      const opened = await fetch(`${suite.stack.baseUrl}${url}`);
      expect(opened.status).toBe(200);
      expect(Buffer.from(await opened.arrayBuffer()).subarray(0, 4).toString()).toBe('%PDF');
      const events = await suite.stack.stores.store.listAudit({ limit: 1000 });
      const downloads = events.filter((e) => e.documentId === id && e.action === 'DOWNLOAD');
      expect(downloads.map((e) => e.actor)).toContain(`shopper:${HANNA.uid}`);
      expect(downloads.every((e) => e.ownerUid === 'unit:custom retail')).toBeTrue();
    });
  });
}

accessMatrix('SQLite');
accessMatrix('PostgreSQL');

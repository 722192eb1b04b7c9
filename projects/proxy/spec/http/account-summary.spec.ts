import { B2B_BATCH, B2B_TOKENS, dayFromToday, tokenOf, UNITS, unitInvoiceNumber, WILLIAM } from '../support/b2b-fixtures';
import { readStoredZip } from '../support/zip-reader';
import { ORG_DOCUMENT_SORTS } from '../../src/documents/billing/billing-filter';
import { minimalPdf } from '../support/pdf';
import { sharedStorage, type SharedStorage } from '../support/postgres';
import { bearer, getJson, SITE } from '../support/stack';
import { stackForSuite } from '../support/suite-stack';

/** SAP's account summary endpoints over Custom Retail's documents (see CUSTOM_RETAIL_BATCH for the amounts). */
function accountSummarySpecs(store: 'SQLite' | 'PostgreSQL') {
  describe(`SAP account summary of a unit (${store})`, () => {
    let storage: SharedStorage | undefined;
    if (store === 'PostgreSQL') {
      beforeAll(async () => {
        storage = await sharedStorage('account-summary');
      });
      afterAll(async () => {
        await storage?.remove();
      });
    }
    const suite = stackForSuite(() => ({ batch: B2B_BATCH, tokens: B2B_TOKENS, ...(storage ? { env: storage.env, dataDir: storage.dataDir } : {}) }));
    const base = () => `${suite.stack.baseUrl}/occ/v2/${SITE}/users/current/orgUnits/${encodeURIComponent(UNITS.custom.id)}`;
    const get = (suffix: string) => getJson(`${base()}${suffix}`, bearer(tokenOf(WILLIAM)));
    const numbers = (body: { orgDocuments: { id: string }[] }) => body.orgDocuments.map((d) => d.id);

    it('sums the open balance per currency, credit notes against invoices, aged by days past due', async () => {
      const { status, body } = await get('/accountSummary?curr=USD&lang=en');
      expect(status).toBe(200);
      expect(body.orgUnit).toEqual({ uid: 'Custom Retail', name: 'Custom Retail', active: true });
      expect(body.amountBalance).toEqual({
        openBalance: '$1,850.49',
        pastDueBalance: '$850.49',
        currentBalance: '$1,000.00',
        dueBalances: [
          { amount: '$200.00', dayRange: { minBoundary: 1, maxBoundary: 30 } },
          { amount: '$300.00', dayRange: { minBoundary: 31, maxBoundary: 60 } },
          { amount: '$250.50', dayRange: { minBoundary: 61, maxBoundary: 90 } },
          { amount: '$99.99', dayRange: { minBoundary: 91 } },
        ],
      });
      const eur = body.balances.find((b: { currency: { isocode: string } }) => b.currency.isocode === 'EUR');
      expect(eur).toEqual({
        currency: { isocode: 'EUR', name: 'Euro', symbol: '€', active: true },
        openBalance: 400,
        pastDueBalance: 400,
        currentBalance: 0,
        dueBalances: [
          { amount: 400, dayRange: { minBoundary: 1, maxBoundary: 30 } },
          { amount: 0, dayRange: { minBoundary: 31, maxBoundary: 60 } },
          { amount: 0, dayRange: { minBoundary: 61, maxBoundary: 90 } },
          { amount: 0, dayRange: { minBoundary: 91 } },
        ],
      });
    });

    it("formats SAP's text fields in the storefront's language and currency", async () => {
      const { body } = await get('/accountSummary?curr=EUR&lang=de');
      expect(body.amountBalance.openBalance).toBe('400,00\u00a0€');
      expect(body.balances.find((b: { currency: { isocode: string } }) => b.currency.isocode === 'USD').currency.name).toBe('US-Dollar');
    });

    it('lists documents with SAP fields, the number as id and the file name as attachment', async () => {
      const { status, body } = await get('/orgDocuments?pageSize=100&fields=FULL');
      expect(status).toBe(200);
      expect(body.pagination).toEqual({ currentPage: 0, pageSize: 100, totalPages: 1, totalResults: 12, sort: 'byCreatedAtDateDesc' });
      const partial = body.orgDocuments.find((d: { id: string }) => d.id === 'INV-CR-11');
      expect(partial).toEqual(
        jasmine.objectContaining({
          id: 'INV-CR-11',
          orgDocumentType: { code: 'INVOICE', name: 'Invoice' },
          status: 'open',
          createdAtDate: '2026-10-20',
          dueAtDate: dayFromToday(-10),
          amount: 500,
          formattedAmount: '$500.00',
          openAmount: 200,
          formattedOpenAmount: '$200.00',
          currency: { isocode: 'USD', name: 'US Dollar', symbol: '$', active: true },
          attachments: [{ id: 'INV-CR-11.pdf' }],
        }),
      );
      expect(partial.document.billing).toEqual({
        amount: 500,
        openAmount: 200,
        currency: 'USD',
        dueDate: dayFromToday(-10),
        paymentTerms: 'Net 30',
        paymentStatus: 'OVERDUE',
        daysOverdue: 10,
      });
      const reminder = body.orgDocuments.find((d: { id: string }) => d.id === 'REM-CR-1');
      expect(reminder.document.references).toEqual([{ relation: 'REMINDS_OF', number: 'INV-CR-12' }]);
      expect(reminder.document.billing.dunningLevel).toBe(2);
      const statement = body.orgDocuments.find((d: { id: string }) => d.id === 'ST-CR-2026-10');
      expect(statement.status).toBe('closed');
      expect(statement.amount).toBeUndefined();
      expect(body.sorts.find((s: { selected: boolean }) => s.selected).code).toBe('byCreatedAtDateDesc');
      expect(body.orgDocumentTypes.map((t: { code: string }) => t.code)).toEqual(['INVOICE', 'CREDIT_NOTE', 'STATEMENT', 'PAYMENT_REMINDER']);
    });

    it('filters by status: open are those with money owed, closed the rest', async () => {
      const open = numbers((await get('/orgDocuments?status=open&pageSize=100&sort=byOrgDocumentIdAsc')).body);
      expect(open).toEqual(['CN-CR-1', 'INV-CR-1', 'INV-CR-10', 'INV-CR-11', 'INV-CR-12', 'INV-CR-13', 'INV-CR-14', 'INV-CR-17', 'REM-CR-1']);
      const closed = numbers((await get('/orgDocuments?status=closed&pageSize=100&sort=byOrgDocumentIdAsc')).body);
      expect(closed).toEqual(['INV-CR-15', 'INV-CR-16', 'ST-CR-2026-10']);
    });

    it('filters overdue from the due date and the open amount, and the other payment states without them', async () => {
      const overdue = numbers((await get('/orgDocuments?paymentStatus=OVERDUE&pageSize=100&sort=byDueAtDateAsc')).body);
      expect(overdue).toEqual(['INV-CR-14', 'INV-CR-13', 'INV-CR-12', 'INV-CR-11', 'INV-CR-17', 'REM-CR-1']);
      const openNotDue = numbers((await get('/orgDocuments?paymentStatus=OPEN&pageSize=100&sort=byOrgDocumentIdAsc')).body);
      expect(openNotDue).toEqual(['CN-CR-1', 'INV-CR-1', 'INV-CR-10']);
      const settled = numbers((await get('/orgDocuments?paymentStatus=PAID&paymentStatus=CANCELLED&pageSize=100&sort=byOrgDocumentIdAsc')).body);
      expect(settled).toEqual(['INV-CR-15', 'INV-CR-16']);
    });

    it("takes SAP's filterByKey filters: number, number range, type, created and due date ranges, amounts", async () => {
      const cases: [string, string[]][] = [
        ['filterByKey=orgDocumentId&filterByValue=inv-cr-1', ['INV-CR-1', 'INV-CR-10', 'INV-CR-11', 'INV-CR-12', 'INV-CR-13', 'INV-CR-14', 'INV-CR-15', 'INV-CR-16', 'INV-CR-17']],
        ['filterByKey=orgDocumentIdRange&startRange=INV-CR-12&endRange=INV-CR-14', ['INV-CR-12', 'INV-CR-13', 'INV-CR-14']],
        ['filterByKey=orgDocumentType&filterByValue=PAYMENT_REMINDER', ['REM-CR-1']],
        ['filterByKey=createdAtDateRange&startRange=11/01/2026&endRange=11/02/2026', ['CN-CR-1', 'INV-CR-10', 'ST-CR-2026-10']],
        [`filterByKey=dueAtDateRange&startRange=${dayFromToday(-46)}&endRange=${dayFromToday(-10)}`, ['INV-CR-11', 'INV-CR-12', 'INV-CR-15', 'INV-CR-16']],
        ['filterByKey=amountRange&startRange=250.50&endRange=300', ['INV-CR-12', 'INV-CR-13', 'REM-CR-1']],
        ['filterByKey=openAmountRange&startRange=0&endRange=0', ['INV-CR-15', 'INV-CR-16']],
        ['filterByKey=amountRange&startRange=&endRange=99.99', ['INV-CR-14', 'INV-CR-16']],
      ];
      for (const [query, expected] of cases) {
        const { status, body } = await get(`/orgDocuments?${query}&pageSize=100&sort=byOrgDocumentIdAsc`);
        expect(status).withContext(query).toBe(200);
        expect(numbers(body)).withContext(query).toEqual(expected);
      }
    });

    it('sorts by amount across currencies in major units, documents without one last, and pages stably', async () => {
      const desc = numbers((await get('/orgDocuments?sort=byOriginalAmountDesc&pageSize=100')).body);
      expect(desc.slice(0, 4)).toEqual(['INV-CR-10', 'INV-CR-15', 'INV-CR-11', 'INV-CR-17']);
      expect(desc[desc.length - 1]).toBe('ST-CR-2026-10');
      const pages: string[] = [];
      for (let page = 0; page < 4; page++) pages.push(...numbers((await get(`/orgDocuments?sort=byOpenAmountAsc&pageSize=3&page=${page}`)).body));
      expect(pages).toEqual(numbers((await get('/orgDocuments?sort=byOpenAmountAsc&pageSize=100')).body));
    });

    it('answers every SAP sort code with the whole unit, in an order that differs from its reverse', async () => {
      const all = numbers((await get('/orgDocuments?pageSize=100&sort=byOrgDocumentIdAsc')).body);
      for (const [asc, desc] of ORG_DOCUMENT_SORTS.flatMap((code) => (code.endsWith('Asc') ? [[code, code.replace(/Asc$/, 'Desc')]] : []))) {
        const up = await get(`/orgDocuments?pageSize=100&sort=${asc}`);
        const down = await get(`/orgDocuments?pageSize=100&sort=${desc}`);
        expect(up.status).withContext(asc).toBe(200);
        expect(down.status).withContext(desc).toBe(200);
        expect([...numbers(up.body)].sort()).withContext(asc).toEqual([...all].sort());
        expect(numbers(up.body)).withContext(asc).not.toEqual(numbers(down.body));
        expect(up.body.pagination.sort).toBe(asc);
      }
    });

    it('answers bad filter values with a 400 naming the parameter', async () => {
      const cases: [string, string][] = [
        ['filterByKey=dueAtDateRange&startRange=yesterday', 'startRange'],
        ['filterByKey=createdAtDateRange&startRange=02/30/2026', 'startRange'],
        ['filterByKey=amountRange&endRange=12,50', 'endRange'],
        ['filterByKey=amountRange&startRange=20&endRange=10', 'startRange'],
        ['filterByKey=orgDocumentType&filterByValue=PURCHASE_ORDER', 'filterByValue'],
        ['filterByKey=unknown', 'filterByKey'],
        ['sort=byPrice', 'sort'],
        ['paymentStatus=LATE', 'paymentStatus'],
        ['status=pending', 'status'],
      ];
      for (const [query, subject] of cases) {
        const { status, body } = await get(`/orgDocuments?${query}`);
        expect(status).withContext(query).toBe(400);
        expect(body.errors[0].type).withContext(query).toBe('ValidationError');
        expect(body.errors[0].subject).withContext(query).toBe(subject);
      }
    });

    it('exports the filtered list as CSV with amounts, due dates and payment status, in the asked order', async () => {
      const response = await fetch(`${base()}/orgDocuments/export?paymentStatus=OVERDUE&sort=byDueAtDateAsc&lang=en&curr=USD`, { headers: bearer(tokenOf(WILLIAM)) });
      const text = await response.text();
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="company-documents-\d{4}-\d{2}-\d{2}\.csv"/);
      expect(response.headers.get('x-total-count')).toBe('6');
      const [header, ...rows] = text.replace(/^\ufeff/, '').trimEnd().split('\r\n');
      expect(header).toBe('Number,Type,Title,Created,Due date,Amount,Open amount,Currency,Payment status,Days overdue,Refers to');
      expect(rows.map((row) => row.split(',')[0])).toEqual(['INV-CR-14', 'INV-CR-13', 'INV-CR-12', 'INV-CR-11', 'INV-CR-17', 'REM-CR-1']);
      expect(rows[3]).toBe(`INV-CR-11,INVOICE,Invoice INV-CR-11,2026-10-20T08:00:00.000Z,${dayFromToday(-10)},500.00,200.00,USD,OVERDUE,10,`);
      expect(rows[5].endsWith(',INV-CR-12')).toBeTrue();
      const bad = await fetch(`${base()}/orgDocuments/export?filterByKey=amountRange&startRange=x`, { headers: bearer(tokenOf(WILLIAM)) });
      expect(bad.status).toBe(400);
    });

    it('packs named or filtered documents as one ZIP; a foreign id fails the whole request before any byte', async () => {
      const ids = ['INV-CR-11', 'REM-CR-1'].map((n) => suite.stack.idOf(n));
      const post = (body: unknown) =>
        fetch(`${base()}/orgDocuments/archive`, { method: 'POST', headers: { ...bearer(tokenOf(WILLIAM)), 'content-type': 'application/json' }, body: JSON.stringify(body) });
      const named = await post({ ids });
      expect(named.status).toBe(200);
      expect(readStoredZip(Buffer.from(await named.arrayBuffer())).map((e) => e.name)).toEqual(['INV-CR-11.pdf', 'REM-CR-1.pdf']);
      const filtered = await post({ filter: { filterByKey: 'orgDocumentIdRange', startRange: 'INV-CR-12', endRange: 'INV-CR-13', sort: 'byOrgDocumentIdAsc' } });
      expect(filtered.status).toBe(200);
      const entries = readStoredZip(Buffer.from(await filtered.arrayBuffer()));
      expect(entries.map((e) => e.name)).toEqual(['INV-CR-12.pdf', 'INV-CR-13.pdf']);
      expect(entries[0].data.equals(minimalPdf('INVOICE INV-CR-12'))).toBeTrue();
      const foreign = await post({ ids: [...ids, suite.stack.idOf(unitInvoiceNumber('services'))] });
      expect(foreign.status).toBe(404);
      expect(foreign.headers.get('content-type')).toContain('application/json');
      const nothing = await post({ filter: { filterByKey: 'orgDocumentId', filterByValue: 'NOPE' } });
      expect(nothing.status).toBe(404);
    });

    it("downloads the attachment by the document's number and file name, inline when asked", async () => {
      const response = await fetch(`${base()}/orgDocuments/INV-CR-11/attachments/INV-CR-11.pdf?disposition=inline`, { headers: bearer(tokenOf(WILLIAM)) });
      const bytes = Buffer.from(await response.arrayBuffer());
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('content-disposition')).toMatch(/^inline; filename="INV-CR-11\.pdf"/);
      expect(bytes.equals(minimalPdf('INVOICE INV-CR-11'))).toBeTrue();
      const wrongName = await fetch(`${base()}/orgDocuments/INV-CR-11/attachments/INV-CR-12.pdf`, { headers: bearer(tokenOf(WILLIAM)) });
      expect(wrongName.status).toBe(404);
      expect(await wrongName.text()).not.toContain('%PDF');
    });
  });
}

accountSummarySpecs('SQLite');
accountSummarySpecs('PostgreSQL');

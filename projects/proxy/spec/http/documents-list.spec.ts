import { ANNA, ANNA_DOCUMENT_COUNT, ANNA_TOKEN, BEN_TOKEN, CHRIS_TOKEN, DEMO_BATCH } from '../support/fixtures';
import { bearer, documentsUrl, getJson } from '../support/stack';
import { stackForSuite } from '../support/suite-stack';

describe('GET /occ/v2/{site}/users/{userId}/documents', () => {
  const suite = stackForSuite({ batch: DEMO_BATCH });

  const list = (query = '', token = ANNA_TOKEN, userId = 'current') =>
    getJson(documentsUrl(suite.stack, userId, query ? `?${query}` : ''), bearer(token));

  const numbers = (body: { documents: { number: string }[] }) => body.documents.map((d) => d.number);

  it('lists only the documents of the token owner, newest first by default', async () => {
    const { status, body } = await list();
    expect(status).toBe(200);
    expect(body.pagination).toEqual({
      currentPage: 0,
      pageSize: 10,
      totalPages: 1,
      totalResults: ANNA_DOCUMENT_COUNT,
      sort: 'byDateDesc',
    });
    expect(numbers(body)).toEqual([
      'CN-2026-000001',
      'INV-2026-100013',
      'ST-2026-10',
      'WAR-1382080',
      'SN-100012',
      'INV-2026-100012',
      'OC-100012',
      'LET-0001',
    ]);
    expect(numbers(body).some((n) => n.includes('2000') || n.startsWith('TERMS'))).toBeFalse();
  });

  it("returns Ben's documents to Ben and none to a shopper without documents", async () => {
    const ben = await list('', BEN_TOKEN);
    expect(numbers(ben.body).sort()).toEqual(['INV-2026-200001', 'OC-200001', 'TERMS-2026']);
    const chris = await list('', CHRIS_TOKEN);
    expect(chris.status).toBe(200);
    expect(chris.body.documents).toEqual([]);
    expect(chris.body.pagination.totalResults).toBe(0);
    expect(chris.body.pagination.totalPages).toBe(0);
    expect(chris.body.facets).toEqual({ types: [], unread: 0 });
  });

  it('serializes the full document model', async () => {
    const { body } = await list('q=INV-2026-100012');
    expect(body.documents.length).toBe(1);
    const doc = body.documents[0];
    expect(doc).toEqual({
      id: suite.stack.idOf('INV-2026-100012'),
      type: 'INVOICE',
      title: 'Invoice for order 100012',
      number: 'INV-2026-100012',
      fileName: 'Invoice INV-2026-100012.pdf',
      orderCode: '100012',
      consignmentCode: 'cons100012_0',
      entryNumbers: [0, 1],
      productCodes: ['1382080'],
      createdAt: '2026-10-02T09:14:00.000Z',
      mimeType: 'application/pdf',
      size: jasmine.any(Number),
      sha256: jasmine.stringMatching(/^[0-9a-f]{64}$/),
      language: 'en',
      read: false,
    });
    expect(doc.size).toBeGreaterThan(100);
  });

  it('pages with currentPage and pageSize', async () => {
    const first = await list('pageSize=3');
    expect(first.body.pagination).toEqual(
      jasmine.objectContaining({ currentPage: 0, pageSize: 3, totalPages: 3, totalResults: 8 }),
    );
    expect(numbers(first.body)).toEqual(['CN-2026-000001', 'INV-2026-100013', 'ST-2026-10']);

    const last = await list('pageSize=3&currentPage=2');
    expect(last.body.pagination.currentPage).toBe(2);
    expect(numbers(last.body)).toEqual(['OC-100012', 'LET-0001']);

    const beyond = await list('pageSize=3&currentPage=5');
    expect(beyond.status).toBe(200);
    expect(beyond.body.documents).toEqual([]);
    expect(beyond.body.pagination.totalResults).toBe(8);
  });

  it('pages newest first by the cursor each page answers, exactly as by page number', async () => {
    const walked: string[] = [];
    let cursor: string | undefined;
    for (let page = 0; page < 3; page++) {
      const answer = await list(`pageSize=3${cursor ? `&cursor=${cursor}` : ''}`);
      const byNumber = await list(`pageSize=3&currentPage=${page}`);
      expect(answer.status).toBe(200);
      expect(numbers(answer.body)).withContext(`page ${page}`).toEqual(numbers(byNumber.body));
      expect(answer.body.pagination).toEqual(jasmine.objectContaining({ currentPage: page, totalPages: 3, totalResults: 8 }));
      expect(answer.body.facets).toEqual(byNumber.body.facets);
      walked.push(...numbers(answer.body));
      cursor = answer.body.pagination.nextCursor;
    }
    expect(cursor).withContext('no cursor after the last page').toBeUndefined();
    expect(walked.length).toBe(8);
    expect(new Set(walked).size).toBe(8);
    expect((await list('sort=byNumber&pageSize=3')).body.pagination.nextCursor).withContext('other orders page by number').toBeUndefined();
  });

  it('answers 400 for a cursor of other filters, another sort or page size, or one it never gave', async () => {
    const cursor = (await list('pageSize=3&type=INVOICE,ORDER_CONFIRMATION,SHIPMENT_NOTICE,WARRANTY')).body.pagination.nextCursor;
    expect(cursor).toEqual(jasmine.any(String));
    expect((await list(`pageSize=3&type=INVOICE,ORDER_CONFIRMATION,SHIPMENT_NOTICE,WARRANTY&cursor=${cursor}`)).status).toBe(200);
    const forged = Buffer.from(JSON.stringify([1, 1, 0, 'X', 'y', 'not-a-fingerprint'])).toString('base64url');
    for (const query of [
      `pageSize=3&type=INVOICE&cursor=${cursor}`,
      `pageSize=4&type=INVOICE,ORDER_CONFIRMATION,SHIPMENT_NOTICE,WARRANTY&cursor=${cursor}`,
      `pageSize=3&sort=byNumber&type=INVOICE,ORDER_CONFIRMATION,SHIPMENT_NOTICE,WARRANTY&cursor=${cursor}`,
      `pageSize=3&cursor=${forged}`,
      'pageSize=3&cursor=bm90LWpzb24',
      'pageSize=3&cursor=a.b',
    ]) {
      const { status, body } = await list(query);
      expect(status).withContext(query).toBe(400);
      expect(body.errors[0]).withContext(query).toEqual(jasmine.objectContaining({ type: 'ValidationError', subject: 'cursor' }));
    }
  });

  it('sorts byDateAsc, byNumber and byType and reports the selected sort', async () => {
    const asc = await list('sort=byDateAsc&pageSize=3');
    expect(numbers(asc.body)).toEqual(['LET-0001', 'OC-100012', 'INV-2026-100012']);
    expect(asc.body.pagination.sort).toBe('byDateAsc');
    expect(asc.body.sorts).toEqual([
      { code: 'byDateDesc', selected: false },
      { code: 'byDateAsc', selected: true },
      { code: 'byNumber', selected: false },
      { code: 'byType', selected: false },
    ]);

    const byNumber = await list('sort=byNumber');
    expect(numbers(byNumber.body)).toEqual([...numbers(byNumber.body)].sort());
    expect(numbers(byNumber.body)[0]).toBe('CN-2026-000001');

    const byType = await list('sort=byType');
    const types = byType.body.documents.map((d: { type: string }) => d.type);
    expect(types).toEqual([...types].sort());
    // within a type, newest first
    expect(numbers(byType.body).filter((n) => n.startsWith('INV'))).toEqual(['INV-2026-100013', 'INV-2026-100012']);
  });

  it('filters by several types (repeated and comma-separated) while type facets ignore the type filter', async () => {
    const repeated = await list('type=INVOICE&type=CREDIT_NOTE');
    expect(numbers(repeated.body).sort()).toEqual(['CN-2026-000001', 'INV-2026-100012', 'INV-2026-100013']);

    const commas = await list('type=INVOICE,CREDIT_NOTE');
    expect(numbers(commas.body)).toEqual(numbers(repeated.body));

    const mixed = await list('type=INVOICE,CREDIT_NOTE&type=WARRANTY');
    expect(mixed.body.pagination.totalResults).toBe(4);

    expect(repeated.body.facets.types).toEqual([
      { code: 'ORDER_CONFIRMATION', count: 1 },
      { code: 'INVOICE', count: 2 },
      { code: 'CREDIT_NOTE', count: 1 },
      { code: 'SHIPMENT_NOTICE', count: 1 },
      { code: 'WARRANTY', count: 1 },
      { code: 'STATEMENT', count: 1 },
      { code: 'CORRESPONDENCE', count: 1 },
    ]);
    expect(repeated.body.facets.unread).toBe(3);
  });

  it('type facets honour the other filters', async () => {
    const { body } = await list('orderCode=100013&type=INVOICE');
    expect(numbers(body)).toEqual(['INV-2026-100013']);
    expect(body.facets.types).toEqual([
      { code: 'INVOICE', count: 1 },
      { code: 'CREDIT_NOTE', count: 1 },
    ]);
  });

  it('filters by orderCode', async () => {
    const { body } = await list('orderCode=100012');
    expect(numbers(body).sort()).toEqual(['INV-2026-100012', 'OC-100012', 'SN-100012', 'WAR-1382080']);
    const none = await list('orderCode=200001');
    expect(none.body.documents).toEqual([]);
  });

  it('searches number or title case-insensitively with q, including non-ASCII titles', async () => {
    expect(numbers((await list('q=inv-2026')).body).sort()).toEqual(['INV-2026-100012', 'INV-2026-100013']);
    expect(numbers((await list('q=CAMERA')).body)).toEqual(['WAR-1382080']);
    expect(numbers((await list(`q=${encodeURIComponent('MÜLLER')}`)).body)).toEqual(['LET-0001']);
    expect(numbers((await list('q=%25')).body)).toEqual([]);
  });

  it('filters by from/to dates (whole days, inclusive) and date-times', async () => {
    const october = await list('from=2026-10-01&to=2026-10-31&sort=byDateAsc');
    expect(numbers(october.body)).toEqual([
      'OC-100012',
      'INV-2026-100012',
      'SN-100012',
      'WAR-1382080',
      'ST-2026-10',
    ]);
    const since = await list('from=2026-11-01');
    expect(numbers(since.body).sort()).toEqual(['CN-2026-000001', 'INV-2026-100013']);
    const until = await list('to=2026-09-30');
    expect(numbers(until.body)).toEqual(['LET-0001']);
    const precise = await list(`from=${encodeURIComponent('2026-10-02T09:14:00Z')}&to=${encodeURIComponent('2026-10-03T12:00:00+02:00')}`);
    expect(numbers(precise.body)).toEqual(['SN-100012', 'INV-2026-100012']);
  });

  it('filters unread and counts unread honouring the other filters', async () => {
    await suite.stack.stores.store.markRead(ANNA.uid, suite.stack.idOf('OC-100012'));
    const unread = await list('unread=true');
    expect(unread.body.pagination.totalResults).toBe(7);
    expect(numbers(unread.body)).not.toContain('OC-100012');
    const read = await list('unread=false');
    expect(numbers(read.body)).toEqual(['OC-100012']);
    expect(read.body.documents[0].read).toBeTrue();
    expect(read.body.facets.unread).toBe(7);
    const order = await list('orderCode=100012');
    expect(order.body.facets.unread).toBe(3);
  });

  it("accepts the token owner's uid as {userId}", async () => {
    const byUid = await list('', ANNA_TOKEN, ANNA.uid);
    expect(byUid.status).toBe(200);
    expect(byUid.body.pagination.totalResults).toBe(ANNA_DOCUMENT_COUNT);
  });

  it('ignores unrelated OCC query parameters such as lang, curr and fields', async () => {
    const { status, body } = await list('lang=en&curr=USD&fields=FULL&pageSize=2');
    expect(status).toBe(200);
    expect(body.documents.length).toBe(2);
  });
});

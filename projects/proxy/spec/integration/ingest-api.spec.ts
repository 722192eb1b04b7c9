import { sign, sha256Hex, stringToSign } from '../../src/integration/machine-auth';
import { startFakeCommerce, type FakeCommerce } from '../support/fake-commerce';
import { ANNA, ANNA_TOKEN, TOKENS } from '../support/fixtures';
import { minimalPdf } from '../support/pdf';
import { bearer, documentsUrl, getJson, startStack, type Stack } from '../support/stack';

const CLIENT_ID = 'batch-loader';
const CLIENT_SECRET = 'batch-loader-secret-0123456789';
const BASIC = { Authorization: `Basic ${Buffer.from(`${CLIENT_ID}:${CLIENT_SECRET}`).toString('base64')}` };

const METADATA = {
  ownerUid: ANNA.uid,
  type: 'INVOICE',
  title: 'Invoice 900001',
  number: 'INV-900001',
  orderCode: '900001',
  consignmentCode: 'cons900001_0',
  entryNumbers: [0, 1],
  language: 'de',
  createdAt: '2026-11-02T10:00:00Z',
  channel: 'EMAIL',
};

function form(metadata: unknown, bytes: Buffer | undefined, fileName = 'INV-900001.pdf'): FormData {
  const data = new FormData();
  if (metadata !== undefined) data.append('metadata', typeof metadata === 'string' ? metadata : JSON.stringify(metadata));
  if (bytes) data.append('file', new Blob([bytes], { type: 'application/pdf' }), fileName);
  return data;
}

describe('POST /integration/v1/documents (ingest API)', () => {
  let commerce: FakeCommerce;
  let stack: Stack;

  beforeEach(async () => {
    commerce = await startFakeCommerce(TOKENS);
    stack = await startStack({
      commerceUrl: commerce.url,
      env: { INTEGRATION_CLIENT_ID: CLIENT_ID, INTEGRATION_CLIENT_SECRET: CLIENT_SECRET, INGEST_MAX_BYTES: '4096' },
    });
  });

  afterEach(async () => {
    await stack.close();
    await commerce.close();
  });

  const post = async (body: FormData, headers: Record<string, string> = BASIC) => {
    const response = await fetch(`${stack.baseUrl}/integration/v1/documents`, { method: 'POST', headers, body });
    const text = await response.text();
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  };

  it('stores the document with its metadata, audits it, and the owner can read it', async () => {
    const pdf = minimalPdf('invoice 900001');
    const result = await post(form(METADATA, pdf));
    expect(result.status).toBe(201);
    expect(result.body).toEqual(
      jasmine.objectContaining({
        type: 'INVOICE',
        number: 'INV-900001',
        orderCode: '900001',
        consignmentCode: 'cons900001_0',
        entryNumbers: [0, 1],
        language: 'de',
        createdAt: '2026-11-02T10:00:00.000Z',
        fileName: 'INV-900001.pdf',
        size: pdf.length,
        sha256: sha256Hex(pdf),
      }),
    );
    const listed = await getJson(documentsUrl(stack), bearer(ANNA_TOKEN));
    expect(listed.body.documents.map((d: { id: string }) => d.id)).toEqual([result.body.id]);
    const [event] = await stack.stores.store.listAudit({ limit: 5 });
    expect(event).toEqual(jasmine.objectContaining({ action: 'INGEST', actor: `client:${CLIENT_ID}`, documentId: result.body.id, documentSha256: sha256Hex(pdf) }));
  });

  it('is idempotent for the same bytes and reference', async () => {
    const pdf = minimalPdf('same');
    const first = await post(form(METADATA, pdf));
    const second = await post(form(METADATA, pdf));
    expect(first.status).toBe(201);
    expect(second.status).toBe(200);
    expect(second.body.id).toBe(first.body.id);
    expect((await stack.stores.store.listAudit({ limit: 5 })).length).toBe(1);
  });

  it('refuses shopper tokens, missing and wrong credentials', async () => {
    const pdf = minimalPdf('x');
    expect((await post(form(METADATA, pdf), bearer(ANNA_TOKEN))).status).toBe(401);
    expect((await post(form(METADATA, pdf), {})).status).toBe(401);
    const wrong = { Authorization: `Basic ${Buffer.from(`${CLIENT_ID}:not-the-secret`).toString('base64')}` };
    const refused = await post(form(METADATA, pdf), wrong);
    expect(refused.status).toBe(401);
    expect(refused.body.errors[0].type).toBe('UnauthorizedError');
    expect((await getJson(documentsUrl(stack), bearer(ANNA_TOKEN))).body.documents).toEqual([]);
  });

  it('accepts an HMAC-signed request and refuses a tampered or stale one', async () => {
    const pdf = minimalPdf('signed');
    const metadata = JSON.stringify(METADATA);
    const timestamp = String(Math.floor(Date.now() / 1000));
    const signature = sign(CLIENT_SECRET, stringToSign('POST', '/integration/v1/documents', timestamp, `${sha256Hex(metadata)}.${sha256Hex(pdf)}`));
    const header = (ts: string, sig: string) => ({ Authorization: `EXD-HMAC-SHA256 clientId=${CLIENT_ID}, timestamp=${ts}, signature=${sig}` });

    const tampered = await post(form(JSON.stringify({ ...METADATA, ownerUid: 'ben.miller@example.com' }), pdf), header(timestamp, signature));
    expect(tampered.status).toBe(401);
    expect((await post(form(metadata, minimalPdf('other bytes')), header(timestamp, signature))).status).toBe(401);
    const stale = String(Number(timestamp) - 3600);
    expect((await post(form(metadata, pdf), header(stale, signature))).status).toBe(401);

    const ok = await post(form(metadata, pdf), header(timestamp, signature));
    expect(ok.status).toBe(201);
    expect((await stack.stores.store.listAudit({ limit: 5 })).length).toBe(1);
  });

  it('rejects bad input with a clear 4xx and stores nothing', async () => {
    const pdf = minimalPdf('x');
    const notPdf = await post(form(METADATA, Buffer.from('<html>not a pdf</html>')));
    expect(notPdf.status).toBe(400);
    expect(notPdf.body.errors[0]).toEqual(jasmine.objectContaining({ type: 'ValidationError', subject: 'file' }));
    const badType = await post(form({ ...METADATA, type: 'MEMO' }, pdf));
    expect(badType.status).toBe(400);
    expect(badType.body.errors[0].message).toContain("unknown type 'MEMO'");
    const noOwner = await post(form({ ...METADATA, ownerUid: undefined }, pdf));
    expect(noOwner.body.errors[0].message).toContain("'ownerUid' is required");
    expect(noOwner.body.errors[0]).toEqual(jasmine.objectContaining({ subject: 'ownerUid', reason: 'missing' }));
    expect((await post(form('{not json', pdf))).status).toBe(400);
    expect((await post(form(METADATA, undefined))).body.errors[0].subject).toBe('file');
    expect((await post(form(undefined, pdf))).body.errors[0].subject).toBe('metadata');
    const tooBig = await post(form(METADATA, Buffer.concat([minimalPdf('big'), Buffer.alloc(8192, 32)])));
    expect(tooBig.status).toBe(413);
    const notMultipart = await fetch(`${stack.baseUrl}/integration/v1/documents`, {
      method: 'POST',
      headers: { ...BASIC, 'Content-Type': 'application/json' },
      body: JSON.stringify(METADATA),
    });
    expect(notMultipart.status).toBe(400);
    expect((await getJson(documentsUrl(stack), bearer(ANNA_TOKEN))).body.documents).toEqual([]);
    expect(await stack.stores.store.listAudit({ limit: 5 })).toEqual([]);
  });
});

describe('POST /integration/v1/documents: notices (correspondence, call to action, delivery status)', () => {
  let commerce: FakeCommerce;
  let stack: Stack;

  beforeAll(async () => {
    commerce = await startFakeCommerce(TOKENS);
    stack = await startStack({
      commerceUrl: commerce.url,
      env: { INTEGRATION_CLIENT_ID: CLIENT_ID, INTEGRATION_CLIENT_SECRET: CLIENT_SECRET, ACTION_URL_ALLOWED_HOSTS: 'offers.example.com' },
    });
  });

  afterAll(async () => {
    await stack.close();
    await commerce.close();
  });

  const post = async (metadata: unknown, pdfText: string) => {
    const response = await fetch(`${stack.baseUrl}/integration/v1/documents`, { method: 'POST', headers: BASIC, body: form(metadata, minimalPdf(pdfText)) });
    return { status: response.status, body: (await response.json()) as any };
  };
  const letter = { ...METADATA, type: 'CORRESPONDENCE', number: 'LET-1', title: 'Payment failed', orderCode: '100045' };

  it('stores correspondence, a same-site or allow-listed call to action and a delivery status', async () => {
    const stored = await post(
      { ...letter, correspondence: { event: 'FAILED_PAYMENT', nextStep: 'Update your payment method by 12 Dec' }, deliveryStatus: { status: 'SENT', channel: 'EMAIL', occurredAt: '2026-11-02T10:05:00+01:00' } },
      'letter',
    );
    expect(stored.status).toBe(201);
    expect(stored.body.correspondence).toEqual({ event: 'FAILED_PAYMENT', nextStep: 'Update your payment method by 12 Dec' });
    expect(stored.body.deliveryStatus).toEqual({ status: 'SENT', channel: 'EMAIL', occurredAt: '2026-11-02T09:05:00.000Z' });
    expect(stored.body.read).toBeFalse();
    for (const [number, actionUrl] of [['REN-1', '/my-account/orders?tab=plans'], ['REN-2', 'https://offers.example.com/renew?plan=plus']]) {
      const offer = await post({ ...METADATA, type: 'RENEWAL_OFFER', number, title: 'Renew', actionUrl, actionLabel: 'Renew now' }, number);
      expect(offer.status).withContext(actionUrl).toBe(201);
      expect(offer.body).toEqual(jasmine.objectContaining({ actionUrl, actionLabel: 'Renew now' }));
    }
  });

  it('rejects unsafe action URLs and misplaced or malformed notice fields with 400 naming the field, storing nothing', async () => {
    const cases: [unknown, string][] = [
      [{ ...METADATA, number: 'X-1', actionUrl: 'https://evil.example.com/renew' }, 'actionUrl'],
      [{ ...METADATA, number: 'X-2', actionUrl: 'http://offers.example.com/renew' }, 'actionUrl'],
      [{ ...METADATA, number: 'X-3', actionUrl: '//evil.example.com/renew' }, 'actionUrl'],
      [{ ...METADATA, number: 'X-4', actionUrl: 'javascript:alert(1)' }, 'actionUrl'],
      [{ ...METADATA, number: 'X-5', actionUrl: '/\\evil.example.com' }, 'actionUrl'],
      [{ ...METADATA, number: 'X-6', actionLabel: 'Renew now' }, 'actionLabel'],
      [{ ...METADATA, number: 'X-7', correspondence: { event: 'FAILED_PAYMENT', nextStep: 'Pay' } }, 'correspondence'],
      [{ ...letter, number: 'X-8', correspondence: { event: 'LOST_PARCEL', nextStep: 'Wait' } }, 'correspondence.event'],
      [{ ...letter, number: 'X-9', correspondence: { event: 'BACKORDER' } }, 'correspondence.nextStep'],
      [{ ...METADATA, number: 'X-10', deliveryStatus: 'DELIVERED' }, 'deliveryStatus'],
      [{ ...METADATA, number: 'X-11', deliveryStatus: { status: 'DELIVERED', channel: 'FAX', occurredAt: '2026-11-02T10:00:00Z' } }, 'deliveryStatus.channel'],
    ];
    for (const [metadata, subject] of cases) {
      const answer = await post(metadata, JSON.stringify(metadata));
      expect(answer.status).withContext(subject).toBe(400);
      expect(answer.body.errors[0]).withContext(subject).toEqual(jasmine.objectContaining({ type: 'ValidationError', subject }));
    }
    const listed = await getJson(documentsUrl(stack, 'current', '?q=X-&pageSize=100'), bearer(ANNA_TOKEN));
    expect(listed.body.documents).toEqual([]);
  });
});

describe('POST /integration/v1/documents with a small BODY_LIMIT_BYTES', () => {
  let commerce: FakeCommerce;
  let stack: Stack;

  beforeAll(async () => {
    commerce = await startFakeCommerce(TOKENS);
    stack = await startStack({
      commerceUrl: commerce.url,
      env: {
        INTEGRATION_CLIENT_ID: CLIENT_ID,
        INTEGRATION_CLIENT_SECRET: CLIENT_SECRET,
        INGEST_MAX_BYTES: '65536',
        BODY_LIMIT_BYTES: '1024',
      },
    });
  });

  afterAll(async () => {
    await stack.close();
    await commerce.close();
  });

  it('takes files up to INGEST_MAX_BYTES: the shopper API body limit does not apply to uploads', async () => {
    const pdf = Buffer.concat([minimalPdf('larger than the body limit'), Buffer.alloc(16 * 1024, 32)]);
    const response = await fetch(`${stack.baseUrl}/integration/v1/documents`, { method: 'POST', headers: BASIC, body: form(METADATA, pdf) });
    const body = (await response.json()) as { size: number };
    expect(response.status).toBe(201);
    expect(body.size).toBe(pdf.length);
  });
});

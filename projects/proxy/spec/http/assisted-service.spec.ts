import type { AuditEvent } from '../../src/documents/audit/audit-event';
import { startFakeCommerce, type FakeCommerce, type FakeUser } from '../support/fake-commerce';
import { startFakeExstream, type FakeExstream } from '../support/fake-exstream';
import { ANNA, ANNA_ORDER, BEN, CHRIS, DEMO_BATCH } from '../support/fixtures';
import { bearer, documentsUrl, getJson, SITE, startStack, type Stack } from '../support/stack';
import { generate, orderDocumentsUrl } from '../generation/helpers';

const ANNA_ID = '4f1c2a7e-6d0b-4c55-9a31-2b8e7d6f0a11';
const CHRIS_ID = 'c7e2a9d1-3b4f-4a86-b0c5-7d1e9f3a4b33';
const AGENT_TOKEN = 'agent-3d9f7a21-token-H5sQ';
const ANNA_TOKEN = 'anna-asm-spec-token-P3kd';
const AGENT: FakeUser = { uid: 'asagent', name: 'Sam Service', assists: [ANNA.uid, BEN.uid] };
const TOKENS: Record<string, FakeUser> = {
  [AGENT_TOKEN]: AGENT,
  [ANNA_TOKEN]: { ...ANNA, customerId: ANNA_ID },
  'ben-asm-spec-token-Z8qe': BEN,
  'chris-asm-spec-token-W1mn': { ...CHRIS, customerId: CHRIS_ID },
};

/** A customer-service agent (ASM emulation) reading and taking a customer's documents. */
describe("an agent's token acting for a customer (Assisted Service Module)", () => {
  let exstream: FakeExstream;
  let commerce: FakeCommerce;
  const suite = {} as { stack: Stack };
  beforeAll(async () => {
    exstream = await startFakeExstream();
    commerce = await startFakeCommerce(TOKENS, { [ANNA.uid]: [ANNA_ORDER] });
    suite.stack = await startStack({
      commerceUrl: commerce.url,
      batch: DEMO_BATCH,
      env: exstream.env({ SIGNED_LINK_SECRET: 'assisted-service-spec-secret-0123456789' }),
    });
  });
  afterAll(async () => {
    await suite.stack.close();
    await commerce.close();
    await exstream.close();
  });

  const lastSeq = async () => (await suite.stack.stores.store.auditHead())?.seq ?? 0;
  const eventsAfter = async (seq: number): Promise<AuditEvent[]> => suite.stack.stores.store.listAudit({ afterSeq: seq, limit: 100 });
  const agent = bearer(AGENT_TOKEN);

  it("lists the customer's documents when Spartacus names the customer by customerId or uid", async () => {
    const byId = await getJson(documentsUrl(suite.stack, ANNA_ID), agent);
    expect(byId.status).toBe(200);
    const own = await getJson(documentsUrl(suite.stack, 'current'), bearer(ANNA_TOKEN));
    expect(byId.body.documents.map((d: { id: string }) => d.id)).toEqual(own.body.documents.map((d: { id: string }) => d.id));
    expect((await getJson(documentsUrl(suite.stack, ANNA.uid), agent)).status).toBe(200);
  });

  it('names the agent as the actor of downloads, direct and through a signed link, and the customer as the owner', async () => {
    const invoice = suite.stack.idOf('INV-2026-100012');
    const before = await lastSeq();
    const direct = await fetch(documentsUrl(suite.stack, ANNA_ID, `/${invoice}/content`), { headers: agent });
    expect(Buffer.from(await direct.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');

    const issued = await fetch(documentsUrl(suite.stack, ANNA_ID, `/${invoice}/links`), {
      method: 'POST',
      headers: { ...agent, 'Content-Type': 'application/json' },
      body: JSON.stringify({ disposition: 'attachment' }),
    });
    const link = (await issued.json()) as { url: string };
    expect(link.url).not.toContain('asagent');
    const viaLink = await fetch(`${suite.stack.baseUrl}${link.url}`);
    await viaLink.arrayBuffer();
    expect(viaLink.status).toBe(200);

    const events = await eventsAfter(before);
    expect(events.map((e) => [e.action, e.actor, e.ownerUid])).toEqual([
      ['DOWNLOAD', 'agent:asagent', ANNA.uid],
      ['DOWNLOAD', 'agent:asagent', ANNA.uid],
    ]);
  });

  it("packs the customer's documents into a ZIP and exports their list for the agent, auditing the agent", async () => {
    const ids = ['INV-2026-100012', 'OC-100012'].map((n) => suite.stack.idOf(n));
    const before = await lastSeq();
    const zip = await fetch(documentsUrl(suite.stack, ANNA_ID, '/archive'), {
      method: 'POST',
      headers: { ...agent, 'Content-Type': 'application/json' },
      body: JSON.stringify({ ids }),
    });
    await zip.arrayBuffer();
    expect(zip.status).toBe(200);
    const events = await eventsAfter(before);
    expect(events.map((e) => [e.action, e.actor, e.ownerUid, e.documentId])).toEqual(ids.map((id) => ['DOWNLOAD', 'agent:asagent', ANNA.uid, id]));
    const foreign = await fetch(documentsUrl(suite.stack, ANNA_ID, '/archive'), {
      method: 'POST',
      headers: { ...agent, 'Content-Type': 'application/json' },
      body: JSON.stringify({ ids: [suite.stack.idOf('TERMS-2026')] }),
    });
    expect(foreign.status).withContext("Ben's document, while acting for Anna").toBe(404);
    const csv = await fetch(documentsUrl(suite.stack, ANNA_ID, '/export?orderCode=100012'), { headers: agent });
    expect((await csv.text()).split('\r\n').filter(Boolean).length).toBe(1 + 4);
  });

  it("refuses a signed link whose agent part was altered or taken from another link", async () => {
    const issue = async (number: string) => {
      const response = await fetch(documentsUrl(suite.stack, ANNA_ID, `/${suite.stack.idOf(number)}/links`), { method: 'POST', headers: agent });
      return new URL(((await response.json()) as { url: string }).url, suite.stack.baseUrl);
    };
    const first = await issue('OC-100012');
    const dropped = new URL(first);
    dropped.searchParams.delete('by');
    const tampered = new URL(first);
    // one character in the middle changes (the last ones may carry unused bits, or already be the new value)
    const by = first.searchParams.get('by')!;
    const middle = Math.floor(by.length / 2);
    tampered.searchParams.set('by', `${by.slice(0, middle)}${by[middle] === 'A' ? 'B' : 'A'}${by.slice(middle + 1)}`);
    for (const url of [dropped, tampered]) {
      const response = await fetch(url);
      expect(response.status).withContext(url.search).toBe(403);
    }
  });

  it('loads the order through Commerce for the customer and audits a generated document as the agent', async () => {
    const listed = await getJson(orderDocumentsUrl(suite.stack, ANNA_ORDER.code, ANNA_ID), agent);
    expect(listed.status).toBe(200);
    const before = await lastSeq();
    const created = await generate(suite.stack, AGENT_TOKEN, ANNA_ORDER.code, { type: 'ORDER_CONFIRMATION' }, ANNA_ID);
    expect(created.status).toBe(201);
    expect((exstream.calls.at(-1)!.body as { customer: { uid: string } }).customer.uid).toBe(ANNA.uid);
    const events = await eventsAfter(before);
    expect(events.map((e) => [e.action, e.actor, e.ownerUid])).toEqual([['GENERATE', 'agent:asagent', ANNA.uid]]);
    const own = await getJson(orderDocumentsUrl(suite.stack, ANNA_ORDER.code), bearer(ANNA_TOKEN));
    expect(own.body.documents.map((d: { id: string }) => d.id)).toContain(created.body.id);
  });

  it('records the agent as who changed the customer\'s communication preferences', async () => {
    const url = `${suite.stack.baseUrl}/occ/v2/${SITE}/users/${ANNA_ID}/communicationPreferences`;
    const saved = await fetch(url, {
      method: 'PUT',
      headers: { ...agent, 'Content-Type': 'application/json' },
      body: JSON.stringify({ preferences: [{ category: 'BILLING', channel: 'POST', paperless: false, format: 'PDF', language: 'de' }] }),
    });
    expect(saved.status).toBe(200);
    const history = await getJson(`${url}/history`, agent);
    expect(history.body.changes[0].changedBy).toBe('asagent');
    expect((await getJson(`${suite.stack.baseUrl}/occ/v2/${SITE}/users/current/communicationPreferences`, bearer(ANNA_TOKEN))).body.preferences.find((p: { category: string }) => p.category === 'BILLING').channel).toBe('POST');
  });

  it('refuses a customer Commerce does not let the agent act for, and another customer\'s document under the assisted one', async () => {
    for (const userId of [CHRIS_ID, CHRIS.uid, 'no-such-customer']) {
      const refused = await getJson(documentsUrl(suite.stack, userId), agent);
      expect(refused.status).withContext(userId).toBe(403);
      expect(refused.body.errors[0].type).withContext(userId).toBe('AccessDeniedError');
    }
    const bens = suite.stack.idOf('INV-2026-200001');
    expect((await getJson(documentsUrl(suite.stack, ANNA_ID, `/${bens}`), agent)).status).toBe(404);
    expect((await fetch(documentsUrl(suite.stack, ANNA_ID, `/${bens}/content`), { headers: agent })).status).toBe(404);
  });

  it("leaves a document the agent opens unread for the customer, and records the agent's view", async () => {
    const unread = suite.stack.idOf('ST-2026-10');
    const before = await lastSeq();
    const opened = await fetch(documentsUrl(suite.stack, ANNA_ID, `/${unread}`), {
      method: 'PATCH',
      headers: { ...agent, 'Content-Type': 'application/json' },
      body: JSON.stringify({ read: true }),
    });
    expect(opened.status).toBe(200);
    expect(((await opened.json()) as { read: boolean }).read).toBe(false);
    expect((await getJson(documentsUrl(suite.stack, 'current', `/${unread}`), bearer(ANNA_TOKEN))).body.read).toBe(false);
    const events = await eventsAfter(before);
    expect(events.map((e) => [e.action, e.actor])).toEqual([['VIEW', 'agent:asagent'], ['VIEW', 'shopper:' + ANNA.uid]]);
  });

  it('sends a document again for the customer, naming the agent as the requester and the actor', async () => {
    const invoice = suite.stack.idOf('INV-2026-100012');
    const before = await lastSeq();
    const calls = exstream.calls.length;
    const answer = await fetch(documentsUrl(suite.stack, ANNA_ID, `/${invoice}/resend`), { method: 'POST', headers: agent });
    expect(answer.status).toBe(202);
    const driver = exstream.calls[calls].body as { resend: { requestedBy: string }; customer: { uid: string } };
    expect(driver.resend.requestedBy).toBe('AGENT');
    expect(driver.customer.uid).toBe(ANNA.uid);
    expect((await eventsAfter(before)).map((e) => [e.action, e.actor, e.ownerUid])).toEqual([['RESEND', 'agent:asagent', ANNA.uid]]);
  });

  it("never lets a customer's own token act for another customer", async () => {
    const refused = await getJson(documentsUrl(suite.stack, CHRIS_ID), bearer(ANNA_TOKEN));
    expect(refused.status).toBe(403);
    expect((await getJson(documentsUrl(suite.stack, ANNA_ID), bearer(ANNA_TOKEN))).status).toBe(200);
  });
});

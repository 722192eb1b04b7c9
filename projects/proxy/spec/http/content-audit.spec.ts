import type { AuditEvent } from '../../src/documents/audit/audit-event';
import { ANNA, ANNA_TOKEN, DEMO_BATCH } from '../support/fixtures';
import { bearer, documentsUrl, SITE } from '../support/stack';
import { stackForSuite } from '../support/suite-stack';

const SECRET = 'content-audit-spec-secret-0123456789abcdef';

/** Content served by ranges, signed links and order ZIPs is audited like a plain download. */
describe('audit of content serving', () => {
  const suite = stackForSuite({ batch: DEMO_BATCH, env: { SIGNED_LINK_SECRET: SECRET } });

  const lastSeq = async () => (await suite.stack.stores.store.auditHead())?.seq ?? 0;
  const eventsAfter = async (seq: number): Promise<AuditEvent[]> => suite.stack.stores.store.listAudit({ afterSeq: seq, limit: 100 });
  const contentUrl = (number: string) => documentsUrl(suite.stack, 'current', `/${suite.stack.idOf(number)}/content`);

  it('records a download for a full and for a ranged GET, with the request id', async () => {
    const before = await lastSeq();
    const full = await fetch(contentUrl('OC-100012'), { headers: bearer(ANNA_TOKEN) });
    await full.arrayBuffer();
    const ranged = await fetch(contentUrl('OC-100012'), { headers: { ...bearer(ANNA_TOKEN), Range: 'bytes=0-9' } });
    await ranged.arrayBuffer();
    expect([full.status, ranged.status]).toEqual([200, 206]);

    const events = await eventsAfter(before);
    expect(events.map((e) => e.action)).toEqual(['DOWNLOAD', 'DOWNLOAD']);
    for (const event of events) {
      expect(event.documentId).toBe(suite.stack.idOf('OC-100012'));
      expect(event.actor).toBe(`shopper:${ANNA.uid}`);
      expect(event.requestId).toBeTruthy();
    }
    expect(events[0].requestId).not.toBe(events[1].requestId);
  });

  it('records a view (no download) for HEAD and for a 304', async () => {
    const first = await fetch(contentUrl('OC-100012'), { headers: bearer(ANNA_TOKEN) });
    await first.arrayBuffer();
    const etag = first.headers.get('etag') ?? '';
    const before = await lastSeq();

    const head = await fetch(contentUrl('OC-100012'), { method: 'HEAD', headers: bearer(ANNA_TOKEN) });
    const notModified = await fetch(contentUrl('OC-100012'), { headers: { ...bearer(ANNA_TOKEN), 'If-None-Match': etag } });
    expect([head.status, notModified.status]).toEqual([200, 304]);
    expect((await eventsAfter(before)).map((e) => e.action)).toEqual(['VIEW', 'VIEW']);
  });

  it('records a signed-link download for the user the link was issued to', async () => {
    const issued = await fetch(documentsUrl(suite.stack, 'current', `/${suite.stack.idOf('OC-100012')}/links`), {
      method: 'POST',
      headers: bearer(ANNA_TOKEN),
    });
    const link = (await issued.json()) as { url: string };
    const before = await lastSeq();

    const response = await fetch(`${suite.stack.baseUrl}${link.url}`);
    await response.arrayBuffer();
    expect(response.status).toBe(200);

    const events = await eventsAfter(before);
    expect(events.length).toBe(1);
    expect(events[0].action).toBe('DOWNLOAD');
    expect(events[0].actor).toBe(`shopper:${ANNA.uid}`);
    expect(events[0].ownerUid).toBe(ANNA.uid);
    expect(events[0].documentId).toBe(suite.stack.idOf('OC-100012'));
  });

  it("records one download per document put into an order's ZIP", async () => {
    const before = await lastSeq();
    const response = await fetch(`${suite.stack.baseUrl}/occ/v2/${SITE}/users/current/orders/100012/documents/archive`, {
      headers: bearer(ANNA_TOKEN),
    });
    await response.arrayBuffer();
    expect(response.status).toBe(200);

    const list = await fetch(documentsUrl(suite.stack, 'current', '?orderCode=100012&pageSize=100'), { headers: bearer(ANNA_TOKEN) });
    const inOrder = ((await list.json()) as { documents: { id: string }[] }).documents.map((d) => d.id);
    const events = await eventsAfter(before);
    expect(inOrder.length).toBeGreaterThan(1);
    expect(events.map((e) => e.action)).toEqual(inOrder.map(() => 'DOWNLOAD'));
    expect(events.map((e) => e.documentId).sort()).toEqual([...inOrder].sort());
    expect(new Set(events.map((e) => e.actor))).toEqual(new Set([`shopper:${ANNA.uid}`]));
  });
});

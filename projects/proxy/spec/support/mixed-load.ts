import { randomUUID } from 'node:crypto';
import { ANNA, ANNA_TOKEN, BEN_TOKEN } from './fixtures';
import { INTEGRATION_CLIENT_ID, INTEGRATION_CLIENT_SECRET } from './ingest-client';
import { minimalPdf } from './pdf';
import { bearer, SITE } from './stack';

const BASIC = `Basic ${Buffer.from(`${INTEGRATION_CLIENT_ID}:${INTEGRATION_CLIENT_SECRET}`).toString('base64')}`;

/** What the proxy acknowledged (2xx) and what it was sent without an answer (the process may have died). */
export interface Acknowledged {
  ingests: Map<string, string>;
  unansweredIngests: Set<string>;
  events: Set<string>;
  preferenceSaves: number;
  /** saves sent without an answer: each may or may not have been committed */
  unansweredSaves: number;
  answers: number;
}

export function emptyAcknowledged(): Acknowledged {
  return { ingests: new Map(), unansweredIngests: new Set(), events: new Set(), preferenceSaves: 0, unansweredSaves: 0, answers: 0 };
}

export async function ingest(baseUrl: string, number: string): Promise<{ status: number; id?: string }> {
  const data = new FormData();
  data.append('metadata', JSON.stringify({ ownerUid: ANNA.uid, type: 'STATEMENT', title: number, number, createdAt: '2026-11-02T10:00:00Z' }));
  data.append('file', new Blob([minimalPdf(number)], { type: 'application/pdf' }), `${number}.pdf`);
  const response = await fetch(`${baseUrl}/integration/v1/documents`, { method: 'POST', headers: { Authorization: BASIC }, body: data });
  const body = (await response.json()) as { id?: string };
  return { status: response.status, id: body.id };
}

/**
 * Lists, downloads, ingests, delivery events and preference saves against `baseUrl()` until
 * `running()` is false, recording every acknowledgement in `acks`. Requests that fail because
 * the process died are expected; a 5xx from a living process is recorded in `serverErrors`.
 */
export async function mixedLoad(baseUrl: () => string, running: () => boolean, acks: Acknowledged, serverErrors: string[]): Promise<void> {
  let sequence = 0;
  const annaIds = (): string[] => [...acks.ingests.values()];
  const shopper = async () => {
    while (running()) {
      const ids = annaIds();
      const url = ids.length > 0 && sequence++ % 2 === 0
        ? `${baseUrl()}/occ/v2/${SITE}/users/current/documents/${ids[sequence % ids.length]}/content`
        : `${baseUrl()}/occ/v2/${SITE}/users/current/documents?pageSize=20`;
      await settle(fetch(url, { headers: bearer(ANNA_TOKEN) }), url, acks, serverErrors);
    }
  };
  const ingester = async () => {
    while (running()) {
      const number = `CRASH-${randomUUID().slice(0, 8)}`;
      acks.unansweredIngests.add(number);
      try {
        const { status, id } = await ingest(baseUrl(), number);
        acks.answers++;
        if ((status === 200 || status === 201) && id) {
          acks.ingests.set(number, id);
          acks.unansweredIngests.delete(number);
        } else if (status >= 500) serverErrors.push(`ingest ${number}: ${status}`);
      } catch {
        // the process died with the request in flight: unanswered
      }
    }
  };
  const events = async () => {
    while (running()) {
      const ids = annaIds();
      if (ids.length === 0) {
        await new Promise((resolve) => setTimeout(resolve, 20));
        continue;
      }
      const eventId = randomUUID();
      const body = JSON.stringify({ eventId, documentId: ids[ids.length - 1], channel: 'EMAIL', status: 'DELIVERED', occurredAt: new Date().toISOString() });
      try {
        const response = await fetch(`${baseUrl()}/integration/v1/delivery-events`, { method: 'POST', headers: { Authorization: BASIC, 'Content-Type': 'application/json' }, body });
        await response.arrayBuffer();
        acks.answers++;
        if (response.status === 200 || response.status === 201) acks.events.add(eventId);
        else if (response.status >= 500) serverErrors.push(`delivery event: ${response.status}`);
      } catch {
        // unanswered
      }
    }
  };
  const preferences = async () => {
    const url = () => `${baseUrl()}/occ/v2/${SITE}/users/current/communicationPreferences`;
    while (running()) {
      // from what is stored, so that every save is a change (and queues exactly one outbox row)
      let channel: string;
      try {
        const current = (await (await fetch(url(), { headers: bearer(BEN_TOKEN) })).json()) as { preferences?: { category: string; channel: string }[] };
        const billing = current.preferences?.find((p) => p.category === 'BILLING');
        if (!billing) continue;
        channel = billing.channel === 'POST' ? 'EMAIL' : 'POST';
      } catch {
        continue;
      }
      const body = JSON.stringify({ preferences: [{ category: 'BILLING', channel, paperless: channel !== 'POST', format: 'PDF', language: 'en' }] });
      try {
        const response = await fetch(url(), { method: 'PUT', headers: { ...bearer(BEN_TOKEN), 'Content-Type': 'application/json' }, body });
        await response.arrayBuffer();
        acks.answers++;
        if (response.status === 200) acks.preferenceSaves++;
        else if (response.status >= 500) serverErrors.push(`preferences: ${response.status}`);
      } catch {
        acks.unansweredSaves++;
      }
    }
  };
  await Promise.all([shopper(), shopper(), ingester(), ingester(), events(), preferences()]);
}

async function settle(request: Promise<Response>, url: string, acks: Acknowledged, serverErrors: string[]): Promise<void> {
  try {
    const response = await request;
    await response.arrayBuffer();
    acks.answers++;
    if (response.status >= 500) serverErrors.push(`${url}: ${response.status}`);
  } catch {
    // the process died
  }
}

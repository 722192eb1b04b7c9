// The soak's mixed traffic: what shoppers and the integration side do all day, plus a few bad requests.
import { randomUUID } from 'node:crypto';
import { INTEGRATION, SITE } from './stack.mjs';

const BASIC = `Basic ${Buffer.from(`${INTEGRATION.clientId}:${INTEGRATION.secret}`).toString('base64')}`;

/** Weights of the request kinds (out of 100) and the statuses each may answer without being an error of the proxy. */
export const MIX = [
  { kind: 'list', weight: 40, expect: [200] },
  { kind: 'list-filtered', weight: 10, expect: [200] },
  { kind: 'metadata', weight: 8, expect: [200] },
  { kind: 'download', weight: 12, expect: [200] },
  { kind: 'download-range', weight: 5, expect: [206] },
  { kind: 'preferences-read', weight: 5, expect: [200] },
  { kind: 'preferences-save', weight: 5, expect: [200] },
  { kind: 'ingest', weight: 5, expect: [201] },
  { kind: 'delivery-event', weight: 5, expect: [201] },
  { kind: 'bad-request', weight: 3, expect: [400] },
  { kind: 'unknown-document', weight: 2, expect: [404] },
];

export function pickKind(random) {
  let roll = random() * 100;
  for (const entry of MIX) {
    roll -= entry.weight;
    if (roll < 0) return entry;
  }
  return MIX[0];
}

/** A few hundred bytes that pass the ingest's PDF check; distinct per document. */
function tinyPdf(label) {
  return Buffer.from(`%PDF-1.4\n% soak ${label}\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`, 'latin1');
}

/** Everything the requests need: the shoppers' tokens, their document ids, the ids ingested so far. */
export function trafficState({ proxyUrl, tokens, annaIds }) {
  return { proxyUrl, tokens, annaIds, ingestedIds: [], ingestCount: 0, savedPaperless: false };
}

async function send(url, init) {
  const started = performance.now();
  const response = await fetch(url, init);
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, ms: performance.now() - started, body };
}

/** Sends one request of `kind`; resolves with its status and latency. */
export async function sendRequest(kind, state, random) {
  const base = `${state.proxyUrl}/occ/v2/${SITE}/users/current`;
  const shopper = random() < 0.7 ? 'anna' : 'ben';
  const auth = { Authorization: `Bearer ${state.tokens[shopper]}` };
  const annaAuth = { Authorization: `Bearer ${state.tokens.anna}` };
  const anyAnnaId = () => state.annaIds[Math.floor(random() * state.annaIds.length)];
  switch (kind) {
    case 'list':
      return send(`${base}/documents?pageSize=${[5, 10, 20][Math.floor(random() * 3)]}&currentPage=0`, { headers: auth });
    case 'list-filtered':
      return send(`${base}/documents?type=INVOICE,ORDER_CONFIRMATION&q=${random() < 0.5 ? '1000' : 'inv'}&sort=byDateAsc`, { headers: auth });
    case 'metadata':
      return send(`${base}/documents/${anyAnnaId()}`, { headers: annaAuth });
    case 'download':
      return send(`${base}/documents/${anyAnnaId()}/content?disposition=attachment`, { headers: annaAuth });
    case 'download-range':
      return send(`${base}/documents/${anyAnnaId()}/content`, { headers: { ...annaAuth, Range: 'bytes=0-1023' } });
    case 'preferences-read':
      return send(`${base}/communicationPreferences`, { headers: auth });
    case 'preferences-save': {
      const current = await fetch(`${base}/communicationPreferences`, { headers: { Authorization: `Bearer ${state.tokens.ben}` } });
      const { preferences } = await current.json();
      state.savedPaperless = !state.savedPaperless;
      // the first category toggles paperless (by e-mail: paperless cannot go with POST); the others are sent as they are
      const changed = preferences.map(({ category, channel, paperless, format, language }, i) =>
        i === 0 ? { category, channel: 'EMAIL', paperless: state.savedPaperless, format, language } : { category, channel, paperless, format, language },
      );
      return send(`${base}/communicationPreferences`, {
        method: 'PUT',
        headers: { Authorization: `Bearer ${state.tokens.ben}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ preferences: changed }),
      });
    }
    case 'ingest': {
      const number = `SOAK-${process.pid}-${++state.ingestCount}`;
      const form = new FormData();
      // other shoppers: the two measured shoppers' lists keep their size for the whole run
      form.append('metadata', JSON.stringify({ ownerUid: `soak.shopper${state.ingestCount % 50}@example.com`, type: 'STATEMENT', title: number, number, createdAt: new Date().toISOString() }));
      form.append('file', new Blob([tinyPdf(number)], { type: 'application/pdf' }), `${number}.pdf`);
      const answer = await send(`${state.proxyUrl}/integration/v1/documents`, { method: 'POST', headers: { Authorization: BASIC }, body: form });
      if (answer.status === 201) state.ingestedIds.push(JSON.parse(answer.body.toString('utf8')).id);
      return answer;
    }
    case 'delivery-event': {
      const documentId = state.ingestedIds[Math.floor(random() * state.ingestedIds.length)] ?? anyAnnaId();
      return send(`${state.proxyUrl}/integration/v1/delivery-events`, {
        method: 'POST',
        headers: { Authorization: BASIC, 'Content-Type': 'application/json' },
        body: JSON.stringify({ eventId: randomUUID(), documentId, channel: 'EMAIL', status: 'DELIVERED', occurredAt: new Date().toISOString() }),
      });
    }
    case 'bad-request':
      return send(`${base}/documents?pageSize=1000&from=yesterday`, { headers: auth });
    case 'unknown-document':
      return send(`${base}/documents/no-such-document-${Math.floor(random() * 1e6)}`, { headers: auth });
    default:
      throw new Error(`unknown request kind ${kind}`);
  }
}

/**
 * Sends `requests` of the mix as fast as the proxy answers them (`concurrency` at a time), so caches that
 * fill once reach their size before the steady part is measured: SQLite's page cache (16 MB) fills with
 * the pages the requests touch, which at 20 requests/s takes over half an hour.
 */
export async function fillCaches(state, random, { requests, concurrency }) {
  const result = { requests: 0, statuses: {}, unexpected: [] };
  const worker = async () => {
    while (result.requests < requests) {
      result.requests++;
      const { kind, expect } = pickKind(random);
      const status = await sendRequest(kind, state, random).then(({ status }) => status, (error) => `ERR ${error.cause?.code ?? error.message}`);
      result.statuses[status] = (result.statuses[status] ?? 0) + 1;
      if (!expect.includes(status)) result.unexpected.push(`${kind} → ${status}`);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return result;
}

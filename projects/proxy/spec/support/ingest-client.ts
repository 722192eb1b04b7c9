import { ANNA } from './fixtures';
import { minimalPdf } from './pdf';
import type { Stack } from './stack';

/** The machine client the fault specs ingest with; pass `INTEGRATION_ENV` to the stack that should accept it. */
export const INTEGRATION_CLIENT_ID = 'batch-loader';
export const INTEGRATION_CLIENT_SECRET = 'batch-loader-secret-0123456789';
export const INTEGRATION_ENV = { INTEGRATION_CLIENT_ID, INTEGRATION_CLIENT_SECRET };

export interface IngestAnswer {
  status: number;
  retryAfter: string | null;
  body: any;
}

/** POST /integration/v1/documents with one small PDF invoice of Anna's, numbered `number`. */
export async function ingestOne(stack: Pick<Stack, 'baseUrl'>, number: string): Promise<IngestAnswer> {
  const data = new FormData();
  data.append('metadata', JSON.stringify({ ownerUid: ANNA.uid, type: 'INVOICE', title: number, number, createdAt: '2026-11-02T10:00:00Z' }));
  data.append('file', new Blob([minimalPdf(number)], { type: 'application/pdf' }), `${number}.pdf`);
  const credentials = Buffer.from(`${INTEGRATION_CLIENT_ID}:${INTEGRATION_CLIENT_SECRET}`).toString('base64');
  const response = await fetch(`${stack.baseUrl}/integration/v1/documents`, {
    method: 'POST',
    headers: { Authorization: `Basic ${credentials}` },
    body: data,
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.json() };
}

import { APIRequestContext, expect } from '@playwright/test';

/** The proxy itself: integration endpoints are not routed through the storefront's ingress. */
export const proxyUrl = `http://localhost:${process.env.PROXY_PORT ?? '9100'}`;

/** The Exstream emulator (its test hooks tell what it was asked to do). */
export const exstreamUrl = `http://localhost:${process.env.EXSTREAM_PORT ?? '9004'}`;

export interface RecordedResend {
  documentNumber: string;
  customerUid: string;
  channel: string;
  requestedBy: 'CUSTOMER' | 'AGENT';
}

/** What the emulator's delivery communication was asked to send again. */
export async function recordedResends(request: APIRequestContext): Promise<RecordedResend[]> {
  const response = await request.get(`${exstreamUrl}/sandbox/exstream/resends`);
  expect(response.status()).toBe(200);
  return (await response.json()).resends;
}

/** The machine credentials the demo stack gives the proxy (scripts/stack.mjs). */
const integrationAuthorization = `Basic ${Buffer.from('exd-batch:exd-sandbox-integration-secret').toString('base64')}`;

export interface IngestMetadata {
  ownerUid: string;
  type: string;
  title: string;
  number: string;
  createdAt: string;
  orderCode?: string;
  [field: string]: unknown;
}

/** Ingests a document through the proxy's real integration API, as an Exstream batch would. */
export async function ingestDocument(
  request: APIRequestContext,
  metadata: IngestMetadata,
  pdf: Buffer,
): Promise<{ id: string; read: boolean }> {
  const response = await request.post(`${proxyUrl}/integration/v1/documents`, {
    headers: { Authorization: integrationAuthorization },
    multipart: {
      // a plain form field before the file, as the API expects
      metadata: JSON.stringify(metadata),
      file: { name: `${metadata.number}.pdf`, mimeType: 'application/pdf', buffer: pdf },
    },
  });
  expect(response.status(), await response.text()).toBe(201);
  return response.json();
}

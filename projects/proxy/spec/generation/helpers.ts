import { bearer, SITE, type Stack } from '../support/stack';

export function orderDocumentsUrl(stack: Stack, orderCode: string, userId = 'current'): string {
  return `${stack.baseUrl}/occ/v2/${SITE}/users/${encodeURIComponent(userId)}/orders/${orderCode}/documents`;
}

export async function generate(
  stack: Stack,
  token: string,
  orderCode: string,
  body: unknown,
  userId = 'current',
): Promise<{ status: number; headers: Headers; body: any }> {
  const response = await fetch(orderDocumentsUrl(stack, orderCode, userId), {
    method: 'POST',
    headers: { ...bearer(token), 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text === '' ? undefined : JSON.parse(text) };
}

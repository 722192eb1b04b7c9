import { expect, test } from '@playwright/test';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pdfInfo } from '../support/pdf';
import { anna } from '../support/shoppers';
import { listDocuments, occ, tokenFor } from '../support/storefront';


test.describe('On-demand generation (API through the ingress)', () => {
  test('generating a warranty for an order entry returns a real PDF document that then appears in the list', async ({ request }) => {
    const token = await tokenFor(request, anna);
    const auth = { Authorization: `Bearer ${token}` };
    const orders = await (await request.get(`${occ}/users/current/orders?pageSize=10`, { headers: auth })).json();
    let target: { orderCode: string; entryNumber: number } | undefined;
    for (const order of orders.orders as { code: string }[]) {
      const listed = await request.get(`${occ}/users/current/orders/${order.code}/documents`, { headers: auth });
      expect(listed.status()).toBe(200);
      const warranty = ((await listed.json()).generatable as { type: string; entryNumber?: number }[]).find((g) => g.type === 'WARRANTY');
      if (warranty) {
        target = { orderCode: order.code, entryNumber: warranty.entryNumber! };
        break;
      }
    }
    expect(target, 'an order entry without a warranty certificate').toBeDefined();

    const generated = await request.post(`${occ}/users/current/orders/${target!.orderCode}/documents`, {
      headers: auth,
      data: { type: 'WARRANTY', entryNumber: target!.entryNumber },
    });
    expect(generated.status()).toBe(201);
    const document = await generated.json();
    expect(document).toEqual(
      expect.objectContaining({ type: 'WARRANTY', orderCode: target!.orderCode, entryNumbers: [target!.entryNumber], mimeType: 'application/pdf' }),
    );

    const content = await request.get(`${occ}/users/current/documents/${document.id}/content`, { headers: auth });
    expect(content.status()).toBe(200);
    const file = join(mkdtempSync(join(tmpdir(), 'exd-e2e-')), 'warranty.pdf');
    writeFileSync(file, await content.body());
    expect(pdfInfo(file)['Title']).toBe(document.title);

    const again = await request.post(`${occ}/users/current/orders/${target!.orderCode}/documents`, {
      headers: auth,
      data: { type: 'WARRANTY', entryNumber: target!.entryNumber },
    });
    expect(again.status()).toBe(200);
    expect((await again.json()).id).toBe(document.id);

    const list = await listDocuments(request, token);
    expect(list.documents.map((d) => d.id)).toContain(document.id);
  });
});

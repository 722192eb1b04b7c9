import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { agent, customerIds, signInAgent, startEmulation } from '../support/assisted-service';
import { docScreenshot } from '../support/doc-screenshots';
import { proxyUrl, recordedResends } from '../support/integration';
import { pdfInfo } from '../support/pdf';
import { devices, measureLayout } from '../support/phone';
import { anna, chris } from '../support/shoppers';
import { listDocuments, occ, openMyDocuments, openOrderDetails, tokenFor } from '../support/storefront';

const rows = '.cx-exd-documents-table tbody tr';
const integrationAuthorization = `Basic ${Buffer.from('exd-batch:exd-sandbox-integration-secret').toString('base64')}`;

/** The emulator's record of a request an agent made for Anna. */
function agentResendOf(documentNumber: string) {
  return expect.objectContaining({ documentNumber, customerUid: anna.uid, channel: 'EMAIL', requestedBy: 'AGENT' });
}

interface AuditEvent {
  seq: number;
  action: string;
  actor: string;
  ownerUid?: string;
  documentId: string;
}

test.describe('Customer-service agents (Assisted Service Module)', () => {
  test("an agent emulates Anna, sees her documents and order documents, downloads her invoice, and is named in the audit trail", async ({
    page,
    request,
  }) => {
    const annas = await listDocuments(request, await tokenFor(request, anna));
    const invoice = annas.documents.find((d) => d.type === 'INVOICE' && d.orderCode)!;
    expect(invoice).toBeDefined();
    const audit = async (afterSeq: number): Promise<AuditEvent[]> => {
      const response = await request.get(`${proxyUrl}/integration/v1/audit?afterSeq=${afterSeq}&limit=500`, {
        headers: { Authorization: integrationAuthorization },
      });
      expect(response.status()).toBe(200);
      return (await response.json()).events;
    };
    const headSeq = async () => {
      const response = await request.get(`${proxyUrl}/integration/v1/audit?limit=1`, { headers: { Authorization: integrationAuthorization } });
      return ((await response.json()).head?.seq as number | undefined) ?? 0;
    };

    await signInAgent(page);
    await startEmulation(page, anna);

    await openMyDocuments(page);
    await expect(page.locator('caption')).toContainText(`(${annas.pagination.totalResults} documents)`);
    await docScreenshot(page, 'assisted-service', false);

    const before = await headSeq();
    await page.locator('.cx-exd-chip[data-type="INVOICE"]').click();
    const row = page.locator(rows, { has: page.locator('.cx-exd-number', { hasText: invoice.number }) });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      row.getByRole('button', { name: new RegExp(`Download .*${invoice.number}`) }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(invoice.fileName);
    const path = test.info().outputPath(download.suggestedFilename());
    await download.saveAs(path);
    expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(Number(pdfInfo(path)['Pages'])).toBeGreaterThan(0);

    const downloads = (await audit(before)).filter((e) => e.action === 'DOWNLOAD' && e.documentId === invoice.id);
    expect(downloads.length).toBe(1);
    expect(downloads[0].actor).toBe(`agent:${agent.uid}`);
    expect(downloads[0].ownerUid).toBe(anna.uid);

    // opening an unread document leaves it unread for Anna; sending it again names the agent
    const unread = annas.documents.find((d) => d.read === false)!;
    const unreadRow = page.locator(rows, { has: page.locator('.cx-exd-number', { hasText: unread.number }) });
    await page.locator('.cx-exd-chip-all').click();
    await page.locator('.cx-exd-chip-unread').click();
    await expect(unreadRow.locator('.cx-exd-badge')).toHaveText('New');
    await unreadRow.locator('.cx-exd-preview').click();
    const dialog = page.getByRole('dialog');
    await expect(dialog).toBeVisible();
    const resendsBefore = (await recordedResends(request)).length;
    await dialog.getByRole('button', { name: new RegExp(`Send .*${unread.number}.* again by e-mail`) }).click();
    await expect(dialog.locator('.cx-exd-resend-status')).toHaveText(`We have asked for ${unread.title} to be sent again by e-mail.`);
    const resends = (await recordedResends(request)).slice(resendsBefore);
    expect(resends).toEqual([agentResendOf(unread.number)]);
    await dialog.locator('.cx-exd-viewer-dismiss').click();
    await expect(unreadRow.locator('.cx-exd-badge')).toHaveText('New');
    const resent = (await audit(before)).filter((e) => e.action === 'RESEND');
    expect(resent.map((e) => [e.actor, e.ownerUid, e.documentId])).toEqual([[`agent:${agent.uid}`, anna.uid, unread.id]]);

    await openOrderDetails(page, invoice.orderCode!);
    await expect(page.locator('cx-exd-order-documents .cx-exd-document', { hasText: invoice.number })).toBeVisible();
  });

  test('an agent cannot reach a customer Commerce does not let them act for', async ({ page, request }) => {
    await signInAgent(page);
    const selection = page.locator('cx-customer-selection');
    await selection.locator('input[formcontrolname="searchTerm"]').fill('Chris');
    await expect(selection.locator('.asm-results')).toContainText(/no customer found/i);

    const agentToken = await tokenFor(request, { uid: agent.uid, password: agent.password, name: agent.name });
    for (const userId of [customerIds.chris, chris.uid]) {
      const refused = await request.get(`${occ}/users/${encodeURIComponent(userId)}/documents`, {
        headers: { Authorization: `Bearer ${agentToken}` },
      });
      expect(refused.status(), userId).toBe(403);
      expect((await refused.json()).errors[0].type).toBe('AccessDeniedError');
    }
    const assisted = await request.get(`${occ}/users/${customerIds.anna}/documents`, { headers: { Authorization: `Bearer ${agentToken}` } });
    expect(assisted.status()).toBe(200);
  });

  test.describe('on a phone (390 × 844, touch)', () => {
    test.use({ ...devices['phone 390'] });

    test("the emulated customer's My Documents is as wide as the screen below the agent's bar", async ({ page }) => {
      const width = devices['phone 390'].viewport.width;
      await signInAgent(page);
      await startEmulation(page, anna);
      await openMyDocuments(page);
      await expect(page.locator(rows).first()).toBeVisible();
      const measured = await measureLayout(page, 'cx-exd-my-documents', width);
      console.log(`assisted My Documents | ${JSON.stringify(measured)}`);
      expect(measured.layoutWidth, JSON.stringify(measured)).toBe(width);
      expect(measured.offScreen, JSON.stringify(measured)).toBe(0);
      expect(measured.undersized, JSON.stringify(measured)).toBe(0);
      await docScreenshot(page, 'assisted-service-phone', false);
    });
  });
});

import { ANNA_TOKEN, BEN_TOKEN, DEMO_BATCH } from '../support/fixtures';
import { bearer, documentsUrl, getJson } from '../support/stack';
import { stackForSuite } from '../support/suite-stack';

describe('PATCH a document {read:true}', () => {
  const suite = stackForSuite({ batch: DEMO_BATCH });

  const patch = async (number: string, token: string, body: string, contentType = 'application/json') => {
    const response = await fetch(documentsUrl(suite.stack, 'current', `/${suite.stack.idOf(number)}`), {
      method: 'PATCH',
      headers: { ...bearer(token), 'Content-Type': contentType },
      body,
    });
    const text = await response.text();
    return { status: response.status, body: text === '' ? undefined : JSON.parse(text) };
  };

  it('marks an own document read and answers it with read:true; the list agrees', async () => {
    const before = await getJson(documentsUrl(suite.stack, 'current', '?unread=true&pageSize=100'), bearer(ANNA_TOKEN));
    const answer = await patch('SN-100012', ANNA_TOKEN, '{"read":true}');
    expect(answer.status).toBe(200);
    expect(answer.body.number).toBe('SN-100012');
    expect(answer.body.read).toBeTrue();

    const after = await getJson(documentsUrl(suite.stack, 'current', '?unread=true&pageSize=100'), bearer(ANNA_TOKEN));
    expect(after.body.pagination.totalResults).toBe(before.body.pagination.totalResults - 1);
    expect(after.body.documents.map((d: { number: string }) => d.number)).not.toContain('SN-100012');

    expect((await patch('SN-100012', ANNA_TOKEN, '{"read":true}')).status).toBe(200);
  });

  it("answers 404 for another shopper's document and leaves its read state alone", async () => {
    const answer = await patch('INV-2026-200001', ANNA_TOKEN, '{"read":true}');
    expect(answer.status).toBe(404);
    expect(answer.body.errors[0].type).toBe('UnknownIdentifierError');
    const own = await getJson(documentsUrl(suite.stack, 'current', `/${suite.stack.idOf('INV-2026-200001')}`), bearer(BEN_TOKEN));
    expect(own.body.read).toBeFalse();
  });

  it('rejects bad bodies with 400 and changes nothing', async () => {
    const bodies = ['{"read":false}', '{"read":"yes"}', '{}', '{"read":true,"title":"x"}', '[]', 'not json'];
    for (const body of bodies) {
      const answer = await patch('WAR-1382080', ANNA_TOKEN, body);
      expect(answer.status).withContext(body).toBe(400);
      expect(answer.body.errors[0].type).withContext(body).toMatch(/ValidationError|BadRequestError/);
    }
    const unchanged = await getJson(documentsUrl(suite.stack, 'current', `/${suite.stack.idOf('WAR-1382080')}`), bearer(ANNA_TOKEN));
    expect(unchanged.body.read).toBeFalse();
  });

  it('lowers facets.unread (the unread count) by one, and the unread filter agrees', async () => {
    const count = async () => (await getJson(documentsUrl(suite.stack, 'current', '?pageSize=1'), bearer(ANNA_TOKEN))).body.facets.unread;
    const before = await count();
    expect(before).toBeGreaterThan(0);
    expect((await patch('OC-100012', ANNA_TOKEN, '{"read":true}')).status).toBe(200);
    expect(await count()).toBe(before - 1);
    expect((await patch('OC-100012', ANNA_TOKEN, '{"read":true}')).status).toBe(200);
    expect(await count()).toBe(before - 1);
    const unread = await getJson(documentsUrl(suite.stack, 'current', '?unread=true&pageSize=1'), bearer(ANNA_TOKEN));
    expect(unread.body.pagination.totalResults).toBe(before - 1);
    // the unread facet ignores the unread filter but honours the others
    const readOnly = await getJson(documentsUrl(suite.stack, 'current', '?unread=false&type=ORDER_CONFIRMATION'), bearer(ANNA_TOKEN));
    expect(readOnly.body.documents.map((d: { number: string }) => d.number)).toEqual(['OC-100012']);
    expect(readOnly.body.facets.unread).toBe(0);
  });

  it("cannot mark another shopper's document, even with the owner's uid in the path (403) or by id (404)", async () => {
    const bens = await getJson(documentsUrl(suite.stack, 'current', '?pageSize=1'), bearer(BEN_TOKEN));
    const response = await fetch(documentsUrl(suite.stack, 'ben.miller@example.com', `/${suite.stack.idOf('TERMS-2026')}`), {
      method: 'PATCH',
      headers: { ...bearer(ANNA_TOKEN), 'Content-Type': 'application/json' },
      body: '{"read":true}',
    });
    expect(response.status).toBe(403);
    expect((await patch('TERMS-2026', ANNA_TOKEN, '{"read":true}')).status).toBe(404);
    const after = await getJson(documentsUrl(suite.stack, 'current', '?pageSize=1'), bearer(BEN_TOKEN));
    expect(after.body.facets.unread).toBe(bens.body.facets.unread);
  });

  it('needs a token', async () => {
    const response = await fetch(documentsUrl(suite.stack, 'current', `/${suite.stack.idOf('SN-100012')}`), {
      method: 'PATCH',
      headers: { 'Content-Type': 'application/json' },
      body: '{"read":true}',
    });
    expect(response.status).toBe(401);
  });
});

import { startFakeCommerce, type FakeCommerce } from '../support/fake-commerce';
import { startFakeExstream, type FakeExstream } from '../support/fake-exstream';
import { ANNA_ORDER, ANNA_TOKEN, BEN_TOKEN, TOKENS } from '../support/fixtures';
import { sharedStorage, type SharedStorage } from '../support/postgres';
import { startProxyProcess, type ProxyProcess } from '../support/proxy-process';
import { bearer, SITE } from '../support/stack';

const LIMIT = 10;
/** a shopper of this spec's own for generation, whose rate-limit budget the first spec does not spend */
const GENERATING = { uid: 'gina.generate@example.com', name: 'Gina Generate' };
const GENERATING_TOKEN = 'gina-3b9e1c77-token-H6tQ';

async function status(url: string, init: RequestInit = {}): Promise<number> {
  const response = await fetch(url, init);
  await response.arrayBuffer();
  return response.status;
}

describe('two proxy processes on one PostgreSQL (limits of the deployment, not of one instance)', () => {
  let commerce: FakeCommerce;
  let exstream: FakeExstream;
  let shared: SharedStorage;
  let a: ProxyProcess;
  let b: ProxyProcess;

  beforeAll(async () => {
    shared = await sharedStorage('two-process');
    commerce = await startFakeCommerce({ ...TOKENS, [GENERATING_TOKEN]: GENERATING }, { [GENERATING.uid]: [{ ...ANNA_ORDER, user: GENERATING }] });
    exstream = await startFakeExstream();
    const env = exstream.env({
      ...shared.env,
      DATA_DIR: shared.dataDir,
      COMMERCE_BASE_URL: commerce.url,
      RATE_LIMIT_MAX: String(LIMIT),
      RATE_LIMIT_WINDOW_MS: '60000',
    });
    // both at once: the migration lock lets one of them create the tables
    [a, b] = await Promise.all([startProxyProcess(env), startProxyProcess(env)]);
  }, 40_000);

  afterAll(async () => {
    a?.kill();
    b?.kill();
    await exstream?.close();
    await commerce?.close();
    await shared?.remove();
  });

  it("counts a user's requests to both instances against one limit, and other users' apart", async () => {
    const list = (p: ProxyProcess) => `${p.baseUrl}/occ/v2/${SITE}/users/current/documents`;
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT + 6; i++) statuses.push(await status(list(i % 2 === 0 ? a : b), { headers: bearer(ANNA_TOKEN) }));
    // per instance, each would have let 8 of 16 through
    expect(statuses.filter((s) => s === 200).length).toBe(LIMIT);
    expect(statuses.slice(LIMIT)).toEqual(Array(6).fill(429));

    const refused = await fetch(list(b), { headers: bearer(ANNA_TOKEN) });
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(Number(refused.headers.get('retry-after'))).toBeLessThanOrEqual(60);
    expect(((await refused.json()) as any).errors[0].type).toBe('TooManyRequestsError');

    expect(await status(list(a), { headers: bearer(BEN_TOKEN) })).toBe(200);
    expect(await status(list(b), { headers: bearer(BEN_TOKEN) })).toBe(200);
  });

  it('makes one Exstream call for two concurrent first generations of one document through different instances', async () => {
    exstream.setDelay(500);
    const generate = (p: ProxyProcess) =>
      fetch(`${p.baseUrl}/occ/v2/${SITE}/users/current/orders/300001/documents`, {
        method: 'POST',
        headers: { ...bearer(GENERATING_TOKEN), 'Content-Type': 'application/json' },
        body: JSON.stringify({ type: 'WARRANTY', entryNumber: 1 }),
      }).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));
    const [fromA, fromB] = await Promise.all([generate(a), generate(b)]);
    expect([fromA.status, fromB.status].sort()).toEqual([200, 201]);
    expect(fromA.body.id).toBe(fromB.body.id);
    expect(exstream.calls.length).toBe(1);
  });
});

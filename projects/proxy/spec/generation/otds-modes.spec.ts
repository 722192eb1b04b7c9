import { startFakeCommerce, type FakeCommerce } from '../support/fake-commerce';
import { startFakeExstream, type FakeExstream, type FakeOtds } from '../support/fake-exstream';
import { ANNA_TOKEN, ORDERS, TOKENS } from '../support/fixtures';
import { startStack, type Stack } from '../support/stack';
import { generate } from './helpers';

describe('OTDS token of each OpenText landscape', () => {
  let commerce: FakeCommerce;
  let exstream: FakeExstream | undefined;
  let stack: Stack | undefined;

  beforeEach(async () => {
    commerce = await startFakeCommerce(TOKENS, ORDERS);
  });

  afterEach(async () => {
    await stack?.close();
    stack = undefined;
    await exstream?.close();
    exstream = undefined;
    await commerce.close();
  });

  const generateWith = async (otds: FakeOtds, env: Record<string, string> = {}) => {
    exstream = await startFakeExstream(otds);
    stack = await startStack({ commerceUrl: commerce.url, env: exstream.env(env) });
    return generate(stack, ANNA_TOKEN, '300001', { type: 'INVOICE' });
  };

  const cases: { name: string; otds: FakeOtds; scope: string | null }[] = [
    { name: 'self-hosted OTDS with a tenant', otds: { mode: 'self-hosted', tenant: 'exd' }, scope: 'otds:groups' },
    { name: 'self-hosted OTDS without tenants', otds: { mode: 'self-hosted' }, scope: 'otds:groups' },
    { name: 'OT2', otds: { mode: 'ot2', tenant: 'exd', subscription: 'shop-docs' }, scope: 'search otds:groups subscription:shop-docs' },
    { name: "OpenText's current cloud", otds: { mode: 'cloud', tenant: '0fd1c6a2-5c1b-4f4e-9d0e-3b7a0c1d2e3f' }, scope: null },
  ];
  for (const c of cases) {
    it(`gets its token from ${c.name}, with the scope that OTDS needs by default`, async () => {
      const result = await generateWith(c.otds);
      expect(result.status).toBe(201);
      expect(exstream!.tokenRequests.length).toBe(1);
      expect(exstream!.tokenRequests[0].form.get('scope')).toBe(c.scope);
      expect(exstream!.calls[0].headers['authorization']).toBe('Bearer otds-token-1');
    });
  }

  it('sends OTDS_SCOPE instead of the default', async () => {
    const result = await generateWith({ mode: 'self-hosted', tenant: 'exd' }, { OTDS_SCOPE: 'otds:groups otds:roles' });
    expect(result.status).toBe(201);
    expect(exstream!.tokenRequests[0].form.get('scope')).toBe('otds:groups otds:roles');
  });

  it('answers 502 with a clear message when OTDS refuses the token request for its scope, without calling Exstream', async () => {
    const result = await generateWith({ mode: 'ot2', tenant: 'exd', subscription: 'shop-docs' }, { OTDS_SCOPE: 'otds:groups' });
    expect(result.status).toBe(502);
    expect(result.body.errors[0].message).toContain('OTDS refused the token request for client credentials with scope "otds:groups": HTTP 400 (invalid_scope)');
    expect(exstream!.calls.length).toBe(0);
  });
});

import { Writable } from 'node:stream';
import { startFakeCommerce, unusedUrl, type FakeCommerce } from '../support/fake-commerce';
import { ANNA_TOKEN, BEN_TOKEN, DEMO_BATCH, TOKENS, UNKNOWN_TOKEN } from '../support/fixtures';
import { bearer, documentsUrl, getJson, startStack, type Stack } from '../support/stack';

class CapturingStream extends Writable {
  readonly lines: string[] = [];
  override _write(chunk: Buffer, _encoding: BufferEncoding, done: () => void): void {
    this.lines.push(...chunk.toString('utf8').split('\n').filter((l) => l !== ''));
    done();
  }
  get text(): string {
    return this.lines.join('\n');
  }
}

describe('logs', () => {
  let commerce: FakeCommerce;
  let stack: Stack;
  let down: Stack;
  const logs = new CapturingStream();

  beforeAll(async () => {
    commerce = await startFakeCommerce(TOKENS);
    stack = await startStack({ commerceUrl: commerce.url, batch: DEMO_BATCH, logStream: logs, logLevel: 'trace' });
    down = await startStack({ commerceUrl: await unusedUrl(), batch: [], logStream: logs, logLevel: 'trace' });
  });

  afterAll(async () => {
    await stack.close();
    await down.close();
    await commerce.close();
  });

  it('are JSON lines with a request id and never contain a bearer token', async () => {
    const requestId = 'log-spec-request-1';
    await getJson(documentsUrl(stack), { ...bearer(ANNA_TOKEN), 'X-Request-Id': requestId });
    await getJson(documentsUrl(stack), { Authorization: `bearer ${BEN_TOKEN}` });
    await getJson(documentsUrl(stack), bearer(UNKNOWN_TOKEN));
    await getJson(documentsUrl(stack), { Authorization: `Basic ${ANNA_TOKEN}` });
    await getJson(documentsUrl(stack, 'someone.else@example.com'), bearer(ANNA_TOKEN));
    await getJson(documentsUrl(stack, 'current', '?pageSize=0'), bearer(ANNA_TOKEN));
    await getJson(`${documentsUrl(stack)}?access_token=${ANNA_TOKEN}`, bearer(ANNA_TOKEN));
    const content = await fetch(documentsUrl(stack, 'current', `/${stack.idOf('OC-100012')}/content`), {
      headers: bearer(ANNA_TOKEN),
    });
    await content.arrayBuffer();
    await getJson(documentsUrl(down), bearer(ANNA_TOKEN));
    await new Promise((resolve) => setTimeout(resolve, 50));

    expect(logs.lines.length).toBeGreaterThan(15);
    const entries = logs.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const mine = entries.filter((e) => e['requestId'] === requestId);
    expect(mine.map((e) => e['msg'])).toEqual(jasmine.arrayContaining(['incoming request', 'request completed']));
    expect(entries.some((e) => e['msg'] === 'request failed')).toBeTrue();
    expect(logs.text).toContain('access_token=[redacted]');

    for (const token of [ANNA_TOKEN, BEN_TOKEN, UNKNOWN_TOKEN]) {
      expect(logs.text).not.toContain(token);
    }
    expect(logs.text.toLowerCase()).not.toContain('authorization');
  });

  it('never contain cookies, the signed-link secret or link signatures', async () => {
    const secret = 'logging-spec-link-secret-5b1d7c9e2f4a';
    const cookie = 'session-cookie-value-8e2b5d';
    const linkLogs = new CapturingStream();
    const linked = await startStack({
      commerceUrl: commerce.url,
      batch: DEMO_BATCH,
      env: { SIGNED_LINK_SECRET: secret },
      logStream: linkLogs,
      logLevel: 'trace',
    });
    try {
      const id = linked.idOf('OC-100012');
      const created = await fetch(documentsUrl(linked, 'current', `/${id}/links`), {
        method: 'POST',
        headers: { ...bearer(ANNA_TOKEN), Cookie: `JSESSIONID=${cookie}` },
      });
      const { url } = (await created.json()) as { url: string };
      const signature = new URL(url, linked.baseUrl).searchParams.get('signature') ?? '';
      expect(signature.length).toBe(43);
      await (await fetch(`${linked.baseUrl}${url}`, { headers: { Cookie: `JSESSIONID=${cookie}` } })).arrayBuffer();
      await (await fetch(`${linked.baseUrl}${url.replace('expires=', 'expires=1')}`)).arrayBuffer();
      await new Promise((resolve) => setTimeout(resolve, 50));

      expect(linkLogs.lines.length).toBeGreaterThan(5);
      expect(linkLogs.text).toContain('signature=[redacted]');
      for (const secretValue of [secret, cookie, signature, ANNA_TOKEN]) {
        expect(linkLogs.text).not.toContain(secretValue);
      }
      expect(linkLogs.text.toLowerCase()).not.toContain('cookie');
    } finally {
      await linked.close();
    }
  });

  it('warn at start when signed links use a random key', async () => {
    const startLogs = new CapturingStream();
    const ephemeral = await startStack({ commerceUrl: commerce.url, batch: [], logStream: startLogs });
    try {
      const warning = startLogs.lines.map((l) => JSON.parse(l) as { level: number; msg: string }).find((e) => e.msg.includes('SIGNED_LINK_SECRET'));
      expect(warning?.level).toBe(40);
    } finally {
      await ephemeral.close();
    }
  });
});

import { PassThrough } from 'node:stream';
import { FailingContentStore, SECRET_PATH } from '../support/failing-content-store';
import { ANNA_TOKEN, DEMO_BATCH } from '../support/fixtures';
import { bearer, documentsUrl, getJson } from '../support/stack';
import { stackForSuite } from '../support/suite-stack';

describe('logging of a store outage', () => {
  let lines: Record<string, unknown>[] = [];
  const logs = new PassThrough();
  logs.on('data', (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n').filter((l) => l.trim() !== '')) lines.push(JSON.parse(line));
  });
  let content: FailingContentStore;
  const suite = stackForSuite({ batch: DEMO_BATCH, logStream: logs, logLevel: 'info', wrapContent: (inner) => (content = new FailingContentStore(inner)) });

  it('writes one warning per 503 with the store part and error code, no stack, and nothing at error level', async () => {
    const { stack } = suite;
    const url = documentsUrl(stack, 'current', `/${stack.idOf('INV-2026-100012')}/content`);
    content.failing = 'EIO';
    lines = [];
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) {
      const answer = await getJson(url, bearer(ANNA_TOKEN));
      expect(answer.status).toBe(503);
    }
    content.failing = undefined;
    await new Promise((resolve) => setImmediate(resolve));

    const warnings = lines.filter((l) => l['msg'] === 'request answered 503: store unavailable');
    expect(warnings.length).toBe(3);
    for (const w of warnings) {
      expect(w['level']).toBe(40);
      expect(w['storePart']).toBe('content');
      expect(w['code']).toBe('EIO');
      expect(w['err']).toBeUndefined();
      expect(JSON.stringify(w)).not.toContain('    at ');
      ids.push(String(w['requestId']));
    }
    expect(new Set(ids).size).toBe(3);
    expect(lines.filter((l) => (l['level'] as number) >= 50)).toEqual([]);
    // the operator's log may name the path (it is the operator's); the shopper's answer never does (content-store-faults.spec)
    expect(warnings[0]['reason']).toContain(SECRET_PATH);
  });
});

import { createHash } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { openContentStore } from '../../src/compose';
import { loadConfig } from '../../src/config';
import { crashTargetName, postgresTarget, sqliteTarget, type CrashTarget } from '../support/crash-target';
import { startFakeCommerce, type FakeCommerce } from '../support/fake-commerce';
import { PUSH_PATH, startFakeExstream, type FakeExstream } from '../support/fake-exstream';
import { BEN_TOKEN, TOKENS } from '../support/fixtures';
import { INTEGRATION_ENV } from '../support/ingest-client';
import { emptyAcknowledged, ingest, mixedLoad, type Acknowledged } from '../support/mixed-load';
import { startProxyProcess } from '../support/proxy-process';
import { bearer, SITE } from '../support/stack';
import { until } from '../support/until';

const VERIFY = path.resolve(__dirname, '../../src/cli/audit-verify.js');
const KILLS = 3;
/** CRASH_SEED replays the kill moments of a run. */
const SEED = Number(process.env['CRASH_SEED'] ?? Math.floor(Math.random() * 2 ** 31));

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => ((state = (Math.imul(state, 1664525) + 1013904223) >>> 0) / 2 ** 32);
}

function describeCrashUnderLoad(open: () => CrashTarget | Promise<CrashTarget>, name: string): void {
  describe(`proxy SIGKILLed ${KILLS} times under mixed load (${name}, seed ${SEED}; CRASH_SEED replays it)`, () => {
    let target: CrashTarget;
    let commerce: FakeCommerce;
    let exstream: FakeExstream;
    const acks: Acknowledged = emptyAcknowledged();
    const serverErrors: string[] = [];
    const killedAfterMs: number[] = [];
    let rerunStatuses: number[] = [];
    let finalPreferences: unknown[] = [];

    beforeAll(async () => {
      target = await open();
      commerce = await startFakeCommerce(TOKENS);
      exstream = await startFakeExstream();
      const env = exstream.env({
        ...target.env,
        ...INTEGRATION_ENV,
        COMMERCE_BASE_URL: commerce.url,
        RATE_LIMIT_MAX: '1000000',
        PREFERENCES_PUSH_URL: `${exstream.url}${PUSH_PATH}`,
        PREFERENCES_PUSH_POLL_MS: '50',
        PREFERENCES_PUSH_RETRY_BASE_MS: '50',
        PREFERENCES_PUSH_RETRY_MAX_MS: '200',
        PREFERENCES_PUSH_TIMEOUT_MS: '1000',
        PREFERENCES_PUSH_LEASE_MS: '2000',
      });
      const next = random(SEED);
      for (let kill = 0; kill < KILLS; kill++) {
        const proxy = await startProxyProcess(env);
        let running = true;
        const load = mixedLoad(() => proxy.baseUrl, () => running, acks, serverErrors);
        const started = Date.now();
        // under load for sure (a busy machine may need a while for the first answers), then a seeded moment
        const answersBefore = acks.answers;
        await until('the load is answered', async () => acks.answers - answersBefore >= 20, 30_000);
        await new Promise((resolve) => setTimeout(resolve, Math.floor(next() * 1800)));
        const after = Date.now() - started;
        const exited = new Promise((resolve) => proxy.child.once('exit', resolve));
        // the load stops with the kill: only requests in flight at that moment go unanswered
        running = false;
        proxy.child.kill('SIGKILL');
        await exited;
        await load;
        killedAfterMs.push(after);
      }
      // after the last restart: what was sent without an answer is sent again (idempotent ingest), the outbox drains
      const proxy = await startProxyProcess(env);
      try {
        rerunStatuses = [];
        for (const number of [...acks.unansweredIngests]) {
          const { status, id } = await ingest(proxy.baseUrl, number);
          rerunStatuses.push(status);
          if (id) acks.ingests.set(number, id);
        }
        await until(
          'every outbox row is SENT or SUPERSEDED',
          async () => (await target.rows<{ n: number | string }>("SELECT COUNT(*) AS n FROM preference_outbox WHERE status NOT IN ('SENT', 'SUPERSEDED')"))[0].n == 0,
          15_000,
        ).catch(async (error: Error) => {
          const unsent = await target.rows("SELECT id, status, attempts, last_error, claimed_by, claim_expires_at, next_attempt_at FROM preference_outbox WHERE status NOT IN ('SENT', 'SUPERSEDED')");
          throw new Error(`${error.message}: ${JSON.stringify(unsent)}; proxy log: ${proxy.output().slice(-1500)}`);
        });
        const stored = await fetch(`${proxy.baseUrl}/occ/v2/${SITE}/users/current/communicationPreferences`, { headers: bearer(BEN_TOKEN) });
        finalPreferences = ((await stored.json()) as { preferences: unknown[] }).preferences;
      } finally {
        await proxy.terminate();
      }
      process.stdout.write(
        `\ncrash under load (${name}): seed ${SEED}, killed after ${killedAfterMs.join(', ')} ms; ${acks.ingests.size} ingests, ` +
          `${acks.events.size} events, ${acks.preferenceSaves} preference saves acknowledged; ${rerunStatuses.length} unanswered ingests sent again\n`,
      );
    }, 90_000);

    afterAll(async () => {
      await exstream?.close();
      await commerce?.close();
      await target?.remove();
      if (target) fs.rmSync(target.dataDir, { recursive: true, force: true });
    });

    it('was under load at every kill, and a living process answered no 5xx', () => {
      expect(killedAfterMs.length).toBe(KILLS);
      expect(acks.answers).toBeGreaterThan(50);
      expect(acks.ingests.size).toBeGreaterThan(KILLS);
      expect(serverErrors).toEqual([]);
    });

    it('keeps every acknowledged ingest exactly once, and a resent unanswered one is stored once too', async () => {
      const rows = await target.rows<{ number: string; id: string }>("SELECT number, id FROM documents WHERE number LIKE 'CRASH-%'");
      const byNumber = new Map<string, string[]>();
      for (const r of rows) byNumber.set(r.number, [...(byNumber.get(r.number) ?? []), r.id]);
      for (const [number, id] of acks.ingests) expect(byNumber.get(number)).withContext(number).toEqual([id]);
      expect(rows.length).toBe(acks.ingests.size);
      expect(rerunStatuses.every((s) => s === 200 || s === 201)).withContext(JSON.stringify(rerunStatuses)).toBeTrue();
    });

    it('keeps every acknowledged delivery event exactly once', async () => {
      const rows = await target.rows<{ event_id: string }>('SELECT event_id FROM delivery_events');
      const stored = rows.map((r) => r.event_id);
      expect(new Set(stored).size).toBe(stored.length);
      expect([...acks.events].filter((id) => !stored.includes(id))).toEqual([]);
    });

    it("serves every stored document's bytes as its SHA-256 and size say", async () => {
      const content = openContentStore(loadConfig({ ...target.env }, target.dataDir));
      const rows = await target.rows<{ id: string; sha256: string; size: number | string }>('SELECT id, sha256, size FROM documents');
      expect(rows.length).toBe(acks.ingests.size);
      const wrong: string[] = [];
      for (const row of rows) {
        const { stream } = await content.open(row.sha256);
        const hash = createHash('sha256');
        let size = 0;
        for await (const chunk of stream) {
          hash.update(chunk as Buffer);
          size += (chunk as Buffer).length;
        }
        if (hash.digest('hex') !== row.sha256 || size !== Number(row.size)) wrong.push(row.id);
      }
      expect(wrong).toEqual([]);
    });

    it('leaves an audit chain that npm run audit:verify accepts, with one INGEST event per document', async () => {
      const verify = spawnSync(process.execPath, [VERIFY], { env: { PATH: process.env['PATH'] ?? '', ...target.env }, encoding: 'utf8', timeout: 20_000 });
      expect(verify.stdout).toContain('Audit trail OK');
      expect(verify.status).toBe(0);
      const ingests = await target.rows<{ n: number | string }>("SELECT COUNT(DISTINCT document_id) AS n FROM audit_events WHERE action = 'INGEST'");
      expect(Number(ingests[0].n)).toBe(acks.ingests.size);
    });

    it('delivers every acknowledged preference change: each outbox row pushed under its own Idempotency-Key or superseded by a newer pushed one, the last push the stored state', async () => {
      const rows = await target.rows<{ id: string; status: string; created_at: number | string }>('SELECT id, status, created_at FROM preference_outbox');
      expect(acks.preferenceSaves).toBeGreaterThan(0);
      expect(rows.length).toBeGreaterThanOrEqual(acks.preferenceSaves);
      expect(rows.length).toBeLessThanOrEqual(acks.preferenceSaves + acks.unansweredSaves);
      const accepted = exstream.acceptedKeys();
      const sent = rows.filter((r) => r.status === 'SENT');
      expect(rows.filter((r) => r.status !== 'SENT' && r.status !== 'SUPERSEDED')).toEqual([]);
      expect(sent.filter((r) => !accepted.has(r.id)).map((r) => r.id)).toEqual([]);
      // a full-state push makes an older waiting change redundant: it is superseded only by a newer row that was sent
      const newestSent = Math.max(...sent.map((r) => Number(r.created_at)));
      expect(rows.filter((r) => r.status === 'SUPERSEDED' && Number(r.created_at) > newestSent)).toEqual([]);
      expect([...accepted.keys()].filter((key) => !rows.some((r) => r.id === key))).toEqual([]);
      const bodies = new Map<string, string>();
      for (const push of exstream.pushes.filter((p) => p.key !== undefined)) {
        const body = JSON.stringify(push.body);
        expect(bodies.get(push.key!) ?? body).withContext(push.key!).toBe(body);
        bodies.set(push.key!, body);
      }
      const newest = [...rows].sort((a, b) => Number(b.created_at) - Number(a.created_at))[0];
      expect(newest.status).toBe('SENT');
      const lastPush = exstream.pushes.filter((p) => p.key === newest.id).pop()!;
      const channelOf = (preferences: unknown) => (preferences as { category: string; channel: string }[]).find((p) => p.category === 'BILLING')?.channel;
      expect(channelOf(lastPush.body.preferences)).toBe(channelOf(finalPreferences));
    });
  });
}

describeCrashUnderLoad(sqliteTarget, crashTargetName.sqlite);
describeCrashUnderLoad(postgresTarget, crashTargetName.postgres);

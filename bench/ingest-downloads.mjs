// bench:ingest's downloads: the proxy started on an ingested store, and the bytes fetched through it.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { cpuMsOf, freePort, HOST, proxyDist, SITE, TOKEN, waitForHttp } from './bench-support.mjs';

/** Ingests a one-document batch and answers that document's id. */
export function documentIdOf(batch, env, work) {
  const reportFile = path.join(work, `report-${randomBytes(4).toString('hex')}.json`);
  const run = spawnSync(process.execPath, [path.join(proxyDist, 'cli/ingest.js'), batch.dir, `--report=${reportFile}`], {
    env: { PATH: process.env.PATH, ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (run.status !== 0) throw new Error(`ingest of ${batch.dir} failed: ${run.stderr}`);
  return JSON.parse(fs.readFileSync(reportFile, 'utf8')).imported[0].id;
}

async function startProxy(env, commerceUrl) {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(proxyDist, 'main.js')], {
    env: { PATH: process.env.PATH, ...env, PORT: String(port), HOST, COMMERCE_BASE_URL: commerceUrl, LOG_LEVEL: 'warn', RATE_LIMIT_MAX: '1000000', SIGNED_LINK_SECRET: randomBytes(24).toString('hex') },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://${HOST}:${port}`;
  await waitForHttp(`${base}/health/ready`, 'the proxy', child);
  return { base, pid: child.pid, stop: () => new Promise((resolve) => (child.once('exit', resolve), child.kill('SIGTERM'))) };
}

/** GET that follows one redirect (to the SAS URL) and counts the body's bytes. */
async function download(url, headers) {
  let response = await fetch(url, { headers, redirect: 'manual' });
  if (response.status === 302) response = await fetch(response.headers.get('location'));
  if (response.status !== 200) throw new Error(`download answered ${response.status}`);
  let bytes = 0;
  for await (const chunk of response.body) bytes += chunk.length;
  return bytes;
}

/** `count` downloads, `concurrency` at a time: MB/s and the proxy's CPU ms per download. */
async function measureDownloads(proxy, documentId, { count, concurrency, signed }) {
  const bearer = { Authorization: `Bearer ${TOKEN}` };
  const contentUrl = `${proxy.base}/occ/v2/${SITE}/users/current/documents/${documentId}/content`;
  const cpuBefore = cpuMsOf(proxy.pid);
  const started = performance.now();
  const deadline = Date.now() + 120_000;
  let next = 0;
  let bytes = 0;
  await Promise.all(Array.from({ length: concurrency }, async () => {
    while (next < count && Date.now() < deadline) {
      next++;
      if (signed) {
        const link = await fetch(`${proxy.base}/occ/v2/${SITE}/users/current/documents/${documentId}/links`, { method: 'POST', headers: bearer });
        const { url } = await link.json();
        bytes += await download(`${proxy.base}${url}`, {});
      } else {
        bytes += await download(contentUrl, bearer);
      }
    }
  }));
  const ms = performance.now() - started;
  return { downloads: next, mbPerSecond: bytes / 1e6 / (ms / 1000), cpuMsPerDownload: (cpuMsOf(proxy.pid) - cpuBefore) / next };
}

export async function downloadFigures(env, ids, commerceUrl) {
  const results = [];
  for (const delivery of ['proxy', 'redirect']) {
    const proxy = await startProxy({ ...env, DOCUMENT_DELIVERY: delivery }, commerceUrl);
    try {
      for (const [label, id, count] of [['20 MB', ids.large, 20], ['50 KB', ids.small, 100]]) {
        // streamed: bearer-token content requests; redirect: a signed link each (POST links + 302), bytes from Azurite
        const signed = delivery === 'redirect';
        await measureDownloads(proxy, id, { count: 8, concurrency: 4, signed }); // warm-up, not counted
        const figure = await measureDownloads(proxy, id, { count, concurrency: 4, signed });
        results.push({ delivery, label, ...figure });
      }
    } finally {
      await proxy.stop();
    }
  }
  return results;
}

// What the soak samples of the proxy: RSS and open file descriptors from /proc (Linux), and the
// JavaScript heap from the proxy's own Prometheus metrics, to tell a JavaScript leak from native memory.
import * as fs from 'node:fs';

function statusKb(pid, field) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(new RegExp(`${field}:\\s+(\\d+)\\s+kB`).exec(status)?.[1] ?? NaN);
}

export function rssMb(pid) {
  return statusKb(pid, 'VmRSS') / 1024;
}

/** The part of RSS that is file pages (mapped files), not allocated memory. */
export function rssFileMb(pid) {
  return statusKb(pid, 'RssFile') / 1024;
}

export function openFds(pid) {
  return fs.readdirSync(`/proc/${pid}/fd`).length;
}

/** Used and committed JavaScript heap, and memory held outside it by JavaScript objects (Buffers), in MB. */
export async function heapMb(proxyUrl) {
  const text = await (await fetch(`${proxyUrl}/metrics`)).text();
  const gauge = (name) => Number(new RegExp(`^exd_proxy_${name}(?:\\{[^}]*\\})? ([0-9.e+]+)$`, 'm').exec(text)?.[1] ?? NaN) / 2 ** 20;
  return {
    heapUsed: gauge('nodejs_heap_size_used_bytes'),
    heapTotal: gauge('nodejs_heap_size_total_bytes'),
    external: gauge('nodejs_external_memory_bytes'),
  };
}

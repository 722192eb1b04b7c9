// Measuring bench:proxy's servers: whole-body requests, medians of rounds, resident memory.
import * as fs from 'node:fs';
import * as http from 'node:http';

/** One GET; counts the body without keeping it (warm-up and the byte-exact check of each server). */
export function request(url, headers) {
  return new Promise((resolve, reject) => {
    const req = http.get(url, { headers }, (res) => {
      let bytes = 0;
      res.on('data', (chunk) => {
        bytes += chunk.length;
      });
      res.on('end', () => resolve({ status: res.statusCode, bytes }));
      res.on('error', reject);
    });
    req.setTimeout(60_000, () => req.destroy(new Error('request timed out')));
    req.on('error', reject);
  });
}

export async function expectWholeBody(url, headers, expectBytes) {
  const answer = await request(url, headers);
  if (answer.status !== 200 || answer.bytes !== expectBytes) throw new Error(`${url}: ${answer.status} with ${answer.bytes} bytes, expected 200 with ${expectBytes}`);
}

/** The run with the median `key`, with the requests and the CPU per request of all runs, and every run's `key`. */
export function median(runs, key) {
  const sorted = [...runs].sort((a, b) => a[key] - b[key]);
  const requests = runs.reduce((sum, r) => sum + r.requests, 0);
  return {
    ...sorted[Math.floor(sorted.length / 2)],
    requests,
    serverCpuMsPerRequest: runs.reduce((sum, r) => sum + r.serverCpuMsPerRequest * r.requests, 0) / requests,
    rounds: runs.map((r) => r[key]),
  };
}

export function rssOf(pid) {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

export function childPids(pid) {
  try {
    return fs.readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

/** Samples the summed RSS of `pids()` every 25 ms while `work` runs; returns the peak. */
export async function peakRssDuring(pids, work) {
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, pids().reduce((sum, pid) => sum + rssOf(pid), 0));
  };
  const timer = setInterval(sample, 25);
  try {
    sample();
    await work();
    sample();
  } finally {
    clearInterval(timer);
  }
  return peak;
}

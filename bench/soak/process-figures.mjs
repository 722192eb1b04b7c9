// RSS and open file descriptors of a process, from /proc (Linux).
import * as fs from 'node:fs';

export function rssMb(pid) {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)\s+kB/.exec(status)?.[1] ?? NaN);
  return kb / 1024;
}

export function openFds(pid) {
  return fs.readdirSync(`/proc/${pid}/fd`).length;
}

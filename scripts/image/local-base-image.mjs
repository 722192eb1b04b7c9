// A stand-in for `node:20-bookworm-slim` made from Debian packages, for machines that can reach
// Debian's archive and the npm registry but no container registry: a `debootstrap --variant=minbase
// bookworm` root with this machine's Node.js 20 (binary, headers, npm) under /usr/local, where the
// official node images keep them. Debian bookworm's own nodejs is 18, too old for the proxy.
// When this machine reaches the registry through a TLS-inspecting proxy, its CA bundle
// (NODE_EXTRA_CA_CERTS) goes into the image too, as a company's own base image would carry it.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readlinkSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const LOCAL_BASE_IMAGE = 'localhost/exd-base:bookworm-node20';
const WORK_DIR = process.env.EXD_IMAGE_WORK_DIR ?? '/var/tmp/exd-image';

function sh(command, options = {}) {
  const result = spawnSync('sh', ['-c', command], { stdio: 'inherit', ...options });
  if (result.status !== 0) throw new Error(`failed (${result.status}): ${command}`);
}

const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0;

/** podman, its OCI runtime and debootstrap from Debian when missing (needs root, as in CI). */
export function ensureTools(say, runtime) {
  const missing = ['podman', runtime, 'debootstrap'].filter((tool) => !has(tool));
  if (missing.length === 0) return;
  say(`installing ${missing.join(', ')} (apt-get)`);
  sh('apt-get update');
  sh(`DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${missing.join(' ')}`);
}

/** The host's Node.js installation: the binary and the prefix holding include/node and lib/node_modules/npm. */
function hostNode() {
  const binary = realpathSync(process.execPath);
  const prefix = dirname(dirname(binary));
  for (const needed of ['include/node/node.h', 'lib/node_modules/npm/bin/npm-cli.js']) {
    if (!existsSync(join(prefix, needed))) throw new Error(`the host's Node.js has no ${needed} under ${prefix}`);
  }
  return { binary, prefix };
}

export function ensureLocalBaseImage(say) {
  if (spawnSync('podman', ['image', 'exists', LOCAL_BASE_IMAGE]).status === 0) {
    say(`base image ${LOCAL_BASE_IMAGE} exists`);
    return LOCAL_BASE_IMAGE;
  }
  const rootfs = join(WORK_DIR, 'rootfs');
  if (!existsSync(join(rootfs, 'usr/bin/apt-get'))) {
    say(`debootstrap --variant=minbase bookworm ${rootfs}`);
    rmSync(rootfs, { recursive: true, force: true });
    mkdirSync(WORK_DIR, { recursive: true });
    sh(`debootstrap --variant=minbase bookworm ${rootfs} http://deb.debian.org/debian`);
  }
  const { binary, prefix } = hostNode();
  say(`adding Node.js ${process.version} from ${prefix}`);
  const local = join(rootfs, 'usr/local');
  mkdirSync(join(local, 'bin'), { recursive: true });
  cpSync(binary, join(local, 'bin/node'));
  cpSync(join(prefix, 'include/node'), join(local, 'include/node'), { recursive: true });
  cpSync(join(prefix, 'lib/node_modules/npm'), join(local, 'lib/node_modules/npm'), { recursive: true, dereference: true });
  for (const [name, target] of [['npm', '../lib/node_modules/npm/bin/npm-cli.js'], ['npx', '../lib/node_modules/npm/bin/npx-cli.js']]) {
    const link = join(local, 'bin', name);
    if (existsSync(link) && readlinkSync(link) === target) continue;
    rmSync(link, { force: true });
    symlinkSync(target, link);
  }
  const changes = ['ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'CMD ["node"]'];
  const hostCa = process.env.NODE_EXTRA_CA_CERTS;
  if (hostCa && existsSync(hostCa)) {
    mkdirSync(join(local, 'share/ca-certificates'), { recursive: true });
    cpSync(hostCa, join(local, 'share/ca-certificates/host-ca-bundle.crt'));
    changes.push('ENV NODE_EXTRA_CA_CERTS=/usr/local/share/ca-certificates/host-ca-bundle.crt');
    say(`adding the CA bundle ${hostCa} (NODE_EXTRA_CA_CERTS)`);
  }
  rmSync(join(rootfs, 'var/cache/apt/archives'), { recursive: true, force: true });
  mkdirSync(join(rootfs, 'var/cache/apt/archives/partial'), { recursive: true });
  say(`importing ${rootfs} as ${LOCAL_BASE_IMAGE}`);
  const changeArgs = changes.map((change) => `--change '${change}'`).join(' ');
  sh(`tar -C ${rootfs} -c . | podman import ${changeArgs} - ${LOCAL_BASE_IMAGE}`);
  return LOCAL_BASE_IMAGE;
}

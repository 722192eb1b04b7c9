import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

export interface SelfSignedCert {
  /** PEM; being self-signed it is its own CA, e.g. for NODE_EXTRA_CA_CERTS */
  certPath: string;
  keyPath: string;
}

/** A certificate for 127.0.0.1 and localhost, valid for a day, made with `openssl` in `dir`. */
export function selfSignedCert(dir: string): SelfSignedCert {
  const certPath = path.join(dir, 'cert.pem');
  const keyPath = path.join(dir, 'key.pem');
  try {
    execFileSync('openssl', [
      'req', '-x509', '-nodes', '-days', '1',
      '-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1',
      '-subj', '/CN=127.0.0.1',
      '-addext', 'subjectAltName=IP:127.0.0.1,DNS:localhost',
      '-keyout', keyPath, '-out', certPath,
    ], { stdio: ['ignore', 'ignore', 'pipe'] });
  } catch (error) {
    throw new Error(`could not make a self-signed certificate with openssl (is it installed?): ${(error as Error).message}`);
  }
  return { certPath, keyPath };
}

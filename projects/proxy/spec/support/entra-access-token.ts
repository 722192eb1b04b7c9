import { randomBytes, randomUUID } from 'node:crypto';

export const STORAGE_RESOURCE = 'https://storage.azure.com';

/** The identity a token is issued to: its object id and its tenant. */
export interface TokenIdentity {
  oid: string;
  tid: string;
}

export function newTokenIdentity(): TokenIdentity {
  return { oid: randomUUID(), tid: randomUUID() };
}

/**
 * A JWT with the claims Entra ID puts in an access token for `audience`, signed with nothing real:
 * Azurite's `--oauth basic` checks audience, issuer and lifetime (nbf, exp, iat), not the signature;
 * `oid` and `tid` name the identity a user delegation key is issued to.
 */
export function accessToken(identity: TokenIdentity, audience: string, expiresOnSeconds: number): string {
  const now = Math.floor(Date.now() / 1000);
  const header = { typ: 'JWT', alg: 'RS256' };
  const claims = {
    aud: audience,
    iss: `https://sts.windows.net/${identity.tid}/`,
    // a minute back: Azurite compares nbf with its own clock
    iat: now - 60,
    nbf: now - 60,
    exp: expiresOnSeconds,
    oid: identity.oid,
    sub: identity.oid,
    tid: identity.tid,
  };
  return [base64url(JSON.stringify(header)), base64url(JSON.stringify(claims)), randomBytes(32).toString('base64url')].join('.');
}

function base64url(text: string): string {
  return Buffer.from(text).toString('base64url');
}

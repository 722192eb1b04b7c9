import { createCipheriv, createDecipheriv, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export type LinkDisposition = 'inline' | 'attachment';

/** What a signed link grants: one document, for one user, in one disposition, until `expires`. */
export interface LinkGrant {
  baseSiteId: string;
  documentId: string;
  /** owner key (normalised uid) of the user the link was issued to */
  userKey: string;
  disposition: LinkDisposition;
  /** Unix time in seconds */
  expires: number;
  /** owner key of the customer-service agent who asked for the link on the user's behalf */
  assistedBy?: string;
}

const SIGNATURE = /^[A-Za-z0-9_-]{43}$/;

/**
 * HMAC-SHA256 signatures for download links that need no Authorization header.
 * The signature covers every field of the grant, so changing any of them invalidates it.
 */
export class LinkSigner {
  private constructor(
    private readonly key: Buffer,
    /** true when the key was made at start (links do not survive a restart or reach another instance) */
    readonly ephemeral: boolean,
  ) {}

  static fromSecret(secret: string | undefined): LinkSigner {
    return secret === undefined
      ? new LinkSigner(randomBytes(32), true)
      : new LinkSigner(Buffer.from(secret, 'utf8'), false);
  }

  sign(grant: LinkGrant): string {
    return this.mac(grant).toString('base64url');
  }

  /** Constant-time check of a presented signature against the grant it claims. */
  verify(grant: LinkGrant, signature: string): boolean {
    if (!SIGNATURE.test(signature)) return false;
    const presented = Buffer.from(signature, 'base64url');
    // the last character's two low bits are padding: only the one canonical spelling is the signature
    if (presented.toString('base64url') !== signature) return false;
    const expected = this.mac(grant);
    return presented.length === expected.length && timingSafeEqual(presented, expected);
  }

  /**
   * The agent of an assisted link, encrypted (AES-256-GCM) so that the link names nobody in clear;
   * `openAgent` answers undefined for anything this signer did not seal.
   */
  sealAgent(agentKey: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.agentKey(), iv);
    const sealed = Buffer.concat([cipher.update(agentKey, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
  }

  openAgent(sealed: string): string | undefined {
    const bytes = Buffer.from(sealed, 'base64url');
    if (bytes.length < 29 || bytes.length > 300) return undefined;
    try {
      const decipher = createDecipheriv('aes-256-gcm', this.agentKey(), bytes.subarray(0, 12));
      decipher.setAuthTag(bytes.subarray(12, 28));
      return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
    } catch {
      return undefined;
    }
  }

  private agentKey(): Buffer {
    return createHmac('sha256', this.key).update('assisted-link-agent', 'utf8').digest();
  }

  private mac(grant: LinkGrant): Buffer {
    // A JSON array keeps the field boundaries unambiguous whatever the fields contain.
    const fields: unknown[] = ['v1', grant.baseSiteId, grant.documentId, grant.userKey, grant.disposition, grant.expires];
    if (grant.assistedBy !== undefined) fields.push('assistedBy', grant.assistedBy);
    return createHmac('sha256', this.key).update(JSON.stringify(fields), 'utf8').digest();
  }
}

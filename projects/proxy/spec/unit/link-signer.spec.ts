import { LinkSigner, type LinkGrant } from '../../src/links/link-signer';

describe('LinkSigner', () => {
  const grant: LinkGrant = {
    baseSiteId: 'electronics-spa',
    documentId: 'doc-1',
    userKey: 'anna.schmidt@example.com',
    disposition: 'inline',
    expires: 1_900_000_000,
  };
  const signer = LinkSigner.fromSecret('a-test-secret-that-is-long-enough-0123456789');

  it('accepts its own signature, which is 43 base64url characters', () => {
    const signature = signer.sign(grant);
    expect(signature).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(signer.verify(grant, signature)).toBeTrue();
    expect(signer.ephemeral).toBeFalse();
  });

  it('rejects the signature when any field of the grant changes', () => {
    const signature = signer.sign(grant);
    const changes: Partial<LinkGrant>[] = [
      { baseSiteId: 'apparel-uk' },
      { documentId: 'doc-2' },
      { userKey: 'ben.miller@example.com' },
      { disposition: 'attachment' },
      { expires: grant.expires + 1 },
    ];
    for (const change of changes) {
      expect(signer.verify({ ...grant, ...change }, signature)).withContext(JSON.stringify(change)).toBeFalse();
    }
  });

  it('rejects tampered, truncated and foreign signatures', () => {
    const signature = signer.sign(grant);
    const flipped = (signature[0] === 'A' ? 'B' : 'A') + signature.slice(1);
    expect(signer.verify(grant, flipped)).toBeFalse();
    expect(signer.verify(grant, signature.slice(0, 42))).toBeFalse();
    expect(signer.verify(grant, '')).toBeFalse();
    const other = LinkSigner.fromSecret('another-secret-that-is-long-enough-987654321');
    expect(other.verify(grant, signature)).toBeFalse();
  });

  it('makes a random key when no secret is configured', () => {
    const a = LinkSigner.fromSecret(undefined);
    const b = LinkSigner.fromSecret(undefined);
    expect(a.ephemeral).toBeTrue();
    expect(b.verify(grant, a.sign(grant))).toBeFalse();
  });
});

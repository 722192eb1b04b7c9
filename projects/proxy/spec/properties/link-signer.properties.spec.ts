import { LinkSigner, type LinkGrant } from '../../src/links/link-signer';
import { anyUtf16, fc } from '../support/property';

const grant: fc.Arbitrary<LinkGrant> = fc.record({
  baseSiteId: anyUtf16(20),
  documentId: anyUtf16(40),
  userKey: anyUtf16(40),
  disposition: fc.constantFrom('inline' as const, 'attachment' as const),
  expires: fc.integer({ min: 0, max: 999_999_999_999 }),
});
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.split('');
const signer = LinkSigner.fromSecret('property-secret-0123456789abcdefghij');

describe('signed-link HMAC (properties)', () => {
  it('verifies every grant it signed, with a 43-character base64url signature', () => {
    fc.assert(
      fc.property(grant, (g) => {
        const signature = signer.sign(g);
        expect(signature).toMatch(/^[A-Za-z0-9_-]{43}$/);
        expect(signer.verify(g, signature)).toBeTrue();
      }),
    );
  });

  it('rejects a signature when any field of the grant differs', () => {
    fc.assert(
      fc.property(grant, grant, fc.constantFrom<keyof LinkGrant>('baseSiteId', 'documentId', 'userKey', 'disposition', 'expires'), (g, other, key) => {
        fc.pre(g[key] !== other[key]);
        expect(signer.verify({ ...g, [key]: other[key] }, signer.sign(g))).toBeFalse();
      }),
    );
  });

  it('accepts no presented string but the one signature (no other spelling of the same bytes), and never throws', () => {
    const presented = fc.oneof(anyUtf16(50), fc.string({ unit: fc.constantFrom(...BASE64URL), minLength: 43, maxLength: 43 }));
    fc.assert(
      fc.property(grant, presented, (g, s) => {
        const signature = signer.sign(g);
        expect(signer.verify(g, s)).toBe(s === signature);
        // the same signature with its last character changed: that character's low bits are padding
        for (const c of BASE64URL) {
          const changed = signature.slice(0, 42) + c;
          expect(signer.verify(g, changed)).withContext(changed).toBe(changed === signature);
        }
      }),
    );
  });

  it('rejects every signature of another key', () => {
    fc.assert(
      fc.property(grant, fc.string({ minLength: 1, maxLength: 40 }), (g, secret) => {
        fc.pre(secret !== 'property-secret-0123456789abcdefghij');
        expect(signer.verify(g, LinkSigner.fromSecret(secret).sign(g))).toBeFalse();
      }),
    );
  });
});

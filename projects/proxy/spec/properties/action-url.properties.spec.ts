import { isAllowedActionUrl, parseAllowedHosts } from '../../src/documents/action-url';
import { anyUtf16, fc } from '../support/property';

const ALLOWED = ['offers.example.com', 'renew.example.com:8443'];

describe('action-URL rules (properties)', () => {
  it('allows only a single-slash path or an https URL on an allowed host, whatever the text', () => {
    const url = fc.oneof(
      anyUtf16(80),
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.tuple(fc.constantFrom('https://', 'http://', 'javascript:', '//', '/', '\\\\', 'HTTPS://', ' https://', 'https:/'), fc.constantFrom(...ALLOWED, 'evil.example', 'offers.example.com.evil.example', 'user@offers.example.com', 'offers.example.com@evil.example'), anyUtf16(10)).map((p) => p.join('')),
    );
    fc.assert(
      fc.property(url, (u) => {
        if (!isAllowedActionUrl(u, ALLOWED)) return;
        expect(u).not.toMatch(/[\u0000-\u0020\u007f\\]/);
        if (u.startsWith('/')) {
          expect(u.startsWith('//')).toBeFalse();
          return;
        }
        const parsed = new URL(u);
        expect(parsed.protocol).toBe('https:');
        expect(parsed.username + parsed.password).toBe('');
        expect(ALLOWED.includes(parsed.hostname) || ALLOWED.includes(parsed.host)).toBeTrue();
      }),
    );
  });

  it('allows every https URL on an allowed host and every storefront path', () => {
    const segment = fc.string({ unit: fc.constantFrom(...'abcXYZ019-._~%!$&()*+,;=:@'.split('')), minLength: 1, maxLength: 10 });
    fc.assert(
      fc.property(fc.constantFrom(...ALLOWED), fc.array(segment, { maxLength: 4 }), (host, segments) => {
        const path = `/${segments.join('/')}`;
        expect(isAllowedActionUrl(`https://${host}${path}`, ALLOWED)).toBeTrue();
        fc.pre(!path.startsWith('//'));
        expect(isAllowedActionUrl(path, ALLOWED)).toBeTrue();
      }),
    );
  });

  it('allows nothing off-site when no host is allowed', () => {
    fc.assert(
      fc.property(fc.webUrl(), (u) => {
        expect(isAllowedActionUrl(u, [])).toBeFalse();
      }),
    );
  });

  it('reads any ACTION_URL_ALLOWED_HOSTS value into host names it accepts, reporting every other entry', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.domain(), anyUtf16(20)), { maxLength: 5 }), (entries) => {
        const problems: string[] = [];
        const hosts = parseAllowedHosts(entries.join(','), problems);
        const items = entries.join(',').split(',').map((s) => s.trim()).filter((s) => s !== '');
        expect(hosts.length + problems.length).toBe(items.length);
        for (const host of hosts) expect(isAllowedActionUrl(`https://${host}/x`, hosts)).toBeTrue();
      }),
    );
  });
});

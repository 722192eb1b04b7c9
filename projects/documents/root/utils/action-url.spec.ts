import { resolveDocumentActionUrl } from './action-url';

describe('resolveDocumentActionUrl', () => {
  const origin = 'https://shop.example.com';
  const hosts = ['renewals.example.com'];

  it('accepts same-site paths as in-app targets', () => {
    expect(resolveDocumentActionUrl('/my-account/orders', origin, hosts)).toEqual({
      kind: 'internal',
      path: '/my-account/orders',
    });
    expect(resolveDocumentActionUrl('/offers/plan?code=A1#top', undefined)).toEqual({
      kind: 'internal',
      path: '/offers/plan?code=A1#top',
    });
  });

  it('treats an absolute URL of the own origin as in-app', () => {
    expect(resolveDocumentActionUrl('https://shop.example.com/my-account?x=1', origin)).toEqual({
      kind: 'internal',
      path: '/my-account?x=1',
    });
  });

  it('accepts https URLs of allow-listed hosts only', () => {
    expect(resolveDocumentActionUrl('https://Renewals.example.com/plan/42', origin, hosts)).toEqual({
      kind: 'external',
      url: 'https://renewals.example.com/plan/42',
    });
    expect(resolveDocumentActionUrl('http://renewals.example.com/plan/42', origin, hosts)).toBeUndefined();
    expect(resolveDocumentActionUrl('https://evil.example.net/', origin, hosts)).toBeUndefined();
    expect(resolveDocumentActionUrl('https://renewals.example.com.evil.net/', origin, hosts)).toBeUndefined();
  });

  it('rejects scripts, protocol-relative and odd URLs', () => {
    for (const url of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      '//evil.example.net/path',
      '/\\evil.example.net',
      '\\\\evil.example.net',
      '/path with space',
      'my-account/orders',
      'https://user:pw@renewals.example.com/',
      '',
      undefined,
    ]) {
      expect(resolveDocumentActionUrl(url, origin, hosts)).withContext(String(url)).toBeUndefined();
    }
  });
});

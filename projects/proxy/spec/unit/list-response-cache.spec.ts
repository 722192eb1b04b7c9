import { listCacheKey, ListResponseCache } from '../../src/http/list-response-cache';
import type { DocumentQuery } from '../../src/documents/model';

const QUERY: DocumentQuery = { types: ['INVOICE', 'WARRANTY'], currentPage: 0, pageSize: 10, sort: 'byDateDesc' };

describe('ListResponseCache', () => {
  it('answers only for the revision the body was stored with, and forgets it on another', () => {
    const cache = new ListResponseCache(1_000);
    cache.set('k', 'r1', '{"a":1}');
    expect(cache.get('k', 'r1')).toBe('{"a":1}');
    expect(cache.get('k', 'r2')).toBeUndefined();
    expect(cache.get('k', 'r1')).toBeUndefined();
    expect(cache.size).toBe(0);
    expect(cache.usedBytes).toBe(0);
  });

  it('stays within its byte bound, dropping the least recently used first', () => {
    const body = 'x'.repeat(99); // 2 * (1 + 99) = 200 bytes with a one-character key
    const cache = new ListResponseCache(600);
    cache.set('a', 'r', body);
    cache.set('b', 'r', body);
    cache.set('c', 'r', body);
    expect(cache.get('a', 'r')).toBe(body); // a is now the most recent
    cache.set('d', 'r', body);
    expect(cache.usedBytes).toBeLessThanOrEqual(600);
    expect(cache.get('b', 'r')).toBeUndefined();
    expect(cache.get('a', 'r')).toBe(body);
    expect(cache.get('d', 'r')).toBe(body);
    cache.set('huge', 'r', 'y'.repeat(1_000));
    expect(cache.get('huge', 'r')).toBeUndefined();
  });

  it('keys by owner and by every field that changes the answer, not by the order of the type filter', () => {
    const key = listCacheKey('anna@example.com', QUERY);
    expect(listCacheKey('anna@example.com', { ...QUERY, types: ['WARRANTY', 'INVOICE'] })).toBe(key);
    const variants: DocumentQuery[] = [
      { ...QUERY, types: ['INVOICE'] },
      { ...QUERY, orderCode: '1' },
      { ...QUERY, from: new Date(0) },
      { ...QUERY, toExclusive: new Date(0) },
      { ...QUERY, q: 'x' },
      { ...QUERY, unread: true },
      { ...QUERY, unread: false },
      { ...QUERY, currentPage: 1 },
      { ...QUERY, pageSize: 11 },
      { ...QUERY, sort: 'byNumber' },
    ];
    for (const variant of variants) expect(listCacheKey('anna@example.com', variant)).withContext(JSON.stringify(variant)).not.toBe(key);
    expect(listCacheKey('ben@example.com', QUERY)).not.toBe(key);
  });

  it('gives a different key to a query differing from another in any one field', () => {
    // Typed over every field: a field added to DocumentQuery without a variant here does not compile.
    const differingIn: { [Field in keyof Required<DocumentQuery>]: DocumentQuery } = {
      types: { ...QUERY, types: ['INVOICE', 'WARRANTY', 'CREDIT_NOTE'] },
      orderCode: { ...QUERY, orderCode: '00001' },
      from: { ...QUERY, from: new Date('2026-01-01T00:00:00Z') },
      toExclusive: { ...QUERY, toExclusive: new Date('2026-01-01T00:00:00Z') },
      q: { ...QUERY, q: 'invoice' },
      unread: { ...QUERY, unread: false },
      currentPage: { ...QUERY, currentPage: 2 },
      pageSize: { ...QUERY, pageSize: 50 },
      sort: { ...QUERY, sort: 'byType' },
      withoutCounts: { ...QUERY, withoutCounts: true },
      billing: { ...QUERY, billing: { today: '2026-11-20', status: 'open' } },
      after: { ...QUERY, after: { createdAt: 0, number: 'INV-1', id: 'd1' } },
    };
    const key = listCacheKey('anna@example.com', QUERY);
    for (const [field, variant] of Object.entries(differingIn)) {
      expect(listCacheKey('anna@example.com', variant)).withContext(field).not.toBe(key);
    }
  });

  it('keys billing filters by every field, the day overdue is judged on included, in any key order', () => {
    const billing = { ...QUERY, billing: { today: '2026-11-20', status: 'open' as const, dueFrom: '2026-01-01' } };
    const key = listCacheKey('unit:rustic', billing);
    expect(listCacheKey('unit:rustic', { ...QUERY, billing: { dueFrom: '2026-01-01', status: 'open', today: '2026-11-20' } })).toBe(key);
    expect(listCacheKey('unit:rustic', { ...billing, billing: { ...billing.billing, today: '2026-11-21' } })).not.toBe(key);
    expect(listCacheKey('unit:rustic', { ...billing, billing: { ...billing.billing, dueFrom: '2026-01-02' } })).not.toBe(key);
  });
});

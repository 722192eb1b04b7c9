import { decideRange, ifRangeAllows, noneMatchHits, strongEtag } from '../../src/http/byte-ranges';

describe('byte ranges', () => {
  const size = 1000;

  it('serves the whole document without a Range header or with one it does not honour', () => {
    expect(decideRange(undefined, size)).toEqual({ kind: 'full' });
    expect(decideRange('bytes=0-1,5-9', size)).toEqual({ kind: 'full' });
    expect(decideRange('items=0-1', size)).toEqual({ kind: 'full' });
    expect(decideRange('bytes=9-5', size)).toEqual({ kind: 'full' });
    expect(decideRange('bytes=-', size)).toEqual({ kind: 'full' });
  });

  it('reads first-last, open-ended and suffix ranges, clamped to the size', () => {
    expect(decideRange('bytes=0-99', size)).toEqual({ kind: 'partial', range: { start: 0, end: 99 } });
    expect(decideRange('bytes=900-', size)).toEqual({ kind: 'partial', range: { start: 900, end: 999 } });
    expect(decideRange('bytes=950-5000', size)).toEqual({ kind: 'partial', range: { start: 950, end: 999 } });
    expect(decideRange('bytes=-10', size)).toEqual({ kind: 'partial', range: { start: 990, end: 999 } });
    expect(decideRange('bytes=-5000', size)).toEqual({ kind: 'partial', range: { start: 0, end: 999 } });
  });

  it('calls ranges beyond the end unsatisfiable', () => {
    expect(decideRange('bytes=1000-', size)).toEqual({ kind: 'unsatisfiable' });
    expect(decideRange('bytes=2000-3000', size)).toEqual({ kind: 'unsatisfiable' });
    expect(decideRange('bytes=-0', size)).toEqual({ kind: 'unsatisfiable' });
    expect(decideRange('bytes=0-0', 0)).toEqual({ kind: 'unsatisfiable' });
  });

  it('compares If-None-Match weakly and If-Range strongly', () => {
    const etag = strongEtag('ab12');
    expect(etag).toBe('"ab12"');
    expect(noneMatchHits('"zz", W/"ab12"', etag)).toBeTrue();
    expect(noneMatchHits('*', etag)).toBeTrue();
    expect(noneMatchHits('"zz"', etag)).toBeFalse();
    expect(noneMatchHits(undefined, etag)).toBeFalse();
    expect(ifRangeAllows(undefined, etag)).toBeTrue();
    expect(ifRangeAllows('"ab12"', etag)).toBeTrue();
    expect(ifRangeAllows('W/"ab12"', etag)).toBeFalse();
    expect(ifRangeAllows('Wed, 21 Oct 2026 07:28:00 GMT', etag)).toBeFalse();
  });
});

import { normaliseOccDate } from '../../src/documents/generation/occ-date';

describe('normaliseOccDate', () => {
  it("turns OCC's offset without colon and RFC 3339 offsets into UTC RFC 3339", () => {
    expect(normaliseOccDate('2021-02-23T21:08:21+0000')).toBe('2021-02-23T21:08:21.000Z');
    expect(normaliseOccDate('2021-02-23T23:08:21+0200')).toBe('2021-02-23T21:08:21.000Z');
    expect(normaliseOccDate('2021-02-23T16:38:21-04:30')).toBe('2021-02-23T21:08:21.000Z');
    expect(normaliseOccDate('2021-02-23T21:08:21.5Z')).toBe('2021-02-23T21:08:21.500Z');
    expect(normaliseOccDate('2021-02-23T21:08+0000')).toBe('2021-02-23T21:08:00.000Z');
  });

  it('gives null for a missing value, a date without offset and what is not a date', () => {
    expect(normaliseOccDate(undefined)).toBeNull();
    expect(normaliseOccDate('2021-02-23T21:08:21')).toBeNull();
    expect(normaliseOccDate('23.02.2021')).toBeNull();
    expect(normaliseOccDate('2021-13-45T99:99:99+0000')).toBeNull();
  });
});

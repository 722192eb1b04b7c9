import { decideRange } from '../../src/http/byte-ranges';
import { anyUtf16, fc } from '../support/property';

const size = fc.integer({ min: 0, max: 50_000_000 });

describe('Range header parser (properties)', () => {
  it('answers any header with full, unsatisfiable or a range inside the representation', () => {
    const header = fc.oneof(
      anyUtf16(),
      fc.tuple(fc.option(fc.nat()), fc.option(fc.nat())).map(([a, b]) => `bytes=${a ?? ''}-${b ?? ''}`),
      fc.string({ unit: fc.constantFrom('b', 'y', 't', 'e', 's', '=', '-', ',', ' ', '0', '1', '9', '\t') }),
    );
    fc.assert(
      fc.property(header, size, (h, n) => {
        const decision = decideRange(h, n);
        if (decision.kind === 'partial') {
          expect(Number.isSafeInteger(decision.range.start)).toBeTrue();
          expect(decision.range.start).toBeGreaterThanOrEqual(0);
          expect(decision.range.start).toBeLessThanOrEqual(decision.range.end);
          expect(decision.range.end).toBeLessThan(n);
        } else {
          expect(['full', 'unsatisfiable']).toContain(decision.kind);
        }
      }),
    );
  });

  it('serves exactly the asked bytes of a satisfiable first-last range, clamped to the end', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.nat(), fc.nat(), (n, a, extra) => {
        const start = a % n;
        const end = start + extra;
        expect(decideRange(`bytes=${start}-${end}`, n)).toEqual({ kind: 'partial', range: { start, end: Math.min(end, n - 1) } });
      }),
    );
  });

  it('serves the last min(N, size) bytes of a suffix range and nothing of a range starting past the end', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 2_000_000 }), fc.nat(), (n, suffix, past) => {
        expect(decideRange(`bytes=-${suffix}`, n)).toEqual({ kind: 'partial', range: { start: Math.max(0, n - suffix), end: n - 1 } });
        expect(decideRange(`bytes=${n + past}-`, n)).toEqual({ kind: 'unsatisfiable' });
      }),
    );
  });
});

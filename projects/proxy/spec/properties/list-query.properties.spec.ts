import { toDocumentQuery, MAX_PAGE_SIZE } from '../../src/documents/list-query';
import { DOCUMENT_TYPES } from '../../src/documents/model';
import { ValidationError } from '../../src/errors';
import { anyUtf16, fc } from '../support/property';

const dayOf = (d: Date) => d.toISOString().slice(0, 10);
const day = fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('9999-12-31T00:00:00Z'), noInvalidDate: true });

describe('list query parser (properties)', () => {
  it('answers any text in type, from, to, q and orderCode with a query or a ValidationError naming the parameter, never anything else', () => {
    const text = fc.oneof(anyUtf16(), fc.constantFrom(...DOCUMENT_TYPES), fc.constant('2026-02-30'), fc.constant('2026-10-02T24:00:00Z'));
    fc.assert(
      fc.property(fc.array(text, { maxLength: 4 }), fc.option(text), fc.option(text), fc.option(text), fc.option(text), (type, from, to, q, orderCode) => {
        try {
          const query = toDocumentQuery({ type, from: from ?? undefined, to: to ?? undefined, q: q ?? undefined, orderCode: orderCode ?? undefined });
          expect(query.types.every((t) => (DOCUMENT_TYPES as readonly string[]).includes(t))).toBeTrue();
          expect(new Set(query.types).size).toBe(query.types.length);
          if (query.from && query.toExclusive) expect(query.toExclusive.getTime()).toBeGreaterThan(query.from.getTime());
          if (query.q !== undefined) expect(query.q).toBe(query.q.trim());
        } catch (error) {
          expect(error).toBeInstanceOf(ValidationError);
          expect(['type', 'from', 'to']).toContain((error as ValidationError).subject);
          // the echoed value is cut to 40 characters: the answer never grows with the input
          expect((error as Error).message.length).toBeLessThan(300);
        }
      }),
    );
  });

  it('accepts every type list made of known codes, in any case of repetition, commas and blanks, as the set of those codes', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.constantFrom(...DOCUMENT_TYPES), { maxLength: 4 }), { maxLength: 4 }), fc.constantFrom('', ' ', '  '), (groups, pad) => {
        const values = groups.map((g) => g.map((t) => `${pad}${t}${pad}`).join(','));
        expect(new Set(toDocumentQuery({ type: values }).types)).toEqual(new Set(groups.flat()));
      }),
    );
  });

  it('accepts every calendar day as from and to, and rejects to before from', () => {
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [first, second] = a <= b ? [a, b] : [b, a];
        const query = toDocumentQuery({ from: dayOf(first), to: dayOf(second) });
        expect(query.from!.toISOString().slice(0, 10)).toBe(dayOf(first));
        expect(query.toExclusive!.getTime() - new Date(`${dayOf(second)}T00:00:00Z`).getTime()).toBe(86_400_000);
        if (dayOf(first) !== dayOf(second)) {
          expect(() => toDocumentQuery({ from: dayOf(second), to: dayOf(first) })).toThrowMatching((e) => e instanceof ValidationError && e.subject === 'to');
        }
      }),
    );
  });

  it('keeps page and page size as given and defaults them to 0 and 10', () => {
    fc.assert(
      fc.property(fc.option(fc.nat()), fc.option(fc.integer({ min: 1, max: MAX_PAGE_SIZE })), (currentPage, pageSize) => {
        const query = toDocumentQuery({ currentPage: currentPage ?? undefined, pageSize: pageSize ?? undefined });
        expect(query.currentPage).toBe(currentPage ?? 0);
        expect(query.pageSize).toBe(pageSize ?? 10);
      }),
    );
  });
});

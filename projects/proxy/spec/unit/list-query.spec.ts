import { toDocumentQuery } from '../../src/documents/list-query';
import { ValidationError } from '../../src/errors';

describe('toDocumentQuery', () => {
  it('applies defaults', () => {
    expect(toDocumentQuery({})).toEqual({
      types: [],
      orderCode: undefined,
      from: undefined,
      toExclusive: undefined,
      q: undefined,
      unread: undefined,
      currentPage: 0,
      pageSize: 10,
      sort: 'byDateDesc',
    });
  });

  it('merges repeated and comma-separated types without duplicates', () => {
    expect(toDocumentQuery({ type: ['INVOICE, CREDIT_NOTE', 'INVOICE', ''] }).types).toEqual(['INVOICE', 'CREDIT_NOTE']);
  });

  it('treats a date as a whole UTC day and a date-time as an instant', () => {
    const day = toDocumentQuery({ from: '2026-10-01', to: '2026-10-31' });
    expect(day.from?.toISOString()).toBe('2026-10-01T00:00:00.000Z');
    expect(day.toExclusive?.toISOString()).toBe('2026-11-01T00:00:00.000Z');
    const instant = toDocumentQuery({ to: '2026-10-03T12:00:00+02:00' });
    expect(instant.toExclusive?.toISOString()).toBe('2026-10-03T10:00:00.001Z');
  });

  it('rejects impossible dates and an inverted range', () => {
    for (const [params, subject] of [
      [{ from: '2026-02-29' }, 'from'],
      [{ to: '2026-04-31' }, 'to'],
      [{ from: '2026-10-02', to: '2026-10-01' }, 'to'],
    ] as const) {
      let error: unknown;
      try {
        toDocumentQuery(params);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(ValidationError);
      expect((error as ValidationError).subject).toBe(subject);
    }
  });

  it('trims q and orderCode and drops them when blank', () => {
    const query = toDocumentQuery({ q: '  inv ', orderCode: '  ' });
    expect(query.q).toBe('inv');
    expect(query.orderCode).toBeUndefined();
  });
});

import { periodCover, periodCountersAnswer } from '../../src/store/period-counters';

const utc = (y: number, m: number, d: number, h = 0) => Date.UTC(y, m, d, h);

describe('periodCover (how a date range splits over the day and month counters)', () => {
  it('answers a calendar month from one month of counters, no documents counted', () => {
    expect(periodCover(utc(2025, 2, 1), utc(2025, 3, 1))).toEqual({ months: [{ from: utc(2025, 2, 1), to: utc(2025, 3, 1) }], days: [], rows: [] });
  });

  it('takes whole days before and after the whole months', () => {
    expect(periodCover(utc(2025, 0, 20), utc(2025, 4, 3))).toEqual({
      months: [{ from: utc(2025, 1, 1), to: utc(2025, 4, 1) }],
      days: [{ from: utc(2025, 0, 20), to: utc(2025, 1, 1) }, { from: utc(2025, 4, 1), to: utc(2025, 4, 3) }],
      rows: [],
    });
  });

  it('counts only the hours at either end from the documents', () => {
    expect(periodCover(utc(2025, 0, 20, 6), utc(2025, 0, 25, 18))).toEqual({
      months: [],
      days: [{ from: utc(2025, 0, 21), to: utc(2025, 0, 25) }],
      rows: [{ from: utc(2025, 0, 20, 6), to: utc(2025, 0, 21) }, { from: utc(2025, 0, 25), to: utc(2025, 0, 25, 18) }],
    });
    expect(periodCover(utc(2025, 0, 20, 6), utc(2025, 0, 20, 9))).toEqual({ months: [], days: [], rows: [{ from: utc(2025, 0, 20, 6), to: utc(2025, 0, 20, 9) }] });
  });

  it('leaves open bounds open', () => {
    expect(periodCover(undefined, utc(2025, 5, 10))).toEqual({
      months: [{ from: undefined, to: utc(2025, 5, 1) }],
      days: [{ from: utc(2025, 5, 1), to: utc(2025, 5, 10) }],
      rows: [],
    });
    expect(periodCover(utc(2025, 5, 10, 12), undefined)).toEqual({
      months: [{ from: utc(2025, 6, 1), to: undefined }],
      days: [{ from: utc(2025, 5, 11), to: utc(2025, 6, 1) }],
      rows: [{ from: utc(2025, 5, 10, 12), to: utc(2025, 5, 11) }],
    });
  });

  it('is used only for date ranges without search, order or billing filters', () => {
    const base = { types: [], currentPage: 0, pageSize: 10, sort: 'byDateDesc' as const };
    expect(periodCountersAnswer(base)).toBeFalse();
    expect(periodCountersAnswer({ ...base, from: new Date(0), types: ['INVOICE'], unread: true })).toBeTrue();
    expect(periodCountersAnswer({ ...base, from: new Date(0), q: 'rechnung' })).toBeFalse();
    expect(periodCountersAnswer({ ...base, toExclusive: new Date(0), orderCode: 'O1' })).toBeFalse();
  });
});

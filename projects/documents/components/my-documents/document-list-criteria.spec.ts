import { convertToParamMap } from '@angular/router';
import {
  activeFilterCount,
  criteriaFromQueryParams,
  filterOf,
  NO_CRITERIA,
  queryParamsOf,
  withoutFilters,
} from './document-list-criteria';

describe('document list criteria in the URL', () => {
  it('reads every criterion from the query parameters, the page counting from 1', () => {
    const criteria = criteriaFromQueryParams(
      convertToParamMap({
        type: 'INVOICE,CREDIT_NOTE',
        q: ' Rechnung ',
        order: '100012',
        from: '2026-01-01',
        to: '2026-01-31',
        unread: 'true',
        sort: 'byNumber',
        page: '3',
      })
    );
    expect(criteria).toEqual({
      types: ['INVOICE', 'CREDIT_NOTE'],
      query: 'Rechnung',
      orderCode: '100012',
      from: '2026-01-01',
      to: '2026-01-31',
      unread: true,
      sort: 'byNumber',
      currentPage: 2,
    });
  });

  it('leaves out what it cannot use instead of failing the list', () => {
    const criteria = criteriaFromQueryParams(
      convertToParamMap({ from: '01.02.2026', to: '2026-13', page: '-4', q: '   ' })
    );
    expect(criteria).toEqual({ ...NO_CRITERIA, query: undefined, orderCode: undefined, from: undefined, to: undefined, sort: undefined });
  });

  it('writes the criteria back, removing parameters at their default', () => {
    const written = queryParamsOf({ ...NO_CRITERIA, types: ['INVOICE'], query: 'INV-001', currentPage: 1 });
    expect(written).toEqual({
      type: 'INVOICE',
      q: 'INV-001',
      order: null,
      from: null,
      to: null,
      unread: null,
      sort: null,
      page: '2',
    });
    expect(criteriaFromQueryParams(convertToParamMap(withoutNulls(written)))).toEqual(
      jasmine.objectContaining({ types: ['INVOICE'], query: 'INV-001', currentPage: 1 })
    );
  });

  it('counts the filters in use and clears them, keeping the sort', () => {
    const criteria = { ...NO_CRITERIA, types: ['INVOICE', 'STATEMENT'], query: 'a', from: '2026-01-01', unread: true, sort: 'byNumber', currentPage: 4 };
    expect(activeFilterCount(criteria)).toBe(5);
    expect(withoutFilters(criteria)).toEqual({ ...NO_CRITERIA, sort: 'byNumber' });
    expect(activeFilterCount(withoutFilters(criteria))).toBe(0);
  });

  it('gives the filter of a ZIP or an export without the page', () => {
    const criteria = { ...NO_CRITERIA, query: 'INV', to: '2026-02-01', currentPage: 7 };
    expect(filterOf(criteria, ['INVOICE'])).toEqual({ types: ['INVOICE'], query: 'INV', to: '2026-02-01' });
  });
});

function withoutNulls(params: Record<string, unknown>): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value !== null) result[key] = String(value);
  }
  return result;
}

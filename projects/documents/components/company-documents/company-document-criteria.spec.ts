import { convertToParamMap } from '@angular/router';
import { OrgDocumentFilterKey } from '@exstream-spartacus/documents/root';
import {
  companyCriteriaFromQueryParams,
  companyQueryParamsOf,
  companySearchParamsOf,
} from './company-document-criteria';
import { unitTree } from './unit-picker/unit-tree';

describe('company document criteria', () => {
  it('reads the URL, dropping what does not fit its filter', () => {
    const criteria = companyCriteriaFromQueryParams(
      convertToParamMap({ status: 'bogus', filterBy: 'amountRange', from: '12.5', to: 'abc', page: '0' })
    );
    expect(criteria).toEqual({
      status: 'open', overdue: false, sort: undefined, currentPage: 0,
      filterBy: OrgDocumentFilterKey.AMOUNT_RANGE, start: '12.5', end: undefined,
    });
    expect(companyCriteriaFromQueryParams(convertToParamMap({ filterBy: 'evil', value: 'x' })).filterBy).toBeUndefined();
  });

  it('writes only what differs from the defaults, and round-trips', () => {
    const criteria = { status: 'all' as const, overdue: true, filterBy: OrgDocumentFilterKey.NUMBER, value: 'INV-1', currentPage: 1 };
    const params = companyQueryParamsOf(criteria);
    expect(params).toEqual(jasmine.objectContaining({ status: 'all', overdue: 'true', filterBy: 'orgDocumentId', value: 'INV-1', page: '2', from: null }));
    const clean: Record<string, string> = {};
    Object.entries(params).forEach(([key, value]) => value !== null && (clean[key] = value));
    expect(companySearchParamsOf(companyCriteriaFromQueryParams(convertToParamMap(clean)))).toEqual({
      status: 'all', currentPage: 1, overdue: true, filterByKey: 'orgDocumentId', filterByValue: 'INV-1',
    });
  });

  it('orders units as a tree, each below its parent', () => {
    const tree = unitTree([
      { id: 'Custom Retail', name: 'Custom Retail', parent: 'Rustic Retail', active: true },
      { id: 'Rustic', name: 'Rustic', active: true },
      { id: 'Rustic Retail', name: 'Rustic Retail', parent: 'Rustic', active: true },
      { id: 'Rustic Services', name: 'Rustic Services', parent: 'Rustic', active: true },
    ]);
    expect(tree.map((e) => `${e.depth}:${e.unit.id}`)).toEqual(['0:Rustic', '1:Rustic Retail', '2:Custom Retail', '1:Rustic Services']);
  });
});

import { Params, Router } from '@angular/router';
import { DocumentListCriteria, queryParamsOf } from './document-list-criteria';

/**
 * Writes the list criteria into the page URL (one history entry per change), so
 * reload, back and forward and a shared link bring them back. Other query
 * parameters of the page stay.
 */
export function writeCriteriaToUrl(router: Router, criteria: DocumentListCriteria): void {
  writeQueryParamsToUrl(router, queryParamsOf(criteria));
}

/**
 * Sets (or, with `null`, removes) query parameters of the page URL in one
 * history entry; the other parameters stay. Nothing happens when the URL
 * would not change.
 */
export function writeQueryParamsToUrl(router: Router, params: Params): void {
  const tree = router.parseUrl(router.url);
  const queryParams = { ...tree.queryParams };
  for (const [name, value] of Object.entries(params)) {
    if (value === null) {
      delete queryParams[name];
    } else {
      queryParams[name] = value;
    }
  }
  tree.queryParams = queryParams;
  if (router.serializeUrl(tree) !== router.url) {
    router.navigateByUrl(tree).catch(() => undefined);
  }
}

import { Injectable } from '@angular/core';
import { CanActivate, Router, UrlTree } from '@angular/router';
import { SemanticPathService } from '@spartacus/core';
import { Observable } from 'rxjs';
import { filter, map, take } from 'rxjs/operators';
import { CompanyDocumentsFacade } from '../facade/company-documents.facade';

/**
 * Lets only callers who read the documents of at least one B2B unit onto the
 * "Company documents" page; everybody else (a B2C shopper) is sent to the
 * not-found page, as Spartacus' `CmsPageGuard` does for a page that does not
 * exist. When the units cannot be loaded the page opens and shows the error
 * with "Try again". Put it after `AuthGuard`, whose redirect to the login
 * page then wins for anonymous visitors.
 */
@Injectable({ providedIn: 'root' })
export class CompanyDocumentsGuard implements CanActivate {
  constructor(
    protected companyDocumentsFacade: CompanyDocumentsFacade,
    protected semanticPathService: SemanticPathService,
    protected router: Router
  ) {}

  canActivate(): Observable<boolean | UrlTree> {
    return this.companyDocumentsFacade.getUnits().pipe(
      filter((state) => !state.loading && (!!state.value || !!state.error)),
      take(1),
      map((state) =>
        state.error || state.value?.length
          ? true
          : this.router.parseUrl(this.semanticPathService.get('notFound') ?? '/')
      )
    );
  }
}

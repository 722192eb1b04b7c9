import { TestBed } from '@angular/core/testing';
import { Router, UrlTree } from '@angular/router';
import { RouterTestingModule } from '@angular/router/testing';
import { SemanticPathService } from '@spartacus/core';
import { BehaviorSubject, Observable } from 'rxjs';
import { CompanyDocumentsFacade } from '../facade/company-documents.facade';
import { DocumentsLoadState, DocumentUnitNode } from '../model/company-documents.model';
import { CompanyDocumentsGuard } from './company-documents.guard';

describe('CompanyDocumentsGuard', () => {
  let units$: BehaviorSubject<DocumentsLoadState<DocumentUnitNode[]>>;
  let guard: CompanyDocumentsGuard;

  beforeEach(() => {
    units$ = new BehaviorSubject<DocumentsLoadState<DocumentUnitNode[]>>({ loading: true });
    TestBed.configureTestingModule({
      imports: [RouterTestingModule],
      providers: [
        { provide: CompanyDocumentsFacade, useValue: { getUnits: () => units$ } },
        { provide: SemanticPathService, useValue: { get: (route: string) => `/${route === 'notFound' ? 'not-found' : route}` } },
      ],
    });
    guard = TestBed.inject(CompanyDocumentsGuard);
  });

  function result(): boolean | UrlTree | undefined {
    let value: boolean | UrlTree | undefined;
    (guard.canActivate() as Observable<boolean | UrlTree>).subscribe((v) => (value = v));
    return value;
  }

  it('waits for the units, then lets a reader of a unit in', () => {
    const answers: (boolean | UrlTree)[] = [];
    (guard.canActivate() as Observable<boolean | UrlTree>).subscribe((v) => answers.push(v));
    expect(answers).toEqual([]);
    units$.next({ loading: false, value: [{ id: 'Rustic', name: 'Rustic', active: true }] });
    expect(answers).toEqual([true]);
  });

  it('sends a caller without units (a B2C shopper) to the not-found page', () => {
    units$.next({ loading: false, value: [] });
    const answer = result();
    expect(answer instanceof UrlTree).toBe(true);
    expect(TestBed.inject(Router).serializeUrl(answer as UrlTree)).toBe('/not-found');
  });

  it('opens the page when the units cannot be loaded, so it can show the error', () => {
    units$.next({ loading: false, error: { status: 503 } });
    expect(result()).toBe(true);
  });
});

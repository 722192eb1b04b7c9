import { LanguageService } from '@spartacus/core';
import { BehaviorSubject } from 'rxjs';
import { AmountPipe } from './amount.pipe';

describe('AmountPipe', () => {
  let language: BehaviorSubject<string>;
  let pipe: AmountPipe;

  beforeEach(() => {
    language = new BehaviorSubject('en');
    pipe = new AmountPipe({ getActive: () => language.asObservable() } as unknown as LanguageService);
  });

  afterEach(() => pipe.ngOnDestroy());

  it("formats in the active language and the document's currency", () => {
    expect(pipe.transform(1234.5, 'USD')).toBe('$1,234.50');
    expect(pipe.transform(1500, 'JPY')).toBe('¥1,500');
  });

  it('follows a language switch', () => {
    language.next('de');
    expect(pipe.transform(1234.5, 'EUR')).toBe('1.234,50\u00a0€');
  });

  it('answers nothing for a missing amount, and the plain number for an unknown currency', () => {
    expect(pipe.transform(undefined, 'USD')).toBe('');
    expect(pipe.transform(Number.NaN, 'USD')).toBe('');
    expect(pipe.transform(12.5, 'not-a-currency')).toBe('12.50 not-a-currency');
  });
});

import { Pipe, PipeTransform } from '@angular/core';
import { LanguageService } from '@spartacus/core';

/**
 * An amount in a currency, formatted for the storefront's active language
 * (`Intl.NumberFormat`, like `cxDate` formats dates): `1.234,50 €` in German,
 * `€1,234.50` in English. Empty for a missing amount.
 */
@Pipe({ name: 'cxExdAmount' })
export class AmountPipe implements PipeTransform {
  constructor(protected languageService: LanguageService) {}

  transform(amount: number | null | undefined, currency: string | null | undefined): string {
    if (amount === null || amount === undefined || !Number.isFinite(amount)) {
      return '';
    }
    try {
      return new Intl.NumberFormat(this.activeLanguage(), {
        style: 'currency',
        currency: currency || 'USD',
      }).format(amount);
    } catch {
      return `${amount.toFixed(2)} ${currency ?? ''}`.trim();
    }
  }

  protected activeLanguage(): string {
    let language = 'en';
    this.languageService
      .getActive()
      .subscribe((active) => (language = active || language))
      .unsubscribe();
    return language;
  }
}

import { OnDestroy, Pipe, PipeTransform } from '@angular/core';
import { LanguageService } from '@spartacus/core';
import { Subscription } from 'rxjs';

/**
 * An amount in a currency, formatted for the storefront's active language
 * (`Intl.NumberFormat`): `1.234,50 €` in German, `€1,234.50` in English.
 * Empty for a missing amount. Not pure, like `cxDate`: a language switch
 * formats the amounts on the page anew; one formatter per language and
 * currency is kept.
 */
@Pipe({ name: 'cxExdAmount', pure: false })
export class AmountPipe implements PipeTransform, OnDestroy {
  protected language = 'en';
  protected readonly formats = new Map<string, Intl.NumberFormat | null>();
  protected readonly subscription: Subscription;

  constructor(protected languageService: LanguageService) {
    this.subscription = this.languageService
      .getActive()
      .subscribe((active) => (this.language = active || 'en'));
  }

  transform(amount: number | null | undefined, currency: string | null | undefined): string {
    if (amount === null || amount === undefined || !Number.isFinite(amount)) {
      return '';
    }
    const format = this.formatOf(currency || 'USD');
    return format ? format.format(amount) : `${amount.toFixed(2)} ${currency ?? ''}`.trim();
  }

  ngOnDestroy(): void {
    this.subscription.unsubscribe();
  }

  /** The formatter of the active language and the currency; null for a code Intl does not know. */
  protected formatOf(currency: string): Intl.NumberFormat | null {
    const key = `${this.language}|${currency}`;
    if (!this.formats.has(key)) {
      let format: Intl.NumberFormat | null;
      try {
        format = new Intl.NumberFormat(this.language, { style: 'currency', currency });
      } catch {
        format = null;
      }
      this.formats.set(key, format);
    }
    return this.formats.get(key) ?? null;
  }
}

import { TranslationService } from '@spartacus/core';
import { combineLatest, Observable } from 'rxjs';
import { map } from 'rxjs/operators';

/**
 * The translated labels of some codes, keyed by code: what `cx-sorting` takes
 * as `sortLabels`.
 * @param keyOf the translation key of a code
 */
export function translatedLabels(
  translation: TranslationService,
  keyOf: Record<string, string>
): Observable<Record<string, string>> {
  const codes = Object.keys(keyOf);
  return combineLatest(codes.map((code) => translation.translate(keyOf[code]))).pipe(
    map((labels) =>
      codes.reduce(
        (result, code, index) => ({ ...result, [code]: labels[index] }),
        {} as Record<string, string>
      )
    )
  );
}

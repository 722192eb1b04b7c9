import { de } from './de/index';
import { en } from './en/index';
import { exstreamDocumentsTranslationChunksConfig } from './translations';

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) {
    return [prefix];
  }
  const keys: string[] = [];
  Object.entries(value as Record<string, unknown>).forEach(([key, child]) =>
    keys.push(...keysOf(child, prefix ? `${prefix}.${key}` : key))
  );
  return keys.sort();
}

function paramsOf(text: string): string[] {
  return (text.match(/{{\s*\w+\s*}}/g) ?? []).map((p) => p.replace(/\s/g, '')).sort();
}

describe('translations', () => {
  it('German has exactly the English keys', () => {
    expect(keysOf(de)).toEqual(keysOf(en));
  });

  it('German texts use the same parameters as the English ones', () => {
    const lookup = (root: unknown, path: string) =>
      path.split('.').reduce((node: any, key) => node?.[key], root) as string;
    for (const key of keysOf(en)) {
      expect(paramsOf(lookup(de, key)))
        .withContext(key)
        .toEqual(paramsOf(lookup(en, key)));
      expect(lookup(de, key).trim()).withContext(key).not.toBe('');
    }
  });

  it('every top-level key is part of the chunk', () => {
    expect(Object.keys(en.exstreamDocuments).sort()).toEqual(
      [...exstreamDocumentsTranslationChunksConfig.exstreamDocuments].sort()
    );
  });
});

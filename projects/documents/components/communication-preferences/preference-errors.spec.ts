import {
  paperlessByPostErrors,
  PreferenceErrors,
  serverPreferenceErrors,
  withoutFieldError,
} from './preference-errors';

describe('preference errors', () => {
  it('flags paperless consent together with the post channel', () => {
    const errors = paperlessByPostErrors([
      { category: 'BILLING', channel: 'POST', paperless: true, format: 'PDF', language: 'en' },
      { category: 'OFFERS', channel: 'POST', paperless: false, format: 'PDF', language: 'en' },
    ]);
    expect(Array.from(errors.keys())).toEqual(['0.paperless']);
    expect(errors.get('0.paperless')?.key).toBe(
      'exstreamCommunicationPreferences.errors.paperlessPost'
    );
  });

  it('keeps the first server error per field of a sent row, with the server text', () => {
    const errors = serverPreferenceErrors(
      [
        { index: 1, field: 'language', message: 'unknown language' },
        { index: 1, field: 'language', message: 'second' },
        { index: 2, field: 'format', message: 'no such row' },
        { index: 0, field: 'category', message: 'not a field of the form' },
        { field: 'channel', message: 'no row' },
      ],
      2
    );
    expect(Array.from(errors.entries())).toEqual([
      [
        '1.language',
        {
          key: 'exstreamCommunicationPreferences.errors.language',
          serverMessage: 'unknown language',
        },
      ],
    ]);
  });

  it('drops the paperless error too when the channel changes, and keeps the map when nothing goes', () => {
    const errors: PreferenceErrors = new Map([
      ['0.paperless', { key: 'paperlessPost' }],
      ['1.format', { key: 'format' }],
    ]);
    expect(Array.from(withoutFieldError(errors, 0, 'channel').keys())).toEqual(['1.format']);
    expect(withoutFieldError(errors, 1, 'language')).toBe(errors);
  });
});

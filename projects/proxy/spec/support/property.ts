import fc from 'fast-check';

/**
 * fast-check settings for the property specs: a random seed each run (fast-check prints it, with
 * the shrunk counterexample, when a property fails), or PROPERTY_SEED to replay one.
 */
const seed = process.env['PROPERTY_SEED'];
fc.configureGlobal({ numRuns: 300, ...(seed === undefined ? {} : { seed: Number(seed) }) });

/** Any UTF-16 string, lone surrogates and control characters included (what JSON and CSV can carry). */
export function anyUtf16(maxLength = 60): fc.Arbitrary<string> {
  return fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength });
}

export { fc };

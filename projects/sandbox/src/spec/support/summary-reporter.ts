/**
 * Prints a plain closing line "N passed, N failed[, N skipped]" after Jasmine's own summary, so
 * that CI logs state the count in a runner-neutral form.
 */
let passed = 0;
let failed = 0;
let skipped = 0;
let suiteErrors = 0;

jasmine.getEnv().addReporter({
  specDone(result) {
    if (result.status === 'passed') {
      passed += 1;
    } else if (result.status === 'failed') {
      failed += 1;
    } else {
      skipped += 1;
    }
  },
  suiteDone(result) {
    if (result.status === 'failed') {
      suiteErrors += 1;
    }
  },
  jasmineDone() {
    const line = `${passed} passed, ${failed + suiteErrors} failed${skipped ? `, ${skipped} skipped` : ''}`;
    process.stdout.write(`\n${line}\n`);
  },
});

// Karma configuration for the @exstream-spartacus/documents library.
// `npm run test:lib` runs it once in headless Chromium (CHROME_BIN, default /usr/bin/chromium).

const path = require('path');
const fs = require('fs');

if (!process.env.CHROME_BIN && fs.existsSync('/usr/bin/chromium')) {
  process.env.CHROME_BIN = '/usr/bin/chromium';
}

const ci = !!process.env.CI;

// Prints one plain closing line ("N passed, N failed, N skipped") that CI logs can read.
function SummaryReporter(baseReporterDecorator) {
  baseReporterDecorator(this);
  this.onBrowserLog = () => undefined;
  this.specSuccess = () => undefined;
  this.specFailure = () => undefined;
  this.specSkipped = () => undefined;
  this.onRunComplete = (browsers, results) => {
    let passed = 0;
    let skipped = 0;
    browsers.forEach((browser) => {
      passed += browser.lastResult.success;
      skipped += browser.lastResult.skipped;
    });
    this.write(
      `documents: ${passed} passed, ${results.failed} failed, ${skipped} skipped\n`
    );
  };
}
SummaryReporter.$inject = ['baseReporterDecorator'];

module.exports = function (config) {
  config.set({
    basePath: '',
    frameworks: ['jasmine', '@angular-devkit/build-angular'],
    plugins: [
      require('karma-jasmine'),
      require('karma-chrome-launcher'),
      require('karma-jasmine-html-reporter'),
      require('karma-coverage'),
      require('@angular-devkit/build-angular/plugins/karma'),
      { 'reporter:summary': ['type', SummaryReporter] },
    ],
    client: {
      jasmine: {
        random: true,
      },
      clearContext: false,
    },
    jasmineHtmlReporter: {
      suppressAll: true,
    },
    coverageReporter: {
      dir: path.join(__dirname, '../../coverage/documents'),
      subdir: '.',
      reporters: [{ type: 'html' }, { type: 'text-summary' }],
    },
    reporters: ci ? ['dots', 'summary'] : ['progress', 'kjhtml', 'summary'],
    port: 9876,
    colors: !ci,
    logLevel: config.LOG_INFO,
    autoWatch: !ci,
    browsers: [ci ? 'ChromeHeadlessCI' : 'Chrome'],
    customLaunchers: {
      ChromeHeadlessCI: {
        base: 'ChromeHeadless',
        flags: [
          '--no-sandbox',
          '--headless',
          '--disable-gpu',
          '--disable-dev-shm-usage',
        ],
      },
    },
    browserNoActivityTimeout: 60000,
    singleRun: ci,
    restartOnFileChange: !ci,
  });
};

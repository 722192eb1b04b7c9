import { defineConfig } from '@playwright/test';

const chromiumPath = process.env.CHROME_BIN ?? '/usr/bin/chromium';
// Ports can be moved so that several stacks (e.g. parallel worktrees) can run on one machine.
const storefrontPort = process.env.STOREFRONT_PORT ?? '4200';
const storefrontUrl = `http://localhost:${storefrontPort}`;

// The composable storefront 2211 packages beside the project do not include @spartacus/asm, so the
// agent journeys run on the 4.3.8 demo only (the proxy and sandbox parts are the same on both).
const onStorefront2211 = process.env.EXD_STOREFRONT === 'spartacus-2211';
// The B2B app of `npm run test:compat` (base site powertools-spa, SAP's Account Summary pages) runs
// the B2B journeys only, and no other storefront runs them: they need SAP's B2B pages.
const onB2bStorefront2211 = process.env.EXD_STOREFRONT === 'spartacus-2211-b2b';
const b2bJourneys = ['sap-account-summary.spec.ts'];

export default defineConfig({
  testDir: './journeys',
  ...(onB2bStorefront2211
    ? { testMatch: b2bJourneys }
    : { testIgnore: [...b2bJourneys, ...(onStorefront2211 ? ['assisted-service.spec.ts'] : [])] }),
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never', outputFolder: 'report' }]],
  outputDir: 'test-results',
  use: {
    baseURL: storefrontUrl,
    acceptDownloads: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromiumPath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  webServer: {
    command: 'node ../scripts/stack.mjs --ephemeral --no-build',
    url: `${storefrontUrl}/`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: { STACK_QUIET: '1' },
  },
});

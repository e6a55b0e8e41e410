import { defineConfig } from '@playwright/test'
import { chromiumLaunchOptions } from './tests/e2e/chromium'

// One output folder per run (inherited by the workers), so concurrent runs don't clear each other's artifacts.
process.env.WERKBANK_PW_RUN ??= String(Date.now())

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: `test-results/run-${process.env.WERKBANK_PW_RUN}`,
  globalSetup: './tests/e2e/global-setup.ts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  use: {
    viewport: { width: 1280, height: 800 },
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions,
  },
})

import { defineConfig } from '@playwright/test'

const chromium = process.env.WERKBANK_CHROMIUM ?? '/usr/bin/chromium'
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
    launchOptions: {
      executablePath: chromium,
      args: ['--lang=nl-NL', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    },
  },
})

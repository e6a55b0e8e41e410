/** Chromium as the tests and the benchmark start it (Debian's build; no downloads on this machine). */
export const chromiumLaunchOptions = {
  executablePath: process.env.WERKBANK_CHROMIUM ?? '/usr/bin/chromium',
  // --lang alone leaves headless Chromium in en-US (date fields read 01/06/2019); with the Dutch
  // language in the environment and Debian's chromium-l10n installed they read 06-01-2019, as in the app.
  env: { ...process.env, LANGUAGE: 'nl', LANG: 'nl_NL.UTF-8' },
  args: ['--lang=nl-NL', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
}


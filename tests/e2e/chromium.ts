/** Chromium as the tests and the benchmark start it (Debian's build; no downloads on this machine). */
export const chromiumLaunchOptions = {
  executablePath: process.env.WERKBANK_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--lang=nl-NL', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
}


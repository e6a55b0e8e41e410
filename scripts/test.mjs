#!/usr/bin/env node
/**
 * `npm test`: unit tests (vitest) and end-to-end tests (Playwright in Debian's Chromium).
 * On a fresh machine it first makes sure Chromium (for the e2e tests) and LibreOffice
 * (for checking Word exports) are there: it installs them with apt-get when it can, or
 * stops and says exactly what to install. Ends with one line "N passed, N failed".
 */
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const chromium = process.env.WERKBANK_CHROMIUM ?? '/usr/bin/chromium'
const has = (command) => spawnSync('sh', ['-c', `command -v ${command}`], { stdio: 'ignore' }).status === 0
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0

function ensureSystemPackages() {
  const missing = []
  if (!existsSync(chromium)) missing.push('chromium')
  // Dutch date fields in headless Chromium (06-01-2019, not 01/06/2019) need Debian's locale pack.
  if (!process.env.WERKBANK_CHROMIUM && !existsSync('/usr/lib/chromium/locales/nl.pak')) missing.push('chromium-l10n')
  if (!has('soffice')) missing.push('libreoffice-writer-nogui')
  if (!has('pdftotext')) missing.push('poppler-utils')
  if (missing.length === 0) return
  const apt = has('apt-get') ? (isRoot ? 'apt-get' : has('sudo') ? 'sudo apt-get' : null) : null
  if (!apt) {
    console.error(
      `\nDe tests hebben deze systeempakketten nodig: ${missing.join(', ')}.\n` +
        `Installeer ze, bijvoorbeeld op Debian/Ubuntu:\n  sudo apt-get update && sudo apt-get install -y ${missing.join(' ')}\n` +
        `Of wijs met WERKBANK_CHROMIUM=/pad/naar/chromium een andere Chromium aan.\n`,
    )
    process.exit(1)
  }
  console.log(`Installing missing system packages: ${missing.join(', ')}`)
  const install = spawnSync('sh', ['-c', `${apt} update -qq && DEBIAN_FRONTEND=noninteractive ${apt} install -y -qq ${missing.join(' ')}`], {
    stdio: 'inherit',
  })
  if (install.status !== 0) {
    console.error(`\nInstalling ${missing.join(', ')} failed. Install them by hand: apt-get install -y ${missing.join(' ')}\n`)
    process.exit(1)
  }
}

function run(command, args, env = {}) {
  return spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status ?? 1
}

ensureSystemPackages()

const reports = mkdtempSync(join(tmpdir(), 'werkbank-test-'))
const unitReport = join(reports, 'unit.json')
const e2eReport = join(reports, 'e2e.json')

const unitStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${unitReport}`])
const e2eStatus = run('npx', ['playwright', 'test', '--reporter=list,json'], { PLAYWRIGHT_JSON_OUTPUT_NAME: e2eReport })

const read = (file) => (existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : null)
const unit = read(unitReport)
const e2e = read(e2eReport)
rmSync(reports, { recursive: true, force: true })

const passed = (unit?.numPassedTests ?? 0) + (e2e?.stats?.expected ?? 0) + (e2e?.stats?.flaky ?? 0)
const failed = (unit ? unit.numFailedTests : 1) + (e2e ? e2e.stats.unexpected : 1)
const skipped = (unit?.numPendingTests ?? 0) + (unit?.numTodoTests ?? 0) + (e2e?.stats?.skipped ?? 0)
console.log(`\nunit: ${unit?.numPassedTests ?? 0} passed, ${unit?.numFailedTests ?? '?'} failed`)
console.log(`e2e: ${e2e?.stats?.expected ?? 0} passed, ${e2e?.stats?.unexpected ?? '?'} failed`)
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`)
process.exit(unitStatus === 0 && e2eStatus === 0 && failed === 0 && passed > 0 ? 0 : 1)

import { execFileSync } from 'node:child_process'

/** The e2e tests load the built renderer: build it once per run so they never test stale output. */
export default function globalSetup(): void {
  if (process.env.WERKBANK_SKIP_BUILD === '1') return
  execFileSync(process.platform === 'win32' ? 'npx.cmd' : 'npx', ['electron-vite', 'build'], { stdio: 'inherit' })
}

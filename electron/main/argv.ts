import { isAbsolute, resolve } from 'node:path'

const PROJECT_FILE = /\.werkbank\.json$/i

/**
 * The project file passed on a command line (double-click in the file manager,
 * "Open with", or a second start of the app), resolved against the working
 * directory of the process that received it. Switches (`--foo`, `-x`) are
 * skipped: Chromium adds its own to a second instance's argv. The last match
 * wins; null when there is none.
 */
export function projectPathFromArgv(argv: readonly string[], cwd: string): string | null {
  for (let i = argv.length - 1; i >= 0; i--) {
    const arg = argv[i]
    if (arg === undefined || arg.startsWith('-')) continue
    if (!PROJECT_FILE.test(arg.trim())) continue
    const path = arg.trim()
    return isAbsolute(path) ? path : resolve(cwd, path)
  }
  return null
}

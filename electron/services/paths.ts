import { resolve } from 'node:path'

/** The key a path is known by: absolute, and case-insensitive where the file system usually is. */
export function pathKey(path: string): string {
  const absolute = resolve(path)
  return process.platform === 'win32' || process.platform === 'darwin' ? absolute.toLowerCase() : absolute
}

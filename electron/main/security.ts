import { normalize } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Session, WebContents } from 'electron'

/** True only for absolute http: and https: URLs: the only ones handed to the OS browser. */
export function isSafeExternalUrl(url: unknown): url is string {
  if (typeof url !== 'string' || url.length > 2000) return false
  try {
    const { protocol } = new URL(url)
    return protocol === 'http:' || protocol === 'https:'
  } catch {
    return false
  }
}

function filePath(url: URL): string | null {
  if (url.protocol !== 'file:') return null
  try {
    return normalize(fileURLToPath(url))
  } catch {
    return null
  }
}

/**
 * Whether `url` is the app's own page.
 * - Production: the renderer is `file://…/out/renderer/index.html`; compared by file path
 *   (query and hash ignored), so no other local file counts as the app.
 * - Development: the renderer is the dev server (`ELECTRON_RENDERER_URL`); compared by origin.
 */
export function isAppUrl(url: string, rendererUrl: string): boolean {
  let target: URL
  let app: URL
  try {
    target = new URL(url)
    app = new URL(rendererUrl)
  } catch {
    return false
  }
  if (app.protocol === 'file:') {
    const appPath = filePath(app)
    const targetPath = filePath(target)
    return appPath !== null && targetPath !== null && appPath === targetPath
  }
  if (app.protocol !== 'http:' && app.protocol !== 'https:') return false
  return target.origin !== 'null' && target.origin === app.origin
}

export interface HardenOptions {
  isAppUrl(url: string): boolean
  /** Opens a URL in the user's browser; only called with URLs that pass isSafeExternalUrl. */
  openExternal(url: string): Promise<void> | void
}

export type HardenableContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>

const hardened = new WeakSet<HardenableContents>()

/**
 * Locks down one webContents: no navigation away from the app, no new windows
 * (http(s) links go to the OS browser instead), no <webview>. Idempotent.
 */
export function hardenWebContents(contents: HardenableContents, options: HardenOptions): void {
  if (hardened.has(contents)) return
  hardened.add(contents)

  contents.on('will-navigate', (event) => {
    if (!options.isAppUrl(event.url)) event.preventDefault()
  })
  contents.on('will-redirect', (event) => {
    if (!options.isAppUrl(event.url)) event.preventDefault()
  })
  contents.on('will-attach-webview', (event) => {
    event.preventDefault()
  })
  contents.setWindowOpenHandler(({ url }) => {
    if (isSafeExternalUrl(url)) {
      void Promise.resolve()
        .then(() => options.openExternal(url))
        .catch((error: unknown) => console.warn('Werkbank: could not open external URL', error))
    }
    return { action: 'deny' }
  })
}

export type HardenableSession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'
>

/** The app needs no web permission at all: camera, notifications, geolocation, USB… are all refused. */
export function hardenSession(session: HardenableSession): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  session.setPermissionCheckHandler(() => false)
  session.setDevicePermissionHandler(() => false)
}

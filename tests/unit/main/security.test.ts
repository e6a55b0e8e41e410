import { EventEmitter } from 'node:events'
import { pathToFileURL } from 'node:url'
import type { HandlerDetails, WindowOpenHandlerResponse } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import {
  hardenSession,
  hardenWebContents,
  isAppUrl,
  isSafeExternalUrl,
  type HardenableContents,
  type HardenableSession,
} from '../../../electron/main/security'

const APP_FILE = pathToFileURL('/opt/Werkbank/resources/app/out/renderer/index.html').href
const DEV = 'http://localhost:5173'

/** A webContents stand-in: real event emission, the window-open handler kept for the test. */
class FakeContents extends EventEmitter {
  openHandler: ((details: HandlerDetails) => WindowOpenHandlerResponse) | null = null
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void {
    this.openHandler = handler
  }
  /** Emits like Electron: an event object with the URL and preventDefault; returns whether it was prevented. */
  navigate(eventName: 'will-navigate' | 'will-redirect', url: string): boolean {
    const event = { url, preventDefault: vi.fn() }
    this.emit(eventName, event, url)
    return event.preventDefault.mock.calls.length > 0
  }
  open(url: string): WindowOpenHandlerResponse {
    if (!this.openHandler) throw new Error('no window open handler')
    return this.openHandler({ url } as HandlerDetails)
  }
}

function hardened(appUrl = APP_FILE) {
  const contents = new FakeContents()
  const openExternal = vi.fn<(url: string) => Promise<void>>(async () => undefined)
  hardenWebContents(contents as unknown as HardenableContents, { isAppUrl: (u) => isAppUrl(u, appUrl), openExternal })
  return { contents, openExternal }
}

describe('isSafeExternalUrl', () => {
  it.each(['https://example.org/', 'http://example.org/path?q=1#x', 'HTTPS://EXAMPLE.ORG'])('accepts %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true)
  })
  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'smb://server/share',
    'mailto:someone@example.org',
    'data:text/html,<script>',
    'ftp://example.org',
    'https:',
    'example.org',
    '//example.org',
    '',
    ' javascript:alert(1)',
    `https://example.org/${'a'.repeat(2100)}`,
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false)
  })
  it('refuses non-strings', () => {
    expect(isSafeExternalUrl(undefined)).toBe(false)
    expect(isSafeExternalUrl({ toString: () => 'https://x' })).toBe(false)
  })
})

describe('isAppUrl', () => {
  it('production: only the renderer file itself, compared by path', () => {
    expect(isAppUrl(APP_FILE, APP_FILE)).toBe(true)
    expect(isAppUrl(`${APP_FILE}#/board`, APP_FILE)).toBe(true)
    expect(isAppUrl(`${APP_FILE}?x=1`, APP_FILE)).toBe(true)
    expect(isAppUrl(pathToFileURL('/opt/Werkbank/resources/app/out/renderer/other.html').href, APP_FILE)).toBe(false)
    expect(isAppUrl('file:///etc/passwd', APP_FILE)).toBe(false)
    expect(isAppUrl('file:///opt/Werkbank/resources/app/out/renderer/../renderer/index.html', APP_FILE)).toBe(true)
    expect(isAppUrl('https://evil.example/opt/Werkbank/resources/app/out/renderer/index.html', APP_FILE)).toBe(false)
  })
  it('development: same origin as the dev server only', () => {
    expect(isAppUrl('http://localhost:5173/', DEV)).toBe(true)
    expect(isAppUrl('http://localhost:5173/src/main.tsx', DEV)).toBe(true)
    expect(isAppUrl('http://localhost:5174/', DEV)).toBe(false)
    expect(isAppUrl('https://localhost:5173/', DEV)).toBe(false)
    expect(isAppUrl('http://localhost.evil.example:5173/', DEV)).toBe(false)
    expect(isAppUrl('file:///index.html', DEV)).toBe(false)
  })
  it('anything unparsable is not the app', () => {
    expect(isAppUrl('not a url', APP_FILE)).toBe(false)
    expect(isAppUrl(APP_FILE, 'not a url')).toBe(false)
    expect(isAppUrl('about:blank', APP_FILE)).toBe(false)
  })
})

describe('hardenWebContents', () => {
  it.each(['will-navigate', 'will-redirect'] as const)('%s: blocks foreign URLs, allows the app', (eventName) => {
    const { contents } = hardened()
    expect(contents.navigate(eventName, 'https://example.org/')).toBe(true)
    expect(contents.navigate(eventName, 'file:///etc/passwd')).toBe(true)
    expect(contents.navigate(eventName, 'javascript:alert(1)')).toBe(true)
    expect(contents.navigate(eventName, APP_FILE)).toBe(false)
    expect(contents.navigate(eventName, `${APP_FILE}#/meetings`)).toBe(false)
  })

  it('dev server: same origin allowed, others blocked', () => {
    const { contents } = hardened(DEV)
    expect(contents.navigate('will-navigate', 'http://localhost:5173/')).toBe(false)
    expect(contents.navigate('will-navigate', 'http://localhost:8080/')).toBe(true)
  })

  it('denies every window.open and forwards only http(s) URLs to the OS browser', async () => {
    const { contents, openExternal } = hardened()
    for (const url of ['https://example.org/a', 'http://example.org/b']) {
      expect(contents.open(url)).toEqual({ action: 'deny' })
    }
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share', APP_FILE, 'about:blank']) {
      expect(contents.open(url)).toEqual({ action: 'deny' })
    }
    await vi.waitFor(() => expect(openExternal).toHaveBeenCalledTimes(2))
    await new Promise((r) => setTimeout(r, 10))
    expect(openExternal.mock.calls.map(([u]) => u)).toEqual(['https://example.org/a', 'http://example.org/b'])
  })

  it('a failing openExternal neither throws nor changes the deny', async () => {
    const contents = new FakeContents()
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    hardenWebContents(contents as unknown as HardenableContents, {
      isAppUrl: () => false,
      openExternal: async () => {
        throw new Error('no browser')
      },
    })
    expect(contents.open('https://example.org/')).toEqual({ action: 'deny' })
    await vi.waitFor(() => expect(warn).toHaveBeenCalled())
    warn.mockRestore()
  })

  it('prevents attaching a <webview>', () => {
    const { contents } = hardened()
    const event = { preventDefault: vi.fn() }
    contents.emit('will-attach-webview', event, {}, {})
    expect(event.preventDefault).toHaveBeenCalled()
  })

  it('is idempotent: hardening twice adds no second set of listeners', () => {
    const { contents } = hardened()
    hardenWebContents(contents as unknown as HardenableContents, { isAppUrl: () => true, openExternal: vi.fn() })
    expect(contents.listenerCount('will-navigate')).toBe(1)
    // The first (strict) policy stays in force.
    expect(contents.navigate('will-navigate', 'https://example.org/')).toBe(true)
  })
})

describe('hardenSession', () => {
  type RequestHandler = (contents: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void
  type CheckHandler = (contents: unknown, permission: string, origin: string, details: unknown) => boolean
  type DeviceHandler = (details: unknown) => boolean

  function fakeSession() {
    const handlers: { request?: RequestHandler; check?: CheckHandler; device?: DeviceHandler } = {}
    const session = {
      setPermissionRequestHandler: (h: RequestHandler) => (handlers.request = h),
      setPermissionCheckHandler: (h: CheckHandler) => (handlers.check = h),
      setDevicePermissionHandler: (h: DeviceHandler) => (handlers.device = h),
    }
    hardenSession(session as unknown as HardenableSession)
    return handlers
  }

  it.each(['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'unknown'])(
    'denies the %s permission request and check',
    (permission) => {
      const handlers = fakeSession()
      const callback = vi.fn()
      handlers.request?.({}, permission, callback, {})
      expect(callback).toHaveBeenCalledExactlyOnceWith(false)
      expect(handlers.check?.({}, permission, 'file://', {})).toBe(false)
    },
  )

  it('denies device access (USB, serial, HID)', () => {
    expect(fakeSession().device?.({ deviceType: 'usb' })).toBe(false)
  })
})
